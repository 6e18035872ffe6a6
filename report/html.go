package report

import (
	_ "embed"
	"html/template"
	"io"
	"time"

	"github.com/dyadproject/dyad"
)

//go:embed report.html.tmpl
var htmlText string

var htmlTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"date":     func(t time.Time) string { return dateText(t) },
	"month":    func(t time.Time) string { return monthText(t) },
	"filter":   describeFilter,
	"codeName": codeName,
	"sources":  sources,
	"last":     func(ts []time.Time) time.Time { return ts[len(ts)-1] },
	"def":      func(string) string { return "" }, // replaced per report
}).Parse(htmlText))

// page is what the template sees: the report and the charts drawn for it.
type page struct {
	*Report
}

func (p page) All() []*Figures              { return p.Report.all() }
func (p page) Charts(f *Figures) []svgChart { return svgCharts(p.Report.charts(f)) }
func (p page) CompareCharts() []svgChart    { return svgCharts(p.Report.compareCharts()) }

// Halves names the two halves of the periods rising topics compare.
func (p page) Halves() []string {
	n := len(p.Periods)
	if n < 2 {
		return nil
	}
	h := n / 2
	return []string{monthText(p.Periods[0]) + "–" + monthText(p.Periods[h-1]), monthText(p.Periods[h]) + "–" + monthText(p.Periods[n-1])}
}

type svgChart struct {
	Title string
	SVG   template.HTML
}

func svgCharts(cs []chart) []svgChart {
	out := make([]svgChart, len(cs))
	for i := range cs {
		out[i] = svgChart{cs[i].Title, cs[i].svg()}
	}
	return out
}

// WriteHTML writes the report as one HTML page that needs nothing else: the
// styles are inline and the charts are SVG elements in the page.
func (r *Report) WriteHTML(w io.Writer) error {
	t, err := htmlTmpl.Clone()
	if err != nil {
		return dyad.E(dyad.EINTERNAL, "report", err)
	}
	t.Funcs(template.FuncMap{"def": func(code string) string { return r.Definitions[code] }})
	if err := t.Execute(w, page{r}); err != nil {
		return dyad.E(dyad.EINTERNAL, "report", err)
	}
	return nil
}

func dateText(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Format(dyad.DateLayout)
}

func monthText(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Format("2006-01")
}
