package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/report"
)

// reportCorpus is the report package's test corpus: China and Iran, Saudi
// Arabia and the UAE, 2015–2024.
var reportCorpus = filepath.Join("..", "..", "report", "testdata", "corpus")

// csvRows runs a dyad command that writes CSV and returns its rows after the header.
func csvRows(t *testing.T, args ...string) [][]string {
	t.Helper()
	code, out, errs := dyadRun(t, args...)
	if code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) == 0 {
		t.Fatalf("%v: %v\n%s", args, err, out)
	}
	return rows[1:]
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	return n
}

// TestReportMatchesQueryAndTrend ingests the corpus through the real
// pipeline with "dyad ingest", builds the report, and checks its numbers
// against what "dyad query", "dyad trend" and "dyad count" print on the same
// store.
func TestReportMatchesQueryAndTrend(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "dyad.db")
	if code, out, errs := dyadRun(t, "ingest", "--db", db, "--workers", "2", reportCorpus); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	js := filepath.Join(dir, "report.json")
	if code, _, errs := dyadRun(t, "report", "--db", db, "--dyad", "chn-irn", "--compare", "CHN-SAU,CHN-ARE", "--since", "2016", "--out", js); code != 0 {
		t.Fatalf("report: exit %d: %s", code, errs)
	}
	b, err := os.ReadFile(js)
	if err != nil {
		t.Fatal(err)
	}
	var r report.Report
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	figs := append([]report.Figures{r.Main}, r.Compare...)
	if len(figs) != 3 || r.Main.Events == 0 {
		t.Fatalf("report of %d dyads, %d events", len(figs), r.Main.Events)
	}
	month := func(i int) string { return r.Periods[i].Format("2006-01") }
	for _, f := range figs {
		src, tgt := f.Dyad.Source, f.Dyad.Target
		// Events and mentions: the lines of dyad query.
		code, out, errs := dyadRun(t, "query", "--db", db, "--source", src, "--target", tgt, "--since", "2016", "--limit", "10000", "--format", "jsonl")
		if code != 0 {
			t.Fatalf("query: %s", errs)
		}
		n, mentions := 0, 0
		topics := map[string]int{}
		dec := json.NewDecoder(strings.NewReader(out))
		for dec.More() {
			var e dyad.StoredEvent
			if err := dec.Decode(&e); err != nil {
				t.Fatal(err)
			}
			n++
			mentions += e.NumMentions
			for _, tp := range e.Topics {
				topics[tp]++
			}
		}
		if f.Events != n || f.Mentions != mentions {
			t.Errorf("%s: report %d events, %d mentions; dyad query lists %d, %d", f.Dyad, f.Events, f.Mentions, n, mentions)
		}
		for _, tc := range f.Topics {
			if topics[tc.Topic] != tc.Events {
				t.Errorf("%s: report %d events on %s, dyad query %d", f.Dyad, tc.Events, tc.Topic, topics[tc.Topic])
			}
		}
		// The monthly line: dyad trend.
		want := map[string]int{}
		for _, row := range csvRows(t, "trend", "--db", db, "--source", src, "--target", tgt, "--since", "2016", "--format", "csv") {
			want[row[0]] = mustAtoi(t, row[1])
		}
		got := 0
		for i, p := range f.Monthly {
			if p.Events != want[month(i)] {
				t.Errorf("%s %s: report %d events, dyad trend %d", f.Dyad, month(i), p.Events, want[month(i)])
			}
			got += p.Events
		}
		if total := f.Events - f.Undated; got != total {
			t.Errorf("%s: monthly events sum to %d, want %d dated events", f.Dyad, got, total)
		}
		// By root and by topic: dyad trend --split.
		for _, sp := range []struct {
			split  string
			series []report.Series
		}{{"root", f.ByRoot}, {"topic", f.ByTopic}} {
			cells := map[string]int{}
			for _, row := range csvRows(t, "trend", "--db", db, "--source", src, "--target", tgt, "--since", "2016", "--split", sp.split, "--format", "csv") {
				key, _, _ := strings.Cut(row[1], " ") // "04 Consult" → "04"
				cells[row[0]+" "+key] = mustAtoi(t, row[2])
			}
			seen := 0
			for _, s := range sp.series {
				for i, v := range s.Values {
					if int(v) != cells[month(i)+" "+s.Key] {
						t.Errorf("%s %s %s: report %v, dyad trend --split %s %d", f.Dyad, month(i), s.Key, v, sp.split, cells[month(i)+" "+s.Key])
					}
					if v > 0 {
						seen++
					}
				}
			}
			if seen != len(cells) {
				t.Errorf("%s: report has %d non-empty %s cells, dyad trend %d", f.Dyad, seen, sp.split, len(cells))
			}
		}
	}
	// The comparison: dyad trend --dyad, one series per dyad on the same periods.
	cmp := csvRows(t, "trend", "--db", db, "--dyad", "CHN-IRN", "--dyad", "CHN-SAU,CHN-ARE", "--since", "2016", "--format", "csv")
	if len(cmp)%3 != 0 {
		t.Fatalf("trend --dyad: %d rows for 3 dyads", len(cmp))
	}
	for i, row := range cmp {
		f := figs[i%3]
		if row[1] != f.Dyad.String() || row[0] != cmp[i-i%3][0] {
			t.Fatalf("trend --dyad row %d: %v out of step", i, row)
		}
		for k, p := range f.Monthly {
			if month(k) == row[0] && p.Events != mustAtoi(t, row[2]) {
				t.Errorf("trend --dyad %s %s: %s events, report %d", row[1], row[0], row[2], p.Events)
			}
		}
	}
	// The count table: one row per target, the same totals.
	rows := csvRows(t, "count", "--db", db, "--source", "CHN", "--target", "IRN,SAU,ARE", "--since", "2016", "--list", "0", "--format", "csv")
	if len(rows) != 3 {
		t.Fatalf("count: %d rows, want 3", len(rows))
	}
	for i, row := range rows {
		if row[1] != figs[i].Dyad.Target || mustAtoi(t, row[2]) != figs[i].Events {
			t.Errorf("count %v: want %s with %d events", row, figs[i].Dyad.Target, figs[i].Events)
		}
	}

	// The HTML page shows the same headline, and the Markdown has its PNGs.
	page := filepath.Join(dir, "r.html")
	if code, _, errs := dyadRun(t, "report", "--db", db, "--dyad", "CHN-IRN", "--since", "2016", "--out", page); code != 0 {
		t.Fatalf("report html: %s", errs)
	}
	html, _ := os.ReadFile(page)
	m := regexp.MustCompile(`data-figure="events">(\d+)<`).FindSubmatch(html)
	if m == nil || mustAtoi(t, string(m[1])) != r.Main.Events {
		t.Errorf("HTML headline %q, want %d events", m, r.Main.Events)
	}
	md := filepath.Join(dir, "md", "r.md")
	os.Mkdir(filepath.Dir(md), 0o755)
	if code, _, errs := dyadRun(t, "report", "--db", db, "--dyad", "CHN-IRN", "--out", md); code != 0 {
		t.Fatalf("report md: %s", errs)
	}
	pngs, _ := filepath.Glob(filepath.Join(dir, "md", "r-*.png"))
	if len(pngs) != 3 {
		t.Errorf("markdown report wrote %d PNGs, want 3", len(pngs))
	}

	// Plots of a comparison, and the GDELT topics column on request only.
	plot := filepath.Join(dir, "cmp.png")
	if code, _, errs := dyadRun(t, "trend", "--db", db, "--dyad", "CHN-IRN,CHN-SAU", "--topic", "ARMS", "--plot", plot); code != 0 {
		t.Errorf("trend --dyad --plot: %s", errs)
	} else if b, _ := os.ReadFile(plot); !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Errorf("trend --dyad --plot wrote no PNG")
	}
	for _, c := range []struct {
		flag string
		cols int
	}{{"", 61}, {"--with-topics", 62}} {
		args := []string{"export", "--db", db, "--format", "gdelt", "--source", "CHN", "--target", "SAU", "--topic", "arms"}
		if c.flag != "" {
			args = append(args, c.flag)
		}
		_, out, _ := dyadRun(t, args...)
		for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			f := strings.Split(line, "\t")
			if len(f) != c.cols {
				t.Fatalf("export gdelt %s: %d columns, want %d", c.flag, len(f), c.cols)
			}
			if c.cols == 62 && !strings.Contains(f[61], "ARMS") {
				t.Errorf("export gdelt --with-topics --topic arms: topics %q", f[61])
			}
		}
	}
}

func TestReportUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	for _, args := range [][]string{
		{"report", "--db", db},
		{"report", "--db", db, "--dyad", "CHN"},
		{"report", "--db", db, "--dyad", "CHN-IRN", "--source", "USA"},
		{"report", "--db", db, "--dyad", "CHN-IRN", "--compare", "CHN-"},
		{"trend", "--db", db, "--dyad", "CHN-IRN", "--actor", "USA"},
		{"count", "--db", db, "--format", "xml"},
	} {
		if code, _, _ := dyadRun(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
