package report_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/browsertest"
	"github.com/dyadproject/dyad/report"
	"github.com/dyadproject/dyad/topic"
)

// browser starts headless Chromium on a fresh profile, the way the
// dashboard's browser tests do; a page error fails t.
func browser(t *testing.T) context.Context {
	t.Helper()
	return browsertest.New(t, 1100, 900)
}

// chartBox is what the page says about one drawn chart.
type chartBox struct {
	ID     string  `json:"id"`
	Kind   string  `json:"kind"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	Bars   int     `json:"bars"`
	Ink    float64 `json:"ink"` // length of the drawn lines
}

// TestBrowserReport opens the HTML report of the corpus in headless
// Chromium from a file (no server, no network) and checks that it renders:
// every chart laid out at a readable size with its bars or lines drawn, the
// headline number shown, nothing wider than the window. It saves a
// screenshot to artifacts/report.png (and docs/img/report.png with -update).
func TestBrowserReport(t *testing.T) {
	ctx := browser(t)
	s := corpusStore(t)
	since, _ := dyad.ParseDate("2015")
	defs := map[string]string{}
	for _, d := range topic.Default().Definitions() {
		defs[d.Code] = d.Text
	}
	r, err := report.Build(context.Background(), s, report.Options{Dyad: report.Dyad{"CHN", "IRN"},
		Compare: []report.Dyad{{"CHN", "SAU"}, {"CHN", "ARE"}}, Filter: dyad.EventFilter{Since: since}, Definitions: defs, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "report.html")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.WriteHTML(f); err != nil {
		t.Fatal(err)
	}
	f.Close()

	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, chromedp.Navigate("file://"+file), chromedp.WaitVisible(chromedp.CSS(`svg.chart`))); err != nil {
		t.Fatalf("loading the report: %v", err)
	}
	charts, err := chromedp.Run(tctx, chromedp.Evaluate[[]chartBox](`[...document.querySelectorAll('svg.chart')].map(s => {
		const r = s.getBoundingClientRect();
		return {id: s.id, kind: s.dataset.kind, width: r.width, height: r.height,
			bars: s.querySelectorAll('rect.bar').length,
			ink: [...s.querySelectorAll('path.line')].reduce((n, p) => n + p.getTotalLength(), 0)};
	})`))
	if err != nil {
		t.Fatal(err)
	}
	if len(charts) != 11 {
		t.Errorf("%d charts drawn, want 11 (three per dyad, two comparing them)", len(charts))
	}
	for _, c := range charts {
		if c.Width < 500 || c.Height < 150 {
			t.Errorf("chart %s laid out at %.0f×%.0f", c.ID, c.Width, c.Height)
		}
		if c.Kind == "bars" && c.Bars == 0 || c.Kind == "lines" && c.Ink < 50 {
			t.Errorf("chart %s (%s) draws nothing: %d bars, %.0f units of line", c.ID, c.Kind, c.Bars, c.Ink)
		}
	}
	shown, err := chromedp.Run(tctx, chromedp.Evaluate[string](`document.querySelector('#headline [data-figure=events]').textContent`))
	if err != nil || shown != strconv.Itoa(r.Main.Events) {
		t.Errorf("headline shows %q events, want %d (%v)", shown, r.Main.Events, err)
	}
	overflow, err := chromedp.Run(tctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`))
	if err != nil || overflow {
		t.Errorf("the page is wider than the window (%v)", err)
	}
	// The whole page for the artifacts; its first screenful (headline,
	// comparison, the dyads' charts) for the docs.
	full, err := chromedp.Run(tctx, chromedp.FullScreenshot(100)) // quality 100: a PNG
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tctx, chromedp.EmulateViewport(1100, 1800)); err != nil {
		t.Fatal(err)
	}
	top, err := chromedp.Run(tctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	save := func(dir, name string, png []byte) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	save(filepath.Join("..", "artifacts"), "report.png", full)
	save(filepath.Join("..", "artifacts"), "report-top.png", top)
	if *update {
		save(filepath.Join("..", "docs", "img"), "report.png", top)
	}
}
