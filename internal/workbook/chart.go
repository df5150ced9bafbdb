package workbook

import (
	"github.com/xuri/excelize/v2"

	"github.com/kotacerdas/smartcity/internal/csvio"
)

// ChartKind is the kind of a native chart.
type ChartKind int

// The kinds of chart an analyst makes from a table.
const (
	Bars    ChartKind = iota // horizontal bars, grouped by series
	Columns                  // vertical columns, grouped by series
	Line                     // a line with its points marked
	Radar                    // a radar of its series
)

// Chart is a native chart of a table that AddTable wrote: its categories
// from one column and a series from each of others, named by their
// headers, with the value drawn on each mark.
type Chart struct {
	Kind       ChartKind
	Title      string
	Of         Placed
	Categories int   // the 0-based column of the categories' names
	Values     []int // the 0-based columns of the series
	// At is the cell of the chart's top-left corner on the table's sheet,
	// right of the table when "".
	At string
	// Width and Height are in pixels; 640 × 360 when 0.
	Width, Height uint
	// Format is the kind of the values, for the numbers on the axis and
	// the marks: Decimal (two decimals) when Text.
	Format Kind
}

// ChartNumFmt is the number format of an axis of values of kind k.
func ChartNumFmt(k Kind) excelize.ChartNumFmt {
	if k == Text {
		k = Decimal
	}
	return excelize.ChartNumFmt{CustomNumFmt: formats[k]}
}

// AddChart draws c on the sheet of its table.
func (w *Writer) AddChart(c Chart) {
	if w.f == nil || w.err != nil || len(c.Values) == 0 || c.Of.Last <= c.Of.Header {
		return
	}
	kind := map[ChartKind]excelize.ChartType{Bars: excelize.Bar, Columns: excelize.Col, Line: excelize.Line, Radar: excelize.Radar}[c.Kind]
	ch := &excelize.Chart{
		Type:      kind,
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.Title}}},
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Format:    excelize.GraphicOptions{ScaleX: 1, ScaleY: 1},
		Dimension: excelize.ChartDimension{Width: c.Width, Height: c.Height},
		PlotArea:  excelize.ChartPlotArea{ShowVal: true},
	}
	if ch.Dimension.Width == 0 {
		ch.Dimension = excelize.ChartDimension{Width: 640, Height: 360}
	}
	// Excel's default grey is too faint on a slide.
	ch.XAxis.Font = excelize.Font{Color: "404040", Size: 9}
	ch.YAxis.Font = excelize.Font{Color: "404040", Size: 9}
	vary := false
	ch.VaryColors = &vary
	if len(c.Values) == 1 {
		ch.Legend.Position = "none" // the title names the one series
	}
	if c.Kind != Line {
		zero := 0.0
		ch.YAxis.Minimum = &zero // bars start at nothing, or they lie
		ch.YAxis.MajorGridLines = true
	}
	ch.YAxis.NumFmt = ChartNumFmt(c.Format)
	if c.Kind == Bars {
		// Excel draws the first category of a bar chart at the bottom;
		// reversed, the chart reads top down as the table does.
		ch.XAxis.ReverseOrder = true
	}
	for _, v := range c.Values {
		s := excelize.ChartSeries{Name: c.Of.HeaderCell(v), Categories: c.Of.Range(c.Categories), Values: c.Of.Range(v)}
		if c.Kind == Line {
			s.Marker = excelize.ChartMarker{Symbol: "circle", Size: 6}
		}
		ch.Series = append(ch.Series, s)
	}
	at := c.At
	if at == "" {
		at = cellRightOf(c.Of)
	}
	w.fail(w.f.AddChart(c.Of.Sheet, at, ch))
}

// cellRightOf is the cell two columns right of a table, on its header row.
func cellRightOf(p Placed) string {
	return csvio.CellName(p.NumColumns+2, p.Header)
}
