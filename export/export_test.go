package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/export"
	"github.com/dyadproject/dyad/internal/golden"
	"github.com/dyadproject/dyad/sqlite"
	"github.com/dyadproject/dyad/storetest"
)

// events are fixed events covering the cases the writers treat apart: a
// military actor with a location and topics, an IGO with a known group and a
// four-digit code, an event without a date, and text with a tab in it.
func events() []dyad.StoredEvent {
	d := func(s string) time.Time { t, _ := dyad.ParseDate(s); return t }
	return []dyad.StoredEvent{
		{
			ID: 4521, Cluster: "s1", Source: "CHNMIL", Target: "IRN", Code: "042", Root: "04", Quad: 1, Goldstein: 1.9,
			Name: "Make a visit", PLOVER: "CONSULT", Date: d("2019-03-05"), Added: d("2019-03-06"),
			Location: &dyad.Location{Country: "IRN", Place: "Tehran", Lat: 35.6892, Lon: 51.389},
			Topics:   []string{"ARMS/DRONE", "MILCOOP/DELEGATION"}, NumMentions: 4, NumSources: 2, NumArticles: 3,
			Mention: dyad.Mention{Event: dyad.Event{ID: "a#1/1", Doc: "a", SentenceID: "a#1", Sentence: 0,
				Source: dyad.Actor{Code: "CHNMIL", Text: "Chinese generals"}, Target: dyad.Actor{Code: "IRN", Text: "Tehran"},
				Code: "042", Pattern: "verbs.txt:120: VISIT", Text: "Chinese generals visited Tehran on Tuesday."},
				DocSource: "Reuters", DocURL: "https://news.example/a"},
		},
		{
			ID: 77, Cluster: "b", Source: "IGOUNO", Target: "SYRGOVREB", Code: "0233", Root: "02", Quad: 1, Goldstein: 3.4,
			Date: d("2016-12-31"), Added: d("2016-12-31"), NumMentions: 1, NumSources: 1, NumArticles: 1,
			Mention: dyad.Mention{Event: dyad.Event{ID: "b#3/1", Doc: "b", SentenceID: "b#3", Sentence: 2,
				Source: dyad.Actor{Code: "IGOUNO", Text: "the United Nations"}, Target: dyad.Actor{Code: "SYRGOVREB", Text: "Syrian rebels"},
				Text: "The United Nations appealed to Syrian rebels for\thumanitarian access."}, DocSource: "AP", DocURL: "https://news.example/b"},
		},
		{
			ID: 9, Cluster: "c", Source: "USA", Target: "RUS", Code: "173", Root: "17", Quad: 4, Goldstein: -5,
			NumMentions: 1, NumSources: 1, NumArticles: 1,
			Mention: dyad.Mention{Event: dyad.Event{ID: "c#1/1", Doc: "c", SentenceID: "c#1",
				Source: dyad.Actor{Code: "USA", Text: "Washington"}, Target: dyad.Actor{Code: "RUS", Text: "Moscow"},
				Text: `Washington arrested a "Moscow" agent.`}},
		},
	}
}

func TestGolden(t *testing.T) {
	for _, format := range export.Formats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			w, err := export.New(format, &buf)
			if err != nil {
				t.Fatal(err)
			}
			evs := events()
			for i := range evs {
				if err := w.Write(&evs[i]); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", format+".golden"), buf.Bytes())
		})
	}
}

// column returns the named column of a tab-separated line.
func column(t *testing.T, cols []string, line, name string) string {
	t.Helper()
	f := strings.Split(line, "\t")
	if len(f) != len(cols) {
		t.Fatalf("%d fields, want %d: %q", len(f), len(cols), line)
	}
	for i, c := range cols {
		if c == name {
			return f[i]
		}
	}
	t.Fatalf("no column %s", name)
	return ""
}

func TestGDELTColumns(t *testing.T) {
	if len(export.GDELTColumns) != 61 || export.GDELTColumns[0] != "GlobalEventID" || export.GDELTColumns[60] != "SOURCEURL" ||
		export.GDELTColumns[26] != "EventCode" || export.GDELTColumns[59] != "DATEADDED" {
		t.Fatalf("GDELT columns: %d, %v", len(export.GDELTColumns), export.GDELTColumns)
	}
	var buf bytes.Buffer
	w, _ := export.New("gdelt", &buf)
	evs := events()
	for i := range evs {
		w.Write(&evs[i])
	}
	w.Close()
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(evs) {
		t.Fatalf("%d lines for %d events", len(lines), len(evs))
	}
	cases := []struct {
		line          int
		column, value string
	}{
		{0, "Day", "20190305"},
		{0, "MonthYear", "201903"},
		{0, "FractionDate", "2019.1726"},
		{1, "FractionDate", "2016.9973"},
		{0, "Actor1CountryCode", "CHN"},
		{0, "Actor1Type1Code", "MIL"},
		{0, "Actor1Name", "CHINESE GENERALS"},
		{0, "IsRootEvent", "1"},
		{0, "EventBaseCode", "042"},
		{0, "NumArticles", "3"},
		{0, "ActionGeo_Type", "4"},
		{0, "ActionGeo_Lat", "35.6892"},
		{0, "DATEADDED", "20190306000000"},
		{0, "SOURCEURL", "https://news.example/a"},
		{1, "Actor1CountryCode", ""},
		{1, "Actor1Type1Code", "IGO"},
		{1, "Actor1KnownGroupCode", "UNO"},
		{1, "Actor2Type2Code", "REB"},
		{1, "EventBaseCode", "023"},
		{1, "EventRootCode", "02"},
		{1, "IsRootEvent", "0"},
		{2, "GoldsteinScale", "-5"},
		{2, "QuadClass", "4"},
		{2, "Day", ""},
	}
	for _, c := range cases {
		if got := column(t, export.GDELTColumns, lines[c.line], c.column); got != c.value {
			t.Errorf("line %d %s = %q, want %q", c.line, c.column, got, c.value)
		}
	}
}

// TestGDELTWithTopics: topics come as a 62nd column only when asked for.
func TestGDELTWithTopics(t *testing.T) {
	evs := events()
	for _, with := range []bool{false, true} {
		var buf bytes.Buffer
		w, _ := export.NewWith("gdelt", &buf, export.Options{WithTopics: with})
		w.Write(&evs[0])
		w.Write(&evs[1])
		w.Close()
		lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
		want := len(export.GDELTColumns)
		if with {
			want++
		}
		for i, l := range lines {
			f := strings.Split(l, "\t")
			if len(f) != want {
				t.Fatalf("with topics %v: line %d has %d columns, want %d", with, i, len(f), want)
			}
			if with && f[61] != strings.Join(evs[i].Topics, ";") {
				t.Errorf("line %d topics column %q, want %q", i, f[61], strings.Join(evs[i].Topics, ";"))
			}
			if f[60] != evs[i].Mention.DocURL {
				t.Errorf("with topics %v: SOURCEURL %q moved", with, f[60])
			}
		}
	}
}

func TestPhoenixAndPLOVER(t *testing.T) {
	evs := events()
	var buf bytes.Buffer
	w, _ := export.New("phoenix", &buf)
	w.Write(&evs[1])
	w.Close()
	line := strings.TrimSuffix(buf.String(), "\n")
	for name, want := range map[string]string{"TargetActorEntity": "SYR", "TargetActorRole": "GOV", "TargetActorAttribute": "REB",
		"EventRootCode": "02", "Date": "20161231", "Month": "12", "SentenceID": "b#3"} {
		if got := column(t, export.PhoenixColumns, line, name); got != want {
			t.Errorf("phoenix %s = %q, want %q", name, got, want)
		}
	}

	buf.Reset()
	w, _ = export.New("plover", &buf)
	w.Write(&evs[0])
	w.Write(&evs[2])
	w.Close()
	dec := json.NewDecoder(&buf)
	var recs []map[string]any
	for dec.More() {
		var r map[string]any
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if recs[0]["event_type"] != "CONSULT" || recs[0]["mode"] != "visit" {
		t.Errorf("PLOVER of 042: %v %v, want CONSULT visit", recs[0]["event_type"], recs[0]["mode"])
	}
	// The crosswalk gives 042 no context; its topics give military (ARMS/DRONE) and diplomatic (MILCOOP/DELEGATION).
	if ctx := fmt.Sprint(recs[0]["context"]); ctx != "[diplomatic military]" {
		t.Errorf("PLOVER context of a drone delegation: %v, want [diplomatic military]", ctx)
	}
	if ctx := recs[1]["context"].([]any); len(ctx) != 0 && fmt.Sprint(ctx) == fmt.Sprint(recs[0]["context"]) {
		t.Errorf("PLOVER context of an event without topics copies another's: %v", ctx)
	}
	if a := recs[0]["actor"].(map[string]any); a["country"] != "CHN" || a["sectors"].([]any)[0] != "MIL" {
		t.Errorf("PLOVER actor: %v", a)
	}
	if recs[1]["event_type"] != "ASSAULT" && recs[1]["event_type"] != "COERCE" {
		t.Errorf("PLOVER of 173 (arrest): %v", recs[1]["event_type"])
	}
}

// TestAll exports every event of a real store and reads the CSV back.
// TestAlsoMentions: the other people a side stands for (dyad.Actor.Also)
// are named beside the actor's name in PLOVER and come whole in jsonl; the
// fixed-column formats keep their columns and the first name.
func TestAlsoMentions(t *testing.T) {
	e := events()[0]
	e.Source, e.Target, e.Mention.Target = "CHNMIL", "IRNGOV", dyad.Actor{Code: "IRNGOV", Text: "President Raisi", Span: dyad.Span{Start: 30, End: 45},
		Also: []dyad.Actor{{Code: "IRNGOV", Text: "Defence Minister Ashtiani", Span: dyad.Span{Start: 50, End: 75}, Entry: "MOHAMMAD_REZA_ASHTIANI"}}}
	var buf bytes.Buffer
	w, _ := export.New("plover", &buf)
	w.Write(&e)
	w.Close()
	var rec struct {
		Actor, Recipient struct {
			Name string   `json:"name"`
			Also []string `json:"also"`
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Recipient.Name != "President Raisi" || fmt.Sprint(rec.Recipient.Also) != "[Defence Minister Ashtiani]" || rec.Actor.Also != nil {
		t.Errorf("PLOVER actor %+v, recipient %+v", rec.Actor, rec.Recipient)
	}
	if strings.Contains(strings.SplitN(buf.String(), `"recipient"`, 2)[0], `"also"`) {
		t.Errorf("PLOVER actor without also-mentions writes them: %s", buf.String())
	}

	buf.Reset()
	w, _ = export.New("jsonl", &buf)
	w.Write(&e)
	w.Close()
	if !strings.Contains(buf.String(), `"also":[{"code":"IRNGOV","text":"Defence Minister Ashtiani","span":{"start":50,"end":75},"entry":"MOHAMMAD_REZA_ASHTIANI"}]`) {
		t.Errorf("jsonl without the also-mention: %s", buf.String())
	}

	buf.Reset()
	w, _ = export.New("gdelt", &buf)
	w.Write(&e)
	w.Close()
	line := strings.TrimSuffix(buf.String(), "\n")
	if n := len(strings.Split(line, "\t")); n != len(export.GDELTColumns) {
		t.Errorf("gdelt: %d columns, want %d", n, len(export.GDELTColumns))
	}
	if got := column(t, export.GDELTColumns, line, "Actor2Name"); got != "PRESIDENT RAISI" {
		t.Errorf("gdelt Actor2Name %q, want the first named", got)
	}
}

func TestAll(t *testing.T) {
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "d.db"), sqlite.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var rs []*dyad.Result
	for r := range (storetest.Gen{Seed: 5, Docs: 150}).Results() {
		rs = append(rs, r)
	}
	storetest.Load(t, db, rs, 40)
	m := storetest.NewModel(rs)
	var buf bytes.Buffer
	w, _ := export.New("csv", &buf)
	n, err := export.All(context.Background(), db, dyad.EventFilter{Limit: 33}, w)
	if err != nil || n != len(m.Events) {
		t.Fatalf("All: %d, %v; want %d events", n, err, len(m.Events))
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != n+1 || strings.Join(rows[0], ",") != strings.Join(export.CSVColumns, ",") {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	ids := map[string]bool{}
	for _, r := range rows[1:] {
		if ids[r[0]] {
			t.Fatalf("event %s exported twice", r[0])
		}
		ids[r[0]] = true
		if r[len(r)-1] == "" {
			t.Errorf("event %s without its sentence", r[0])
		}
	}
	if _, err := export.New("xml", &buf); dyad.ErrorKind(err) != dyad.EINVALID {
		t.Errorf("New(xml): %v", err)
	}
}
