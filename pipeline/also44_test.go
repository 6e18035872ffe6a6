package pipeline

import (
	"context"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// Round thirty-eight (also44): a sentence keeps one event per (source,
// target, code) triple (declaration (u)), and the kept event keeps, on the
// side concerned, every other mention a dropped copy named (Actor.Also),
// so each person the event stands for is traceable to its bytes, entry and
// term. The sentences are written for these tests.

// alsoEvents codes text as one document dated 1 May 2024 and returns its
// events and the document text their spans index.
func alsoEvents(t *testing.T, p *Pipeline, text string) ([]dyad.Event, string) {
	t.Helper()
	doc := &dyad.Document{ID: "also44", Text: text, Date: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)}
	res, err := p.Process(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return res.Events, res.Doc.Text
}

// TestAlsoTwoMinisters: "signed the accord with Foreign Minister A and
// Defence Minister B" is one AUSGOV → JPNGOV 057 (and its mirror) naming
// Kamikawa, with Kihara as the also-mention of the Japanese side — his own
// words, entry and term — with the rule coder and with the models.
func TestAlsoTwoMinisters(t *testing.T) {
	const text = "Australian Prime Minister Anthony Albanese signed the accord with Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara in Canberra on Tuesday."
	withModels, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for name, p := range map[string]*Pipeline{"rule coder": ruleCoder(t), "with models": withModels} {
		evs, doc := alsoEvents(t, p, text)
		var n int
		for _, e := range evs {
			if e.Code != "057" {
				continue
			}
			n++
			jpn, aus := &e.Target, &e.Source
			if e.Source.Code == "JPNGOV" {
				jpn, aus = aus, jpn
			}
			if jpn.Code != "JPNGOV" || jpn.Entry != "YOKO_KAMIKAWA" || aus.Also != nil {
				t.Errorf("%s: %s → %s (%s), also %+v; want Kamikawa's side and no also on Albanese's", name, e.Source.Code, e.Target.Code, jpn.Entry, aus.Also)
				continue
			}
			if len(jpn.Also) != 1 {
				t.Errorf("%s: %s → %s stands for %+v, want Kihara", name, e.Source.Code, e.Target.Code, jpn.Also)
				continue
			}
			a := jpn.Also[0]
			if a.Code != "JPNGOV" || a.Entry != "MINORU_KIHARA" || a.Since == "" || a.Text != doc[a.Span.Start:a.Span.End] || a.Text != "Defence Minister Minoru Kihara" {
				t.Errorf("%s: Kihara %+v", name, a)
			}
		}
		if n != 2 {
			t.Errorf("%s: %d events of 057, want 2 (one each way)", name, n)
		}
	}
}

// TestAlsoSameMention: a copy naming the same mention as the kept event
// adds nothing. "&TREATY WITH +" fires once per listed Japanese minister,
// and both copies name the one target, "their Australian counterparts":
// the source keeps Kamikawa as its also-mention, the target none.
func TestAlsoSameMention(t *testing.T) {
	const text = "Japanese Prime Minister Fumio Kishida and Foreign Minister Yoko Kamikawa signed a defence pact with their Australian counterparts in Tokyo on Monday."
	evs, _ := alsoEvents(t, ruleCoder(t), text)
	for _, e := range evs {
		if e.Source.Code == "JPNGOV" && e.Target.Code == "AUSGOV" && e.Code == "057" {
			if e.Target.Also != nil {
				t.Errorf("the counterparts are one mention, also %+v", e.Target.Also)
			}
			if len(e.Source.Also) != 1 || e.Source.Also[0].Entry != "YOKO_KAMIKAWA" {
				t.Errorf("Kishida's side stands for %+v, want Kamikawa", e.Source.Also)
			}
			return
		}
	}
	t.Errorf("no JPNGOV → AUSGOV 057 in %+v", evs)
}

// alsoActor is an actor of code c named by bytes [start, end).
func alsoActor(c string, start, end int) dyad.Actor {
	return dyad.Actor{Code: c, Span: dyad.Span{Start: start, End: end}}
}

// TestUniqueTriplesAlso: a copy's side naming another span is kept as an
// also-mention, once; the same span (two patterns, or one firing twice, on
// one mention) adds nothing; the also-mentions of a dropped event that had
// its own come along; and a sentence with no copy allocates nothing.
func TestUniqueTriplesAlso(t *testing.T) {
	ev := func(src, tgt dyad.Actor, pattern string) dyad.Event {
		return dyad.Event{Source: src, Target: tgt, Code: "040", Pattern: pattern}
	}
	chn, raisi, bagheri, ashtiani := alsoActor("CHNMIL", 0, 10), alsoActor("IRNGOV", 20, 30), alsoActor("IRNGOV", 40, 50), alsoActor("IRNGOV", 60, 70)

	// A pattern firing twice, and a second pattern, on one mention.
	got := uniqueTriples([]dyad.Event{ev(chn, raisi, "a"), ev(chn, raisi, "a"), ev(chn, raisi, "b")})
	if len(got) != 1 || got[0].Source.Also != nil || got[0].Target.Also != nil {
		t.Errorf("same mention: %+v, want one event, no also", got)
	}

	// Two other mentions, one of them twice.
	got = uniqueTriples([]dyad.Event{ev(chn, raisi, "a"), ev(chn, bagheri, "a"), ev(chn, ashtiani, "a"), ev(chn, bagheri, "b")})
	if len(got) != 1 || got[0].Source.Also != nil || len(got[0].Target.Also) != 2 ||
		got[0].Target.Also[0].Span != bagheri.Span || got[0].Target.Also[1].Span != ashtiani.Span {
		t.Errorf("two others: %+v, want Raisi with Bagheri and Ashtiani", got)
	}

	// A dropped event that stood for others passes them on, without its
	// own kept span twice.
	withAlso := raisi
	withAlso.Span = dyad.Span{Start: 80, End: 90}
	withAlso.Also = []dyad.Actor{ashtiani, raisi}
	got = uniqueTriples([]dyad.Event{ev(chn, raisi, "a"), ev(chn, withAlso, "b")})
	if len(got) != 1 || len(got[0].Target.Also) != 2 || got[0].Target.Also[0].Span != withAlso.Span || got[0].Target.Also[1].Span != ashtiani.Span || got[0].Target.Also[0].Also != nil {
		t.Errorf("passed on: %+v", got[0].Target.Also)
	}

	// No copies, no allocation.
	other := alsoActor("IRNMIL", 40, 50)
	evs := []dyad.Event{ev(chn, raisi, "a"), ev(chn, other, "a"), ev(raisi, chn, "a")}
	if n := testing.AllocsPerRun(100, func() { uniqueTriples(evs) }); n != 0 {
		t.Errorf("uniqueTriples with no copies: %v allocs, want 0", n)
	}
}
