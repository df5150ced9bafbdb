// Package workbook reads and writes the Excel workbooks (.xlsx) regions
// keep their assessments, plans and reports in, with
// github.com/xuri/excelize/v2.
//
// A workbook is untrusted input. Open looks at the archive before any of
// it is unzipped: a file that is not an .xlsx archive (an old .xls, or a
// workbook saved with a password, both compound files) is refused, as is
// a macro-enabled workbook (a VBA project) or one with links to other
// workbooks; the parts' unzipped sizes, their number and the cells read
// are bounded (Options), so that a small file cannot take gigabytes. Each
// sheet is read as a table through csvio.NewSheetReader, so that the
// readers of CSV files read sheets too and their errors name the sheet
// and the cell ("lembar Program, sel D7").
//
// Writer writes tables as an analyst would make them: numbers stored as
// numbers with an Indonesian display format, text stored as text (so a
// cell "=1+2" is never a formula), a frozen header row with filters,
// columns wide enough for what they hold, drop-down lists, and native
// charts.
package workbook
