// Package devset turns the dev halves of the news sets into training
// data for package learn — items, labels, folds — and measures models on
// them: headroom oracles and cross-validation. Only "dyad train" and
// tests import it; the pipeline needs only package learn.
package devset

import (
	"context"
	"fmt"
	"github.com/dyadproject/dyad/learn"
	"hash/crc32"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/eval"
)

// TrainingSets are the news sets (testdata/news/NAME.tsv) whose dev halves
// the embedded model is trained on: every read set of the README's table,
// the 28 read while tuning dyad in session thirteen (docs/notes/learn.md,
// round twenty-nine) and fresh30 to fresh43, read from session fourteen on
// and added in session twenty under declaration (m) (docs/notes/news.md;
// docs/notes/learn.md, round thirty-six). The shipped model is "dyad train
// --setting 1,0.1,0.9" on these sets. The sets kept unread as the unseen
// measure (fresh4, fresh6, fresh7 and those written blind later) must
// never be among them, nor a second annotator's file;
// TestTrainingSetsAreRead checks the list against the README's table.
var TrainingSets = []string{
	"cameo_examples", "written", "fresh", "fresh2", "fresh3", "fresh5",
	"fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14",
	"fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21",
	"fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28",
	"fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35",
	"fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42",
	"fresh43",
}

// Item is one annotated news example as training reads it: its id (the
// set's file name, a colon, the row id), its gold events and the
// sentences the pipeline split it into, each with the events the coder
// gave it.
type Item struct {
	ID        string
	RowID     string // the id in the set, which chooses the half
	Gold      []eval.Triple
	Sentences []learn.Sentence
}

// events returns the events of all the item's sentences, in order.
func (it *Item) events() []dyad.Event {
	var all []dyad.Event
	for _, s := range it.Sentences {
		all = append(all, s.Events...)
	}
	return all
}

// Collect codes each example of exs with proc (a pipeline made with
// pipeline.Config.NoLearn: the model trains on the rule coder's own
// events) and returns the items. It refuses an example of the held half:
// the trainer reads dev halves only.
func Collect(ctx context.Context, set string, exs []eval.NewsExample, proc dyad.Processor) ([]Item, error) {
	items := make([]Item, 0, len(exs))
	for i := range exs {
		ex := &exs[i]
		if h := eval.Half(ex.Rows[0].ID); h != eval.HalfDev {
			return nil, fmt.Errorf("devset: %s:%s is in the %s half; training reads the dev half only", set, ex.Rows[0].ID, h)
		}
		doc := &dyad.Document{ID: ex.ID, Text: ex.Sentence}
		if ex.Date != "" {
			d, err := dyad.ParseDate(ex.Date)
			if err != nil {
				return nil, fmt.Errorf("devset: %s:%s: %w", set, ex.Rows[0].ID, err)
			}
			doc.Date = d
		}
		res, err := proc.Process(ctx, doc)
		if err != nil {
			return nil, fmt.Errorf("devset: %s:%s: %w", set, ex.Rows[0].ID, err)
		}
		it := Item{ID: set + ":" + ex.Rows[0].ID, RowID: ex.Rows[0].ID, Gold: ex.Gold}
		if res.Reject == nil {
			for _, s := range doc.Sentences {
				sen := learn.Sentence{Text: s.Text, Start: s.Span.Start}
				for _, e := range res.Events {
					if e.Sentence == s.Index {
						sen.Events = append(sen.Events, e)
					}
				}
				if len(sen.Events) > 0 {
					it.Sentences = append(it.Sentences, sen)
				}
			}
		}
		items = append(items, it)
	}
	return items, nil
}

// Fold is the cross-validation fold (0..n-1) of an item: its row id's
// CRC-32 without the bit that chose its half.
func Fold(it *Item, n int) int {
	return int((crc32.ChecksumIEEE([]byte(it.RowID)) >> 1) % uint32(n))
}

// Examples gives the training examples of items: one per event, labelled
// against the item's gold (Label).
func Examples(items []Item) []learn.Example {
	var out []learn.Example
	for i := range items {
		it := &items[i]
		all := it.events()
		labels := Label(it.Gold, all)
		w := weight(len(all))
		it.eachEvent(func(s *learn.Sentence, k, n int) {
			out = append(out, learn.Example{Features: learn.Features(s, k), Label: labels[n], Code: string(s.Events[k].Code), Key: learn.CandidateKey(&s.Events[k]), Weight: w})
		})
	}
	return out
}

// weight is the training weight of each example of an item with n events,
// min(1, 4/n): one sentence listing 42 signatory pairs does not outweigh
// the rest (docs/notes/learn.md, "Learner").
func weight(n int) float64 {
	return min(1, 4/float64(n))
}

// eachEvent calls f for each event of it in order, with its sentence, its
// index there and n, its index among all the item's events — the index
// Label's and RoleLabels' answers go by.
func (it *Item) eachEvent(f func(s *learn.Sentence, k, n int)) {
	n := 0
	for si := range it.Sentences {
		s := &it.Sentences[si]
		for k := range s.Events {
			f(s, k, n)
			n++
		}
	}
}

// Cases scores items with each event's decision: decide(i, n) is called
// once per event, for the n-th event (counted across its sentences) of
// item i, and a nil decide keeps the coder's events.
func Cases(items []Item, decide func(i, n int) learn.Decision) []eval.Case {
	cases := make([]eval.Case, 0, len(items))
	for i := range items {
		it := &items[i]
		c := eval.Case{ID: it.ID, Category: eval.NoEventCategory, Gold: it.Gold}
		if len(it.Gold) > 0 {
			c.Category = it.Gold[0].Code[:min(2, len(it.Gold[0].Code))]
		}
		c.Predicted = []eval.Triple{}
		n := 0 // the event's place among the item's events
		for si := range it.Sentences {
			s := &it.Sentences[si]
			for k := range s.Events {
				e := &s.Events[k]
				t := eval.Triple{Source: e.Source.Code, Target: e.Target.Code, Code: string(e.Code)}
				n++
				if decide != nil {
					d := decide(i, n-1)
					if d.Drop {
						continue
					}
					if d.Code != "" {
						t.Code = d.Code
					}
				}
				c.Predicted = append(c.Predicted, t)
			}
		}
		cases = append(cases, c)
	}
	return cases
}
