package storetest

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
)

// Gen describes a generated corpus of coded documents. The same Gen always
// yields the same documents.
type Gen struct {
	Seed      uint64
	Docs      int // documents
	Sentences int // sentences per document (default 4)
	// Events per sentence is 0, 1 or 2 at random, about one on average.
	Cluster int       // documents per story cluster at most (default 3); 1 for none
	Start   time.Time // first publication date (default 2015-01-01)
	Days    int       // spread of dates in days (default 3650)
}

var (
	genCountries = []string{"USA", "CHN", "IRN", "RUS", "ISR", "SAU", "GBR", "FRA", "IND", "PAK", "TUR", "EGY"}
	genNames     = map[string]string{"USA": "Washington", "CHN": "Beijing", "IRN": "Tehran", "RUS": "Moscow",
		"ISR": "Israel", "SAU": "Riyadh", "GBR": "London", "FRA": "Paris", "IND": "New Delhi", "PAK": "Islamabad",
		"TUR": "Ankara", "EGY": "Cairo"}
	genRoles     = []string{"", "", "GOV", "MIL", "BUS", "OPP"}
	genRoleWords = map[string]string{"": "", "GOV": "government", "MIL": "army", "BUS": "companies", "OPP": "opposition"}
	genSources   = []string{"Reuters", "AP", "AFP", "Xinhua", "BBC", "Al Jazeera", "TASS"}
	genTopics    = []string{"ARMS", "ARMS/DRONE", "SANCTIONS", "MILCOOP/EXERCISE", "DRONE"}
	genWords     = []string{"talks", "border", "oil", "sanctions", "delegation", "missile", "trade", "summit", "aid", "troops"}
)

// Results yields the generated documents, each with its sentences and events.
func (g Gen) Results() iter.Seq[*dyad.Result] {
	if g.Sentences <= 0 {
		g.Sentences = 4
	}
	if g.Cluster <= 0 {
		g.Cluster = 3
	}
	if g.Start.IsZero() {
		g.Start = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if g.Days <= 0 {
		g.Days = 3650
	}
	codes := cameo.Codes()
	return func(yield func(*dyad.Result) bool) {
		r := rand.New(rand.NewPCG(g.Seed, 0x64796164))
		var story []plan // the events of the current story cluster
		cluster, left := "", 0
		var day time.Time
		for i := 0; i < g.Docs; i++ {
			if left == 0 {
				left = 1 + r.IntN(g.Cluster)
				cluster = fmt.Sprintf("c%07d", i)
				story = story[:0]
				day = g.Start.AddDate(0, 0, r.IntN(g.Days))
				for k := 0; k < g.Sentences; k++ {
					story = append(story, randomPlan(r, codes, day))
				}
			}
			left--
			doc := &dyad.Document{
				ID:     fmt.Sprintf("gen%08d", i),
				Source: genSources[r.IntN(len(genSources))],
				Date:   day,
				Format: "jsonl",
				Input:  "gen.jsonl",
			}
			doc.URL = "https://news.example/" + doc.ID
			doc.Title = "Story " + cluster
			if g.Cluster > 1 {
				doc.Cluster = cluster
			}
			doc.InputOffset = int64(i) * 100
			res := &dyad.Result{Doc: doc}
			var text strings.Builder
			for k := 0; k < g.Sentences; k++ {
				p := story[k]
				if r.IntN(4) == 0 { // a sentence of its own, not shared by the story
					p = randomPlan(r, codes, p.date)
				}
				s := dyad.Sentence{Doc: doc.ID, Index: k, ID: fmt.Sprintf("%s#%d", doc.ID, k+1), Date: p.date}
				s.Span.Start = text.Len()
				srcText := genNames[p.src[:3]] + roleWord(p.src)
				tgtText := genNames[p.tgt[:3]] + roleWord(p.tgt)
				s.Text = fmt.Sprintf("%s %s %s over %s.", srcText, strings.ToLower(p.name), tgtText, genWords[r.IntN(len(genWords))])
				text.WriteString(s.Text)
				s.Span.End = text.Len()
				text.WriteString(" ")
				doc.Sentences = append(doc.Sentences, s)
				for n := 0; n < p.events; n++ {
					ev := dyad.Event{
						ID: fmt.Sprintf("%s/%d", s.ID, n+1), Doc: doc.ID, SentenceID: s.ID, Sentence: k,
						Source:        dyad.Actor{Code: p.src, Text: srcText, Span: dyad.Span{Start: s.Span.Start, End: s.Span.Start + len(srcText)}},
						Target:        dyad.Actor{Code: p.tgt, Text: tgtText},
						Code:          p.code,
						Date:          p.date,
						DatePrecision: dyad.PrecisionDay,
						Text:          s.Text,
						Pattern:       "verbs.txt:1: " + strings.ToLower(p.name),
					}
					if n == 1 { // a second event of the sentence: the reverse dyad
						ev.Source, ev.Target = dyad.Actor{Code: p.tgt, Text: tgtText}, dyad.Actor{Code: p.src, Text: srcText}
					}
					cameo.Fill(&ev)
					if p.topic != "" {
						ev.Topics = []string{p.topic}
					}
					res.Events = append(res.Events, ev)
				}
			}
			doc.Text = text.String()
			if !yield(res) {
				return
			}
		}
	}
}

// plan is one sentence's event, shared by the documents of a story.
type plan struct {
	src, tgt string
	code     dyad.Code
	name     string
	date     time.Time
	topic    string
	events   int
}

func randomPlan(r *rand.Rand, codes []dyad.Code, day time.Time) plan {
	p := plan{date: day}
	p.src = genCountries[r.IntN(len(genCountries))] + genRoles[r.IntN(len(genRoles))]
	for {
		p.tgt = genCountries[r.IntN(len(genCountries))] + genRoles[r.IntN(len(genRoles))]
		if p.tgt[:3] != p.src[:3] {
			break
		}
	}
	p.code = codes[r.IntN(len(codes))]
	info, _ := cameo.Lookup(p.code)
	p.name = info.Name
	if r.IntN(3) == 0 {
		p.topic = genTopics[r.IntN(len(genTopics))]
	}
	switch x := r.IntN(10); {
	case x < 3:
		p.events = 0
	case x < 9:
		p.events = 1
	default:
		p.events = 2
	}
	if r.IntN(5) == 0 { // dated a few days before publication
		p.date = p.date.AddDate(0, 0, -r.IntN(5))
	}
	return p
}

func roleWord(code string) string {
	if w := genRoleWords[code[3:]]; w != "" {
		return " " + w
	}
	return ""
}
