package http

import (
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/dyadproject/dyad"
)

// TestBrowserTopicExplorer: the explorer filters a dyad by topic and splits
// it by topic, as "dyad trend --topic ARMS --split topic" does, and the
// events listed for a point carry that topic.
func TestBrowserTopicExplorer(t *testing.T) {
	f := newFixture(t)
	ts := httptest.NewServer(New(f.db, quietLogger()))
	defer ts.Close()
	ctx := browser(t)

	run(t, ctx, "load",
		chromedp.Navigate(ts.URL+"/#/?source=CHN&target=IRN&split=topic&topic=arms&interval=year"),
		chromedp.WaitVisible(css(`#chart canvas`)),
		until(`window.dyad && window.dyad.explore && window.dyad.explore.split === 'topic'`),
	)
	type state struct {
		Keys  []string `json:"keys"`
		Total int      `json:"total"`
	}
	got := value(t, ctx, "series", chromedp.Evaluate[state](`(() => {
		const ex = window.dyad.explore;
		return { keys: ex.series.map(s => s.key),
			total: ex.series.reduce((n, s) => n + s.values.reduce((a, b) => a + b, 0), 0) };
	})()`))
	want := len(f.wantEvents(func(e *dyad.Event) bool {
		return strings.HasPrefix(e.Source.Code, "CHN") && e.Target.Code == "IRN" &&
			slices.ContainsFunc(e.Topics, func(tp string) bool { return strings.HasPrefix(tp, "ARMS") })
	}))
	if want == 0 {
		t.Fatal("fixture has no CHN→IRN events about arms")
	}
	if len(got.Keys) != 1 || got.Keys[0] != "ARMS/EMBARGO" || got.Total != want {
		t.Errorf("series %v with %d events, want only ARMS/EMBARGO with %d", got.Keys, got.Total, want)
	}

	// The events of the latest period are embargoes only.
	run(t, ctx, "pick period",
		until(`document.querySelectorAll('#events tbody tr[data-event]').length > 0`),
	)
	codes := value(t, ctx, "event codes", chromedp.Evaluate[[]string](
		`[...document.querySelectorAll('#events tbody tr[data-event] td:nth-child(4)')].map(td => td.textContent.trim().slice(0, 3))`))
	for _, c := range codes {
		if c != "163" {
			t.Errorf("event %q listed under the arms topic", c)
		}
	}
	title := value(t, ctx, "title", chromedp.Evaluate[string](`document.getElementById('events-title').textContent`))
	if !strings.Contains(title, "ARMS") {
		t.Errorf("events title %q does not name the topic", title)
	}
}
