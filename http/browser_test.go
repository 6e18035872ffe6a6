package http

import (
	"context"
	"encoding/json"
	"flag"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/browsertest"
	"github.com/dyadproject/dyad/sqlite"
)

// browser starts headless Chromium on a fresh profile and returns a tab
// context; JavaScript exceptions and console errors in the page fail t,
// unless they contain one of the expected strings.
func browser(t *testing.T, expected ...string) context.Context {
	t.Helper()
	return browsertest.New(t, 1280, 1100, expected...)
}

// screenshot saves the page as artifacts/NAME.png at the repository root.
func screenshot(t *testing.T, ctx context.Context, name string) string {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "artifacts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// run does the steps, failing t (with a screenshot) when one fails or the
// whole takes over 20 seconds.
func run(t *testing.T, ctx context.Context, step string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, actions...); err != nil {
		screenshot(t, ctx, "failed-"+strings.ReplaceAll(step, " ", "-"))
		t.Fatalf("%s: %v", step, err)
	}
}

// value runs an action that returns a value, failing t like run.
func value[T any](t *testing.T, ctx context.Context, step string, a chromedp.Action[T]) T {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(tctx, a)
	if err != nil {
		screenshot(t, ctx, "failed-"+strings.ReplaceAll(step, " ", "-"))
		t.Fatalf("%s: %v", step, err)
	}
	return v
}

// until waits for a JavaScript condition to hold.
func until(expr string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(10*time.Second))(ctx, tg)
		return err
	})
}

// setValue sets the value of a form field as a script would.
func setValue(sel, v string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Evaluate[bool](`(() => { const e = document.querySelector(`+jsString(sel)+`); e.value = `+jsString(v)+`;
			e.dispatchEvent(new Event('change', {bubbles: true})); return true; })()`)(ctx, tg)
		return err
	})
}

// clickWhenReady waits for sel and clicks it from the page itself: a table
// the page re-renders between the lookup and a protocol click would leave
// the click on a node that no longer exists.
func clickWhenReady(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Poll[bool](`(() => { const e = document.querySelector(`+jsString(sel)+`);
			if (!e) return false; e.click(); return true; })()`, chromedp.WithPollingTimeout(10*time.Second))(ctx, tg)
		return err
	})
}

// typeInto empties a field and types text into it key by key.
func typeInto(sel, text string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(setValue(sel, ""), chromedp.SendKeys(chromedp.CSS(sel), text))
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	return value(t, ctx, "text of "+sel, chromedp.Evaluate[string](`document.querySelector(`+jsString(sel)+`).textContent`))
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

type css = chromedp.CSS

// TestBrowserDyadExplorer loads the dashboard in Chromium, picks two dyads,
// checks that the chart is drawn with their data, clicks a point and reads
// the sentence behind one of its events.
func TestBrowserDyadExplorer(t *testing.T) {
	f := newFixture(t)
	ts := httptest.NewServer(New(f.db, quietLogger()))
	defer ts.Close()
	ctx := browser(t)

	// The first visit shows the most active dyad.
	run(t, ctx, "load",
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(css(`#chart canvas`)),
		chromedp.WaitVisible(css(`#events tbody tr[data-event]`)),
	)

	// Type-ahead on names.
	run(t, ctx, "type-ahead",
		typeInto(`#explore-form input[name=target]`, "Ira"),
		until(`(document.querySelector('#actors-target option') || {}).value === 'IRN'`),
	)

	// Pick China → Iran, compared with China → Saudi Arabia, by quad class.
	run(t, ctx, "pick dyads",
		typeInto(`#explore-form input[name=source]`, "CHN"),
		typeInto(`#explore-form input[name=target]`, "Iran"), // a name: resolved to IRN
		typeInto(`#explore-form input[name=source2]`, "CHN"),
		typeInto(`#explore-form input[name=target2]`, "SAU"),
		setValue(`#explore-form select[name=split]`, "quad"),
		chromedp.Click(css(`#explore-form button[type=submit]`)),
		until(`document.getElementById('chart-title').textContent.includes('CHN → IRN and CHN → SAU')`),
		chromedp.WaitVisible(css(`#chart canvas`)),
		until(`document.getElementById('events-title').textContent === 'Events: CHN → IRN · 2023-12'`), // the latest period
	)
	hash := value(t, ctx, "address", chromedp.Evaluate[string](`location.hash`))
	if !strings.Contains(hash, "target=IRN") || !strings.Contains(hash, "target2=SAU") {
		t.Errorf("address %q does not hold the chosen dyads", hash)
	}

	// The chart holds the store's counts: every CHN→IRN and CHN→SAU event.
	type chartState struct {
		Series  int   `json:"series"`
		Total   []int `json:"total"`
		Pixels  int   `json:"pixels"`
		Periods int   `json:"periods"`
	}
	drawn := value(t, ctx, "chart data", chromedp.Evaluate[chartState](`(() => {
		const u = window.dyad.chart, ex = window.dyad.explore;
		const total = [0, 0];
		ex.series.forEach(s => { total[ex.dyads.indexOf(s.dyad)] += s.values.reduce((a, b) => a + b, 0); });
		// Pixels of the first series' colour on the canvas: its line was drawn.
		const c = u.ctx.canvas, img = u.ctx.getImageData(0, 0, c.width, c.height).data;
		const hex = ex.series[0].color, want = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16));
		let pixels = 0;
		for (let i = 0; i < img.length; i += 4) {
			if (Math.abs(img[i] - want[0]) < 24 && Math.abs(img[i + 1] - want[1]) < 24 && Math.abs(img[i + 2] - want[2]) < 24) pixels++;
		}
		return { series: ex.series.length, total, pixels, periods: ex.periods.length };
	})()`))
	wantIRN := len(f.wantEvents(func(e *dyad.Event) bool { return strings.HasPrefix(e.Source.Code, "CHN") && e.Target.Code == "IRN" }))
	wantSAU := len(f.wantEvents(func(e *dyad.Event) bool { return strings.HasPrefix(e.Source.Code, "CHN") && e.Target.Code == "SAU" }))
	if len(drawn.Total) != 2 || drawn.Total[0] != wantIRN || drawn.Total[1] != wantSAU {
		t.Errorf("chart counts %v, want [%d %d]", drawn.Total, wantIRN, wantSAU)
	}
	if drawn.Periods != 12 || drawn.Series < 2 {
		t.Errorf("chart has %d periods and %d series, want 12 months and a series per quad and dyad", drawn.Periods, drawn.Series)
	}
	if drawn.Pixels < 30 {
		t.Errorf("only %d pixels of the first series' colour: its line was not drawn", drawn.Pixels)
	}

	// Click the highest point of the first series.
	type point struct {
		X     float64 `json:"x"`
		Y     float64 `json:"y"`
		Value int     `json:"value"`
		Label string  `json:"label"`
	}
	pt := value(t, ctx, "find point", chromedp.Evaluate[point](`(() => {
		const u = window.dyad.chart, vals = u.data[1];
		let idx = 0;
		vals.forEach((v, i) => { if (v > vals[idx]) idx = i; });
		const r = u.over.getBoundingClientRect();
		return { x: r.left + u.valToPos(u.data[0][idx], 'x'), y: r.top + u.valToPos(vals[idx], 'y'), value: vals[idx], label: u.series[1].label };
	})()`))
	run(t, ctx, "click point",
		chromedp.MouseEvent(chromedp.MouseMoved, pt.X, pt.Y),
		chromedp.MouseClickXY(pt.X, pt.Y),
		until(`document.getElementById('events-title').textContent.includes(`+jsString(pt.Label+" · ")+`) &&
			!document.getElementById('events').hasAttribute('aria-busy')`),
		until(`document.querySelectorAll('#events tbody tr[data-event]').length > 0`),
	)
	title := text(t, ctx, "#events-title")
	if !strings.Contains(title, pt.Label) {
		t.Errorf("events title %q does not name the clicked series %q", title, pt.Label)
	}
	rows := value(t, ctx, "rows", chromedp.Evaluate[int](`document.querySelectorAll('#events tbody tr[data-event]').length`))
	if rows != pt.Value {
		t.Errorf("the point shows %d events but the table lists %d", pt.Value, rows)
	}

	// Open an event: its sentence with source, verb and target marked.
	run(t, ctx, "open event",
		chromedp.Click(css(`#events tbody tr[data-event] button`)),
		chromedp.WaitVisible(css(`#detail .sentence mark.m-verb`)),
	)
	src, verb, tgt := text(t, ctx, "#detail .sentence mark.m-source"), text(t, ctx, "#detail .sentence mark.m-verb"), text(t, ctx, "#detail .sentence mark.m-target")
	if !strings.HasPrefix(src, "China") && !strings.HasPrefix(src, "Chinese") || tgt != "Iran" || verb == "" {
		t.Errorf("marked source %q, verb %q, target %q", src, verb, tgt)
	}
	href := value(t, ctx, "link", chromedp.Evaluate[string](`document.querySelector('#detail .sentence figcaption a').href`))
	if !strings.HasPrefix(href, "https://news.example.org/d") {
		t.Errorf("source link %q", href)
	}
	screenshot(t, ctx, "dashboard")

	// Keyboard: choose a period from the list instead of the chart.
	before := value(t, ctx, "period", chromedp.Evaluate[int](`document.getElementById('period').selectedIndex`))
	run(t, ctx, "period by keyboard",
		chromedp.Focus(css(`#period`)),
		chromedp.KeyEvent(kb.ArrowDown),
		until(`(() => { const p = document.getElementById('period');
			return p.selectedIndex === `+strconv.Itoa(before+1)+` &&
				document.getElementById('events-title').textContent.endsWith(p.selectedOptions[0].textContent.split(' ')[0]); })()`),
	)

	// The whole document, with its events marked.
	run(t, ctx, "document",
		clickWhenReady(`#events tbody tr[data-event] button`),
		chromedp.WaitVisible(css(`#detail .sentence figcaption a[href^="#/doc/"]`)),
		clickWhenReady(`#detail .sentence figcaption a[href^="#/doc/"]`),
		chromedp.WaitVisible(css(`#doc-text mark.m-source`)),
	)
	screenshot(t, ctx, "document")
	marks := value(t, ctx, "marks", chromedp.Evaluate[int](`document.querySelectorAll('#doc-text mark').length`))
	if marks != 6 { // two events of three marks each
		t.Errorf("document shows %d marks, want 6", marks)
	}
}

// TestBrowserActorAndTop checks the top dyads and the actor page.
func TestBrowserActorAndTop(t *testing.T) {
	f := newFixture(t)
	ts := httptest.NewServer(New(f.db, quietLogger()))
	defer ts.Close()
	ctx := browser(t, "status of 404") // the unknown actor at the end

	run(t, ctx, "top dyads",
		chromedp.Navigate(ts.URL+"/#/top?limit=5&since=2023-01-01"),
		chromedp.WaitVisible(css(`#top-table tbody tr td a`)),
	)
	screenshot(t, ctx, "top")
	if first := text(t, ctx, "#top-table tbody tr"); !strings.Contains(first, "CHN") || !strings.Contains(first, "IRN") {
		t.Errorf("first top dyad %q, want CHN → IRN", first)
	}
	run(t, ctx, "actor",
		chromedp.Click(css(`#top-table tbody tr td:nth-child(3) a`)), // IRN
		chromedp.WaitVisible(css(`#actor-chart canvas`)),
	)
	targets, sources := text(t, ctx, "#actor-targets tbody"), text(t, ctx, "#actor-sources tbody")
	if !strings.Contains(sources, "CHN") || !strings.Contains(targets, "None") {
		t.Errorf("IRN acted on by %q and acts on %q; want CHN and none", sources, targets)
	}
	screenshot(t, ctx, "actor")
	if h := text(t, ctx, "#actor-h"); h != "IRN — Iran" {
		t.Errorf("actor heading %q", h)
	}
	run(t, ctx, "bad actor",
		chromedp.Navigate(ts.URL+"/#/actor/ZZZ"),
		chromedp.WaitVisible(css(`#error`)),
	)
	if h := text(t, ctx, "#error"); !strings.Contains(h, "ZZZ") {
		t.Errorf("error for an unknown actor: %q", h)
	}
}

var (
	shotDB   = flag.String("shot.db", "", "store to take the README screenshot from (TestBrowserScreenshot)")
	shotView = flag.String("shot.view", "#/?source=CHN&target=IRN&source2=CHN&target2=SAU&split=none&since=2018-01-01&until=2020-12-31", "dashboard address of the README screenshot")
)

// TestBrowserScreenshot writes docs/img/dashboard.png from a larger store,
// when -shot.db names one:
//
//	go test ./http -run BrowserScreenshot -bench.events 1000000 -shot.db /tmp/dyad-http-bench-1m.db
//
// The store is generated there (as by the benchmarks) when it does not exist.
func TestBrowserScreenshot(t *testing.T) {
	if *shotDB == "" {
		t.Skip("no -shot.db")
	}
	if _, err := os.Stat(*shotDB); err != nil {
		genStore(t, *shotDB, *benchEvents).Close()
	}
	db, err := sqlite.Open(*shotDB, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ts := httptest.NewServer(New(db, slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))))
	defer ts.Close()
	ctx := browser(t)
	run(t, ctx, "load",
		chromedp.Navigate(ts.URL+"/"+*shotView),
		chromedp.WaitVisible(css(`#chart canvas`)),
		chromedp.WaitVisible(css(`#events tbody tr[data-event]`)),
	)
	before := text(t, ctx, "#events-title")
	pt := value(t, ctx, "find point", chromedp.Evaluate[[]float64](`(() => {
		const u = window.dyad.chart, vals = u.data[1];
		let idx = 0; // the highest point before the last period, which is listed already
		vals.forEach((v, i) => { if (v > vals[idx] && i < vals.length - 1) idx = i; });
		const r = u.over.getBoundingClientRect();
		return [r.left + u.valToPos(u.data[0][idx], 'x'), r.top + u.valToPos(vals[idx], 'y')];
	})()`))
	run(t, ctx, "click point",
		chromedp.MouseEvent(chromedp.MouseMoved, pt[0], pt[1]),
		chromedp.MouseClickXY(pt[0], pt[1]),
		until(`document.getElementById('events-title').textContent !== `+jsString(before)),
	)
	run(t, ctx, "open event",
		chromedp.Click(css(`#events tbody tr[data-event] button`)),
		until(`document.querySelector('#detail .sentence mark.m-verb') !== null`),
	)
	value(t, ctx, "scroll up", chromedp.Evaluate[bool](`(window.scrollTo(0, 0), true)`))
	run(t, ctx, "point at it", chromedp.EmulateViewport(1280, 1200), chromedp.MouseEvent(chromedp.MouseMoved, pt[0], pt[1]))
	png := value(t, ctx, "screenshot", chromedp.CaptureScreenshot()) // the window, not the long table
	if err := os.MkdirAll(filepath.Join("..", "docs", "img"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("..", "docs", "img", "dashboard.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
