package report

import (
	"image/color"
	"math"
	"os"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/dyadproject/dyad"
)

// savePNG draws the chart with gonum/plot into a PNG file, as svg does for HTML.
func (c *chart) savePNG(file string) error {
	p := plot.New()
	p.Title.Text = c.Title
	p.Y.Label.Text = c.YLabel
	p.Legend.Top = true // right of the plot: see the end of savePNG
	lo, hi, ticks := c.yRange()
	p.Y.Min, p.Y.Max = lo, hi
	var yt []plot.Tick
	for _, t := range ticks {
		yt = append(yt, plot.Tick{Value: t, Label: trimFloat(t)})
	}
	p.Y.Tick.Marker = plot.ConstantTicks(yt)
	var xt []plot.Tick
	for _, l := range xLabels(c.Periods) {
		xt = append(xt, plot.Tick{Value: float64(l.I), Label: l.Text})
	}
	p.X.Tick.Marker = plot.ConstantTicks(xt)
	p.X.Min, p.X.Max = -0.5, float64(len(c.Periods))-0.5
	p.Add(plotter.NewGrid())
	if c.Range != nil && lo < 0 && hi > 0 {
		zero, _ := plotter.NewLine(plotter.XYs{{X: p.X.Min, Y: 0}, {X: p.X.Max, Y: 0}})
		zero.Color, zero.Dashes = color.Gray{0x77}, []vg.Length{vg.Points(4), vg.Points(3)}
		p.Add(zero)
	}
	var below *plotter.BarChart
	for k, s := range c.Series {
		col := hexColor(c.color(k))
		if c.Stacked {
			vals := make(plotter.Values, len(s.Values))
			for i, v := range s.Values {
				if !math.IsNaN(v) {
					vals[i] = v
				}
			}
			bars, err := plotter.NewBarChart(vals, vg.Points(max(1, 380/float64(max(len(vals), 1)))))
			if err != nil {
				return dyad.E(dyad.EINTERNAL, "chart "+c.ID, err)
			}
			bars.Color, bars.LineStyle.Width = col, 0
			if below != nil {
				bars.StackOn(below)
			}
			below = bars
			p.Add(bars)
			p.Legend.Add(s.Label, bars)
			continue
		}
		var seg plotter.XYs
		var first *plotter.Line
		flush := func() {
			if len(seg) == 0 {
				return
			}
			l, err := plotter.NewLine(seg)
			if err == nil {
				l.Color, l.Width = col, vg.Points(1.5)
				p.Add(l)
				if first == nil {
					first = l
				}
			}
			if dots(s.Values) <= 150 {
				if sc, err := plotter.NewScatter(seg); err == nil {
					sc.Color, sc.Shape, sc.Radius = col, draw.CircleGlyph{}, vg.Points(1.8)
					p.Add(sc)
				}
			}
			seg = nil
		}
		for i, v := range s.Values {
			if math.IsNaN(v) {
				if !c.Connect {
					flush()
				}
				continue
			}
			seg = append(seg, plotter.XY{X: float64(i), Y: v})
		}
		flush()
		if first != nil {
			p.Legend.Add(s.Label, first)
		}
	}
	// Draw the plot narrowed by the legend's width, and the legend in the
	// margin that leaves, so it never covers bars or lines.
	img := vgimg.PngCanvas{Canvas: vgimg.New(10*vg.Inch, 3.6*vg.Inch)}
	dc := draw.New(img)
	lr := p.Legend.Rectangle(dc)
	w := lr.Max.X - lr.Min.X + vg.Points(8)
	p.Legend.XOffs = w
	p.Draw(draw.Crop(dc, 0, -w, 0, 0))
	f, err := os.Create(file)
	if err != nil {
		return dyad.E(dyad.EINVALID, "chart "+file, err)
	}
	if _, err := img.WriteTo(f); err != nil {
		f.Close()
		return dyad.E(dyad.EINTERNAL, "chart "+file, err)
	}
	return dyad.E(dyad.EINTERNAL, "chart "+file, f.Close())
}

// hexColor reads "#RRGGBB".
func hexColor(s string) color.Color {
	v, _ := strconv.ParseUint(s[1:], 16, 32)
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}
