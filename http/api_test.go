package http

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// get requests path from h and decodes the JSON answer into v (when not nil),
// failing unless the status is want.
func get(t *testing.T, h http.Handler, path string, want int, v any) string {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	body := rec.Body.String()
	if rec.Code != want {
		t.Fatalf("GET %s: status %d, want %d; body %s", path, rec.Code, want, body)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: Content-Type %q", path, ct)
	}
	if v != nil {
		if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
			t.Fatalf("GET %s: %v in %s", path, err, body)
		}
	}
	return body
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// wantEvents deduplicates the fixture's coded events the way the store
// contract says (cluster, source, target, code, day) and keeps those for
// which keep is true.
func (f *fixture) wantEvents(keep func(*dyad.Event) bool) map[string]int {
	out := map[string]int{}
	for _, r := range f.results {
		cluster := r.Doc.Cluster
		if cluster == "" {
			cluster = r.Doc.ID
		}
		for i := range r.Events {
			e := &r.Events[i]
			if keep(e) {
				out[strings.Join([]string{cluster, e.Source.Code, e.Target.Code, string(e.Code), e.Date.Format(dyad.DateLayout)}, "|")]++
			}
		}
	}
	return out
}

func TestEventsFilterAndPaging(t *testing.T) {
	f := newFixture(t)
	s := New(f.db, quietLogger())
	want := f.wantEvents(func(e *dyad.Event) bool {
		return strings.HasPrefix(e.Source.Code, "CHN") && e.Target.Code == "IRN"
	})

	var all []dyad.StoredEvent
	next := ""
	pages := 0
	for {
		var page EventsPage
		q := url.Values{"source": {"chn"}, "target": {"IRN"}, "limit": {"7"}}
		if next != "" {
			q.Set("cursor", next)
		}
		get(t, s, "/api/events?"+q.Encode(), 200, &page)
		if len(page.Events) > 7 {
			t.Fatalf("page of %d events, limit 7", len(page.Events))
		}
		all = append(all, page.Events...)
		pages++
		if page.Next == "" {
			break
		}
		next = page.Next
		if pages > 100 {
			t.Fatal("paging does not end")
		}
	}
	if len(all) != len(want) {
		t.Fatalf("got %d events over %d pages, want %d", len(all), pages, len(want))
	}
	seen := map[int64]bool{}
	for i, e := range all {
		if !strings.HasPrefix(e.Source, "CHN") || e.Target != "IRN" {
			t.Errorf("event %d: %s→%s does not match source=CHN target=IRN", e.ID, e.Source, e.Target)
		}
		if seen[e.ID] {
			t.Errorf("event %d on two pages", e.ID)
		}
		seen[e.ID] = true
		if i > 0 {
			p := all[i-1]
			if e.Date.After(p.Date) || e.Date.Equal(p.Date) && e.ID >= p.ID {
				t.Errorf("events %d and %d out of order (newest first, then id descending)", p.ID, e.ID)
			}
		}
		if e.Mention.Text == "" {
			t.Errorf("event %d has no sentence to show", e.ID)
		}
	}

	// Other filters narrow the same set.
	var q3 EventsPage
	get(t, s, "/api/events?source=CHN&target=IRN&quad=3&since=2023-04-01&until=2023-09-30&limit=1000", 200, &q3)
	wantQ3 := f.wantEvents(func(e *dyad.Event) bool {
		return strings.HasPrefix(e.Source.Code, "CHN") && e.Target.Code == "IRN" && e.Quad == 3 &&
			!e.Date.Before(time.Date(2023, 4, 1, 0, 0, 0, 0, time.UTC)) && !e.Date.After(time.Date(2023, 9, 30, 0, 0, 0, 0, time.UTC))
	})
	if len(q3.Events) != len(wantQ3) || len(wantQ3) == 0 {
		t.Errorf("quad=3 Apr–Sep: %d events, want %d", len(q3.Events), len(wantQ3))
	}
	var txt EventsPage
	get(t, s, "/api/events?text=air+strikes", 200, &txt)
	for _, e := range txt.Events {
		if e.Code != "195" {
			t.Errorf("text=air strikes found event %d coded %s: %q", e.ID, e.Code, e.Mention.Text)
		}
	}
	if len(txt.Events) != len(f.wantEvents(func(e *dyad.Event) bool { return e.Code == "195" })) {
		t.Errorf("text=air strikes: %d events", len(txt.Events))
	}
}

func TestEventDetailHighlightsSentences(t *testing.T) {
	f := newFixture(t)
	s := New(f.db, quietLogger())
	var page EventsPage
	get(t, s, "/api/events?source=USA&target=RUS", 200, &page)
	if len(page.Events) != 1 {
		t.Fatalf("USA→RUS: %d events, want the one story told by two agencies", len(page.Events))
	}
	var v EventView
	get(t, s, "/api/events/"+strconv.FormatInt(page.Events[0].ID, 10), 200, &v)
	if v.NumMentions != 2 || len(v.Sentences) != 2 {
		t.Fatalf("event has %d mentions and %d sentences, want 2 and 2", v.NumMentions, len(v.Sentences))
	}
	ev := f.results[len(f.results)-3].Events[0] // dup-a's event
	docs := map[string]bool{}
	for _, sv := range v.Sentences {
		docs[sv.Doc] = true
		var joined strings.Builder
		got := map[string]string{}
		for _, sg := range sv.Segments {
			joined.WriteString(sg.Text)
			if sg.Kind != "" {
				got[sg.Kind] = sg.Text
			}
		}
		if joined.String() != sv.Text || sv.Text != ev.Text {
			t.Errorf("%s: segments give %q, sentence %q, want %q", sv.Doc, joined.String(), sv.Text, ev.Text)
		}
		if got[MarkSource] != ev.Source.Text || got[MarkTarget] != ev.Target.Text || got[MarkVerb] != ev.VerbText {
			t.Errorf("%s: marked %v, want source %q target %q verb %q", sv.Doc, got, ev.Source.Text, ev.Target.Text, ev.VerbText)
		}
		if sv.URL != "https://news.example.org/"+sv.Doc {
			t.Errorf("%s: url %q", sv.Doc, sv.URL)
		}
	}
	if !docs["dup-a"] || !docs["dup-b"] {
		t.Errorf("sentences from %v, want dup-a and dup-b", docs)
	}
}

func TestTrend(t *testing.T) {
	f := newFixture(t)
	s := New(f.db, quietLogger())
	want := f.wantEvents(func(e *dyad.Event) bool { return strings.HasPrefix(e.Source.Code, "CHN") && e.Target.Code == "IRN" })
	for _, tc := range []struct {
		query   string
		periods int
		keys    func(string) bool
	}{
		{"interval=month", 12, func(k string) bool { return k == "" }},
		{"interval=year&split=quad", 1, func(k string) bool { return k >= "1" && k <= "4" }},
		{"split=root", 12, func(k string) bool { return len(k) == 2 }},
		{"interval=week", 24, func(k string) bool { return k == "" }},
	} {
		var v TrendView
		get(t, s, "/api/trend?source=CHN&target=IRN&"+tc.query, 200, &v)
		total := 0
		periods := map[time.Time]bool{}
		for _, p := range v.Points {
			total += p.Events
			periods[p.Period] = true
			if !tc.keys(p.Key) {
				t.Errorf("%s: key %q", tc.query, p.Key)
			}
			if v.Interval == dyad.IntervalMonth && p.Period.Day() != 1 {
				t.Errorf("%s: month period %s does not start on the 1st", tc.query, p.Period)
			}
			if v.Interval == dyad.IntervalWeek && p.Period.Weekday() != time.Monday {
				t.Errorf("%s: week period %s does not start on Monday", tc.query, p.Period)
			}
		}
		if total != len(want) {
			t.Errorf("%s: %d events in the trend, want %d", tc.query, total, len(want))
		}
		if len(periods) != tc.periods {
			t.Errorf("%s: %d periods, want %d", tc.query, len(periods), tc.periods)
		}
	}
}

func TestActors(t *testing.T) {
	f := newFixture(t)
	s := New(f.db, quietLogger())
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"chn", []string{"CHN", "CHNMIL"}},
		{"Iran", []string{"IRN"}},
		{"saudi", []string{"SAU"}},
		{"zzz", nil},
	} {
		var v ActorsView
		get(t, s, "/api/actors?q="+url.QueryEscape(tc.q), 200, &v)
		var got []string
		for _, a := range v.Actors {
			got = append(got, a.Code)
		}
		sort.Strings(got)
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("q=%s: %v, want %v", tc.q, got, tc.want)
		}
	}
	var v ActorsView
	get(t, s, "/api/actors?q=IRN", 200, &v)
	if len(v.Actors) != 1 || v.Actors[0].Name != "Iran" || v.Actors[0].AsTarget == 0 {
		t.Errorf("IRN: %+v, want its name and target count", v.Actors)
	}
}

func TestActorPage(t *testing.T) {
	f := newFixture(t)
	s := New(f.db, quietLogger())
	var v ActorView
	get(t, s, "/api/actors/chn?interval=year", 200, &v)
	asSource := f.wantEvents(func(e *dyad.Event) bool { return strings.HasPrefix(e.Source.Code, "CHN") })
	total := 0
	for _, p := range v.AsSource {
		total += p.Events
	}
	if total != len(asSource) || v.SampledAsSource != 0 && v.SampledAsSource != len(asSource) {
		t.Errorf("CHN as source: trend %d, sampled %d, want %d", total, v.SampledAsSource, len(asSource))
	}
	if len(v.AsTarget) != 0 || len(v.Sources) != 0 {
		t.Errorf("nothing acts on CHN in the fixture, got %v %v", v.AsTarget, v.Sources)
	}
	if len(v.Targets) != 2 || v.Targets[0].Code != "IRN" || v.Targets[1].Code != "SAU" || v.Targets[0].Events <= v.Targets[1].Events {
		t.Errorf("CHN acts on %+v, want IRN then SAU", v.Targets)
	}
	var rus ActorView
	get(t, s, "/api/actors/RUS", 200, &rus)
	var from []string
	for _, p := range rus.Sources {
		from = append(from, p.Code)
	}
	sort.Strings(from)
	if strings.Join(from, ",") != "UKR,USA" {
		t.Errorf("RUS acted on by %v, want UKR and USA", from)
	}
	get(t, s, "/api/actors/ZZZ", 404, nil)
}

func TestTopDyads(t *testing.T) {
	f := newFixture(t)
	s := New(f.db, quietLogger())
	var v TopDyadsView
	get(t, s, "/api/dyads/top?limit=3", 200, &v)
	want := f.wantEvents(func(e *dyad.Event) bool { return e.Source.Code == "CHN" && e.Target.Code == "IRN" })
	if len(v.Dyads) != 3 || v.Dyads[0].Source != "CHN" || v.Dyads[0].Target != "IRN" || v.Dyads[0].Events != len(want) {
		t.Fatalf("top dyads %+v, want CHN→IRN first with %d events", v.Dyads, len(want))
	}
	for i := 1; i < len(v.Dyads); i++ {
		if v.Dyads[i].Events > v.Dyads[i-1].Events {
			t.Errorf("top dyads not in order: %+v", v.Dyads)
		}
	}
	get(t, s, "/api/dyads/top?since=2023-06-01&until=2023-06-30", 200, &v)
	if v.Since != "2023-06-01" || v.Until != "2023-06-30" {
		t.Errorf("period echoed as %s..%s", v.Since, v.Until)
	}
	for _, d := range v.Dyads {
		n := len(f.wantEvents(func(e *dyad.Event) bool {
			return e.Source.Code == d.Source && e.Target.Code == d.Target && e.Date.Month() == time.June
		}))
		if d.Events != n {
			t.Errorf("June %s→%s: %d events, want %d", d.Source, d.Target, d.Events, n)
		}
	}
}

func TestDocumentSegments(t *testing.T) {
	f := newFixture(t)
	s := New(f.db, quietLogger())
	var v DocumentView
	get(t, s, "/api/documents/utf8", 200, &v)
	if !strings.HasPrefix(v.Text, "Kyiv — «Update» ") {
		t.Fatalf("text %q", v.Text)
	}
	var joined strings.Builder
	marked := map[string]string{}
	for _, sg := range v.Segments {
		joined.WriteString(sg.Text)
		if sg.Kind != "" {
			marked[sg.Kind] = sg.Text
			if sg.Event == 0 {
				t.Errorf("mark %q names no event", sg.Text)
			}
		}
	}
	if joined.String() != v.Text {
		t.Errorf("segments give %q, want the text %q", joined.String(), v.Text)
	}
	if marked[MarkSource] != "Ukraine" || marked[MarkTarget] != "Russia" || marked[MarkVerb] == "" {
		t.Errorf("marked %v", marked)
	}
	if len(v.Mentions) != 1 || len(v.Sentences) != 1 {
		t.Errorf("%d mentions, %d sentences, want 1 and 1", len(v.Mentions), len(v.Sentences))
	}
	get(t, s, "/api/documents/nope", 404, nil)
}

func TestHealthAndStats(t *testing.T) {
	f := newFixture(t)
	s := New(f.db, quietLogger())
	s.Version = "test"
	var h Health
	get(t, s, "/healthz", 200, &h)
	if h.Status != "ok" || h.Version != "test" {
		t.Errorf("health %+v", h)
	}
	var st StatsView
	get(t, s, "/api/stats", 200, &st)
	if st.Documents != len(f.results) {
		t.Errorf("stats: %d documents, want %d", st.Documents, len(f.results))
	}
	all := f.wantEvents(func(*dyad.Event) bool { return true })
	if st.Events != len(all) {
		t.Errorf("stats: %d events, want %d", st.Events, len(all))
	}
}

func TestBadParameters(t *testing.T) {
	f := newFixture(t)
	s := New(f.db, quietLogger())
	for _, tc := range []struct{ path, param string }{
		{"/api/events?source=CHN!", "source"},
		{"/api/events?target=" + strings.Repeat("A", 49), "target"},
		{"/api/events?actor=%27%3B--", "actor"},
		{"/api/events?quad=5", "quad"},
		{"/api/events?quad=x", "quad"},
		{"/api/events?root=1", "root"},
		{"/api/events?root=190", "root"},
		{"/api/events?code=abc", "code"},
		{"/api/events?since=2023-13-01", "since"},
		{"/api/events?since=2023-05-01&until=2023-04-01", "until"},
		{"/api/events?limit=0", "limit"},
		{"/api/events?limit=10001", "limit"},
		{"/api/events?cursor=%3Cscript%3E", "cursor"},
		{"/api/events?cursor=2023-01-01", "cursor"},
		{"/api/events?text=" + strings.Repeat("x", 201), "text"},
		{"/api/events?text=%01", "text"},
		{"/api/events?text=%2B%2B%2B", "text"},
		{"/api/events?sorce=CHN", "sorce"},
		{"/api/events?source=CHN&source=IRN", "source"},
		{"/api/events/abc", "id"},
		{"/api/events/-3", "id"},
		{"/api/events/1?x=1", "x"},
		{"/api/trend?interval=hour", "interval"},
		{"/api/trend?split=verb", "split"},
		{"/api/trend?limit=5", "limit"},
		{"/api/actors?limit=101", "limit"},
		{"/api/actors?q=" + strings.Repeat("a", 65), "q"},
		{"/api/actors/CHN-MIL", "code"},
		{"/api/dyads/top?limit=501", "limit"},
		{"/api/dyads/top?until=2020", "" /* valid */},
		{"/api/stats?verbose=1", "verbose"},
	} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("GET", tc.path, nil))
		if tc.param == "" {
			if rec.Code != 200 {
				t.Errorf("%s: status %d, want 200", tc.path, rec.Code)
			}
			continue
		}
		var e errorBody
		json.Unmarshal(rec.Body.Bytes(), &e)
		if rec.Code != 400 || !strings.Contains(e.Error, `"`+tc.param+`"`) && !strings.Contains(e.Error, tc.param+" ") {
			t.Errorf("%s: status %d %q, want 400 naming %q", tc.path, rec.Code, e.Error, tc.param)
		}
	}
}

func TestNotFoundAndMethods(t *testing.T) {
	f := newFixture(t)
	s := New(f.db, quietLogger())
	for _, tc := range []struct {
		method, path string
		want         int
	}{
		{"GET", "/api/events/4242", 404},
		{"GET", "/api/documents/no-such-doc", 404},
		{"GET", "/api/nothing", 404},
		{"GET", "/no-such-file.js", 404},
		{"POST", "/api/events", 405},
		{"DELETE", "/api/events/1", 405},
		{"GET", "/", 200},
		{"GET", "/vendor/uPlot.iife.min.js", 200},
		{"GET", "/api/openapi.json", 200},
	} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(tc.method, tc.path, nil))
		if rec.Code != tc.want {
			t.Errorf("%s %s: status %d, want %d", tc.method, tc.path, rec.Code, tc.want)
		}
		if rec.Header().Get("Content-Security-Policy") == "" || rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s %s: security headers missing", tc.method, tc.path)
		}
	}
}

func TestErrorsDoNotLeak(t *testing.T) {
	f := newFixture(t)
	var logged strings.Builder
	s := New(f.db, slog.New(slog.NewTextHandler(&logged, nil)))
	f.db.Close()
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/api/events?source=CHN", nil))
	if rec.Code != 500 {
		t.Fatalf("closed store: status %d, want 500", rec.Code)
	}
	var e errorBody
	json.Unmarshal(rec.Body.Bytes(), &e)
	if e.Error != "internal error" {
		t.Errorf("body %q leaks details", rec.Body.String())
	}
	if !strings.Contains(logged.String(), "closed") {
		t.Errorf("details not logged: %q", logged.String())
	}
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	if rec.Code != 503 {
		t.Errorf("healthz on a closed store: %d, want 503", rec.Code)
	}
}

func TestLimits(t *testing.T) {
	f := newFixture(t)
	s := New(f.db, quietLogger())

	// A deadline the store cannot meet gives 503, not a hung request.
	s.Deadline = time.Nanosecond
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/api/trend?split=root", nil))
	if rec.Code != 503 {
		t.Errorf("request past its deadline: status %d, want 503: %s", rec.Code, rec.Body)
	}
	s.Deadline = 0

	// Headers (and the query string) are capped by the real server.
	ts := httptest.NewUnstartedServer(nil)
	ts.Config = s.HTTPServer("")
	ts.Start()
	defer ts.Close()
	resp, err := http.Get(ts.URL + "/api/events?text=" + strings.Repeat("a", 2*MaxHeaderBytes))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("oversized request: status %d, want 431", resp.StatusCode)
	}
	resp, err = http.Get(ts.URL + "/api/events?limit=2")
	if err != nil {
		t.Fatal(err)
	}
	var page EventsPage
	json.NewDecoder(resp.Body).Decode(&page)
	resp.Body.Close()
	if resp.StatusCode != 200 || len(page.Events) != 2 || page.Next == "" {
		t.Errorf("limit=2 over the real server: %d, %d events, next %q", resp.StatusCode, len(page.Events), page.Next)
	}
}

// dyadCountingStore is the real store plus CountDyads, computed by paging
// through Events, so the actor page's DyadCounter branch runs.
type dyadCountingStore struct{ dyad.EventStore }

func (s dyadCountingStore) CountDyads(ctx context.Context, f dyad.EventFilter, n int) ([]dyad.DyadCount, error) {
	counts := map[[2]string]*dyad.DyadCount{}
	f.Limit = 3
	for {
		evs, next, err := s.Events(ctx, f)
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			k := [2]string{e.Source, e.Target}
			if counts[k] == nil {
				counts[k] = &dyad.DyadCount{Source: e.Source, Target: e.Target}
			}
			c := counts[k]
			c.Goldstein = (c.Goldstein*float64(c.Events) + e.Goldstein) / float64(c.Events+1)
			c.Events++
		}
		if next == "" {
			break
		}
		f.Cursor = next
	}
	var out []dyad.DyadCount
	for _, c := range counts {
		out = append(out, *c)
	}
	return out, nil
}

func TestActorPageWithDyadCounter(t *testing.T) {
	f := newFixture(t)
	var sampled, counted ActorView
	get(t, New(f.db, quietLogger()), "/api/actors/CHN", 200, &sampled)
	get(t, New(dyadCountingStore{f.db}, quietLogger()), "/api/actors/CHN", 200, &counted)
	if counted.SampledAsSource != 0 || counted.SampledAsTarget != 0 {
		t.Errorf("counted by the store, yet sampled %d and %d", counted.SampledAsSource, counted.SampledAsTarget)
	}
	// CHN→IRN and CHNMIL→IRN add up to one partner, as in the sample.
	if len(counted.Targets) != 2 || len(sampled.Targets) != 2 {
		t.Fatalf("targets counted %+v, sampled %+v", counted.Targets, sampled.Targets)
	}
	for i := range counted.Targets {
		c, s := counted.Targets[i], sampled.Targets[i]
		if c.Code != s.Code || c.Events != s.Events || math.Abs(c.Goldstein-s.Goldstein) > 1e-9 {
			t.Errorf("target %d: counted %+v, sampled %+v", i, c, s)
		}
	}
}
