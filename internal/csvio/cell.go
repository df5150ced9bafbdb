package csvio

import "strconv"

// CellName returns the name of the cell in column col and row row, both
// 1-based, as a spreadsheet says it: "A1", "D7", "AA10". It is "" when
// either is below 1.
func CellName(col, row int) string {
	if col < 1 || row < 1 {
		return ""
	}
	return ColumnName(col) + strconv.Itoa(row)
}

// ColumnName returns the letters of the 1-based column col: "A" for 1,
// "Z" for 26, "AA" for 27; "" when col is below 1.
func ColumnName(col int) string {
	var b [16]byte
	i := len(b)
	for col > 0 {
		col--
		i--
		b[i] = byte('A' + col%26)
		col /= 26
	}
	return string(b[i:])
}
