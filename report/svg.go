package report

import (
	"fmt"
	"html/template"
	"math"
	"strings"
)

// SVG geometry, in user units.
const (
	svgWidth   = 760
	svgHeight  = 250
	svgLeft    = 46
	svgRight   = 14
	svgBottom  = 24
	legendLine = 18
)

// svg draws the chart as an inline SVG element: stacked bars or lines over
// the periods, a y axis with ticks, period labels, a legend, and a <title>
// on every bar and line for the value under the pointer.
func (c *chart) svg() template.HTML {
	var b strings.Builder
	esc := template.HTMLEscapeString
	// Legend rows, laid out left to right at about 6.6 units per character.
	type item struct {
		x, row int
		i      int
	}
	var items []item
	x, row := svgLeft, 0
	for i, s := range c.Series {
		w := 22 + int(6.6*float64(len([]rune(s.Label))))
		if x+w > svgWidth-svgRight && x > svgLeft {
			x, row = svgLeft, row+1
		}
		items = append(items, item{x, row, i})
		x += w + 12
	}
	top := 12 + legendLine*(row+1)
	h := svgHeight + legendLine*row
	pw, ph := float64(svgWidth-svgLeft-svgRight), float64(h-top-svgBottom)
	lo, hi, ticks := c.yRange()
	y := func(v float64) float64 { return float64(top) + ph - (v-lo)/(hi-lo)*ph }
	n := len(c.Periods)
	band := pw / float64(max(n, 1))
	fmt.Fprintf(&b, `<svg class="chart" id="%s" data-kind="%s" data-series="%d" viewBox="0 0 %d %d" width="100%%" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="11">`,
		esc(c.ID), map[bool]string{true: "bars", false: "lines"}[c.Stacked], len(c.Series), svgWidth, h, esc(c.Title))
	fmt.Fprintf(&b, `<title>%s</title>`, esc(c.Title))
	for _, it := range items {
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="12" height="12" fill="%s"/><text x="%d" y="%d">%s</text>`,
			it.x, 4+it.row*legendLine, c.color(it.i), it.x+16, 14+it.row*legendLine, esc(c.Series[it.i].Label))
	}
	for _, t := range ticks {
		fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#e3e3e3"/><text x="%d" y="%.1f" text-anchor="end" fill="#555">%s</text>`,
			svgLeft, svgWidth-svgRight, y(t), y(t), svgLeft-6, y(t)+4, trimFloat(t))
	}
	if c.Range != nil && lo < 0 && hi > 0 {
		fmt.Fprintf(&b, `<line class="zero" x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#777" stroke-dasharray="4 3"/>`, svgLeft, svgWidth-svgRight, y(0), y(0))
	}
	if c.YLabel != "" {
		fmt.Fprintf(&b, `<text transform="translate(11 %.1f) rotate(-90)" text-anchor="middle" fill="#555">%s</text>`, float64(top)+ph/2, esc(c.YLabel))
	}
	for _, l := range xLabels(c.Periods) {
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%s</text>`, float64(svgLeft)+band*(float64(l.I)+0.5), h-6, l.Text)
	}
	if c.Stacked {
		for i, p := range c.Periods {
			base := 0.0
			for k, s := range c.Series {
				v := s.Values[i]
				if v <= 0 || math.IsNaN(v) {
					continue
				}
				fmt.Fprintf(&b, `<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s %s: %s</title></rect>`,
					float64(svgLeft)+band*float64(i)+band*0.1, y(base+v), band*0.8, y(base)-y(base+v), c.color(k),
					p.Format("2006-01"), esc(s.Label), trimFloat(v))
				base += v
			}
		}
	} else {
		for k, s := range c.Series {
			var d strings.Builder
			pen := false
			for i, v := range s.Values {
				if math.IsNaN(v) {
					pen = pen && c.Connect
					continue
				}
				cmd := "L"
				if !pen {
					cmd = "M"
				}
				fmt.Fprintf(&d, "%s%.1f %.1f ", cmd, float64(svgLeft)+band*(float64(i)+0.5), y(v))
				pen = true
			}
			fmt.Fprintf(&b, `<path class="line" d="%s" fill="none" stroke="%s" stroke-width="2" stroke-linejoin="round"><title>%s</title></path>`,
				strings.TrimSpace(d.String()), c.color(k), esc(s.Label))
			if dots(s.Values) <= 150 {
				for i, v := range s.Values {
					if !math.IsNaN(v) && (v != 0 || c.Range != nil) { // no dot on every empty month of a count
						fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="2.5" fill="%s"><title>%s %s: %s</title></circle>`,
							float64(svgLeft)+band*(float64(i)+0.5), y(v), c.color(k), c.Periods[i].Format("2006-01"), esc(s.Label), trimFloat(v))
					}
				}
			}
		}
	}
	fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#999"/></svg>`, svgLeft, svgWidth-svgRight, float64(top)+ph, float64(top)+ph)
	return template.HTML(b.String())
}

// trimFloat formats a value with at most two decimals and no trailing zeros.
func trimFloat(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}

// dots counts the values a line chart marks with a dot.
func dots(vs []float64) int {
	n := 0
	for _, v := range vs {
		if !math.IsNaN(v) {
			n++
		}
	}
	return n
}
