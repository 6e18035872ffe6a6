package http

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/sqlite"
)

// genActor is an actor code and the words a story names it with.
type genActor struct{ code, text string }

var genActors = []genActor{
	{"CHN", "China"}, {"CHNMIL", "Chinese military officials"}, {"IRN", "Iran"},
	{"IRNGOV", "the Iranian government"}, {"SAU", "Saudi Arabia"}, {"USA", "the United States"},
	{"RUS", "Russia"}, {"UKR", "Ukraine"}, {"ISR", "Israel"}, {"TUR", "Turkey"},
	{"IND", "India"}, {"PAK", "Pakistan"}, {"FRA", "France"}, {"DEU", "Germany"},
	{"JPN", "Japan"}, {"KOR", "South Korea"}, {"PRK", "North Korea"}, {"EGY", "Egypt"},
	{"NGA", "Nigeria"}, {"BRA", "Brazil"}, {"UNO", "the United Nations"}, {"EUR", "the European Union"},
}

// genVerb is a CAMEO code and the verb phrase that codes it, with the
// topics the tagger would find in it.
type genVerb struct {
	code   dyad.Code
	verb   string
	topics []string
}

var genVerbs = []genVerb{
	{"036", "expressed its intent to meet", nil}, {"042", "sent a delegation to", []string{"MILCOOP/DELEGATION"}}, {"051", "praised", nil},
	{"061", "signed a trade deal with", nil}, {"071", "sent aid to", nil}, {"112", "accused", nil},
	{"130", "threatened", nil}, {"138", "threatened military action against", nil}, {"163", "imposed an embargo on", []string{"ARMS/EMBARGO", "SANCTIONS"}},
	{"190", "attacked", nil}, {"195", "launched air strikes against", []string{"AIRSTRIKE"}},
}

// genStory writes one news story of n sentences, each coding one event, and
// the results the coder would give for it. The events' spans point into the
// story's text; sentence dates run from day.
func genStory(rng *rand.Rand, id string, day time.Time, n int, pick func() (genActor, genActor)) *dyad.Result {
	var b strings.Builder
	d := &dyad.Document{
		ID:     id,
		URL:    "https://news.example.org/" + id,
		Title:  "Report " + id,
		Source: []string{"Agence Exemple", "Daily Example", "Example Wire"}[rng.IntN(3)],
		Date:   day,
		Lang:   "en",
		Format: "jsonl",
		Input:  "gen.jsonl",
	}
	var evs []dyad.Event
	for i := 0; i < n; i++ {
		src, tgt := pick()
		v := genVerbs[rng.IntN(len(genVerbs))]
		start := b.Len()
		srcText := strings.ToUpper(src.text[:1]) + src.text[1:]
		b.WriteString(srcText)
		srcSpan := dyad.Span{Start: start, End: b.Len()}
		b.WriteString(" ")
		verbStart := b.Len()
		b.WriteString(v.verb)
		verbSpan := dyad.Span{Start: verbStart, End: b.Len()}
		b.WriteString(" ")
		tgtStart := b.Len()
		b.WriteString(tgt.text)
		tgtSpan := dyad.Span{Start: tgtStart, End: b.Len()}
		b.WriteString(", officials said on " + day.Weekday().String() + ".")
		sent := dyad.Sentence{Doc: id, Index: i, ID: fmt.Sprintf("%s#%d", id, i+1), Span: dyad.Span{Start: start, End: b.Len()}, Date: day}
		sent.Text = b.String()[start:]
		d.Sentences = append(d.Sentences, sent)
		ev := dyad.Event{
			ID: sent.ID + "/1", Doc: id, SentenceID: sent.ID, Sentence: i,
			Source: dyad.Actor{Code: src.code, Text: srcText, Span: srcSpan, Entry: src.text, Dict: "actors.txt"},
			Target: dyad.Actor{Code: tgt.code, Text: tgt.text, Span: tgtSpan, Entry: tgt.text, Dict: "actors.txt"},
			Code:   v.code, Date: day, DatePrecision: dyad.PrecisionDocument,
			Verb: verbSpan, VerbText: v.verb, Pattern: "verbs.txt:1: " + v.verb,
			Text: sent.Text, Topics: v.topics,
		}
		cameo.Fill(&ev)
		evs = append(evs, ev)
		b.WriteString(" ")
	}
	b.WriteString("The talks are expected to continue next week.")
	d.Text = b.String()
	return &dyad.Result{Doc: d, Events: evs}
}

// genStore fills a new SQLite store at path with about events events in
// stories of four, dated over the years from 2015 on, and returns it open.
func genStore(tb testing.TB, path string, events int) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(path, sqlite.Options{Create: true})
	if err != nil {
		tb.Fatal(err)
	}
	ctx := context.Background()
	run, err := db.BeginRun(ctx, dyad.Run{Started: time.Now(), Inputs: []string{"gen.jsonl"}})
	if err != nil {
		tb.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, uint64(events)))
	// Skewed pairs, as in real news: a few dyads carry most events.
	pick := func() (genActor, genActor) {
		i := int(float64(len(genActors)) * rng.Float64() * rng.Float64())
		j := rng.IntN(len(genActors) - 1)
		if j >= i {
			j++
		}
		return genActors[i], genActors[j]
	}
	first := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	days := 365 * 10
	var batch []*dyad.Result
	for n := 0; n < events; n += 4 {
		day := first.AddDate(0, 0, rng.IntN(days))
		batch = append(batch, genStory(rng, fmt.Sprintf("g%08d", n/4), day, 4, pick))
		if len(batch) == 1000 {
			if _, err := db.PutResults(ctx, run, batch); err != nil {
				tb.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if _, err := db.PutResults(ctx, run, batch); err != nil {
		tb.Fatal(err)
	}
	if err := db.FinishRun(ctx, run, dyad.RunSummary{Finished: time.Now(), Events: events}); err != nil {
		tb.Fatal(err)
	}
	return db
}

// fixture is the small store of the API and browser tests: China's dealings
// with Iran and Saudi Arabia in 2023, told by stories whose sentences and
// spans are known, two of them near-duplicates of one cluster.
type fixture struct {
	db      *sqlite.DB
	results []*dyad.Result
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"), sqlite.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	run, err := db.BeginRun(ctx, dyad.Run{Started: time.Now(), Inputs: []string{"fixture.jsonl"}})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var rs []*dyad.Result
	for m := 1; m <= 12; m++ {
		for k := 0; k < 3; k++ {
			day := time.Date(2023, time.Month(m), 3+7*k, 0, 0, 0, 0, time.UTC)
			tgt := genActors[2] // IRN
			if k == 2 {
				tgt = genActors[4] // SAU
			}
			src := genActors[0]
			if m%3 == 0 {
				src = genActors[1] // CHNMIL
			}
			rs = append(rs, genStory(rng, fmt.Sprintf("d%02d%d", m, k), day, 2, func() (genActor, genActor) { return src, tgt }))
		}
	}
	// Two agencies carrying one story: same cluster, same event.
	dup := genStory(rand.New(rand.NewPCG(9, 9)), "dup-a", time.Date(2023, 6, 15, 0, 0, 0, 0, time.UTC), 1,
		func() (genActor, genActor) { return genActors[5], genActors[6] })
	dup.Doc.Cluster = "story-1"
	dup2 := genStory(rand.New(rand.NewPCG(9, 9)), "dup-b", time.Date(2023, 6, 15, 0, 0, 0, 0, time.UTC), 1,
		func() (genActor, genActor) { return genActors[5], genActors[6] })
	dup2.Doc.Cluster = "story-1"
	dup2.Doc.Source = "Other Wire"
	rs = append(rs, dup, dup2)
	// A story with non-ASCII text before the event, so byte and character
	// offsets differ.
	u := genStory(rng, "utf8", time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC), 1,
		func() (genActor, genActor) { return genActors[7], genActors[6] })
	shiftDoc(u, "Kyiv — «Update» ")
	rs = append(rs, u)
	if _, err := db.PutResults(ctx, run, rs); err != nil {
		t.Fatal(err)
	}
	return &fixture{db: db, results: rs}
}

// shiftDoc puts prefix before the text of r and moves every span after it.
func shiftDoc(r *dyad.Result, prefix string) {
	n := len(prefix)
	r.Doc.Text = prefix + r.Doc.Text
	for i := range r.Doc.Sentences {
		s := &r.Doc.Sentences[i]
		s.Span.Start += n
		s.Span.End += n
	}
	for i := range r.Events {
		e := &r.Events[i]
		e.Source.Span.Start += n
		e.Source.Span.End += n
		e.Target.Span.Start += n
		e.Target.Span.End += n
		e.Verb.Start += n
		e.Verb.End += n
	}
}
