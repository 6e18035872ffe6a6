package report

import (
	"math"
	"time"
)

// chart is one figure of a report, drawn as SVG for HTML and as PNG for
// Markdown from the same description.
type chart struct {
	ID      string // file name stem and element id
	Title   string
	YLabel  string
	Periods []time.Time
	Series  []Series
	Stacked bool // stacked bars; else lines
	// Range fixes the y axis (Goldstein's -10..10) and draws a zero line;
	// otherwise it runs from 0 to the largest value.
	Range *[2]float64
	// Connect draws a line across periods without a value (a mean over
	// months that have events), instead of breaking it.
	Connect bool
}

// palette is the Okabe–Ito set, distinguishable with colour-blindness; the
// grey is kept for "other".
var palette = []string{"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D1F", "#000000"}

const otherColor = "#AAAAAA"

func (c *chart) color(i int) string {
	if c.Series[i].Key == "other" {
		return otherColor
	}
	return palette[i%len(palette)]
}

// yRange returns the y axis bounds and its tick values.
func (c *chart) yRange() (lo, hi float64, ticks []float64) {
	if c.Range != nil {
		lo, hi = c.Range[0], c.Range[1]
		step := niceStep((hi - lo) / 4)
		for v := math.Ceil(lo/step) * step; v <= hi+1e-9; v += step {
			ticks = append(ticks, v)
		}
		return lo, hi, ticks
	}
	for i := range c.Periods {
		sum := 0.0
		for _, s := range c.Series {
			v := s.Values[i]
			if math.IsNaN(v) {
				continue
			}
			if c.Stacked {
				sum += v
			} else {
				sum = math.Max(sum, v)
			}
		}
		hi = math.Max(hi, sum)
	}
	if hi < 1 {
		hi = 1
	}
	step := math.Max(1, niceStep(hi/4))
	hi = math.Ceil(hi/step) * step
	for v := 0.0; v <= hi+1e-9; v += step {
		ticks = append(ticks, v)
	}
	return 0, hi, ticks
}

// niceStep rounds x up to 1, 2 or 5 times a power of ten.
func niceStep(x float64) float64 {
	if x <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(x)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= x {
			return m * p
		}
	}
	return 10 * p
}

// xLabel is a period index and its label.
type xLabel struct {
	I    int
	Text string
}

// xLabels returns the periods to label, in order, and their text: every
// January as a year when the chart spans over two years (every few years
// over decades), else about eight months.
func xLabels(periods []time.Time) []xLabel {
	var out []xLabel
	n := len(periods)
	if n > 24 {
		every := 1
		if years := n / 12; years > 12 {
			every = (years + 11) / 12
		}
		for i, p := range periods {
			if p.Month() == time.January && p.Year()%every == 0 {
				out = append(out, xLabel{i, p.Format("2006")})
			}
		}
		return out
	}
	k := max(1, (n+7)/8)
	for i := 0; i < n; i += k {
		out = append(out, xLabel{i, periods[i].Format("2006-01")})
	}
	return out
}
