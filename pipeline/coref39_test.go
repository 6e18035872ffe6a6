package pipeline_test

import (
	"context"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// TestObjectPronounInItsSentence: in an article of several sentences an
// object pronoun takes the person its own sentence names (participle39's
// "shot a fisherman, wounding him" went to an actor two sentences back)
// and is never its own clause's subject ("He thanked him": "him" is not
// whoever "he" is). A pronoun whose sentence names no one still reaches
// back. A description coded with an agent alone ("the ministry") takes the
// actor it describes.
func TestObjectPronounInItsSentence(t *testing.T) {
	p := newPipeline(t)
	tests := []struct {
		text      string
		want, not string // "SRC>TGT CODE" that must be / must not be coded
	}{
		{"The Red Cross urged restraint in the border region. Kenyan troops shot a Somali fisherman near the coast on Tuesday, wounding him.",
			"KENMIL>SOMAGR 180", "KENMIL>NGOHLHIRC 180"},
		{"Amnesty International urged restraint on Monday. Ethiopian soldiers shot a student in Gondar on Tuesday, killing him.",
			"ETHMIL>ETHEDU 190", "ETHMIL>NGOHRIAMN 190"},
		{"French President Emmanuel Macron called Russian President Vladimir Putin on Monday. He thanked him for the call.",
			"FRAGOV>RUSGOV 051", ""},
		{"German Chancellor Olaf Scholz called Chinese President Xi Jinping on Monday. He criticised him over trade.",
			"DEUGOV>CHNGOV 111", ""},
		// "The ministry" (an agent, no country) is the ministry named before,
		// not the country of another actor in its sentence.
		{"China's defence ministry warned Taiwan on Monday. The ministry accused Washington of arming the island.",
			"CHNGOV>USA 112", "USAGOV>USA 112"},
		{"Iran's foreign ministry summoned the French envoy on Sunday. The ministry condemned the French president's remarks.",
			"IRNGOV>FRAGOV 111", ""},
		// Back-references that must keep resolving.
		{"German Chancellor Olaf Scholz visited Kyiv on Thursday. Ukrainian President Volodymyr Zelenskiy thanked him for the support.",
			"UKRGOV>DEUGOV 051", ""},
		{"French President Emmanuel Macron visited Kyiv on Thursday. He said Ukrainian President Volodymyr Zelenskiy had thanked him.",
			"UKRGOV>FRAGOV 051", ""},
	}
	for _, tt := range tests {
		doc := &dyad.Document{ID: "d", Text: tt.text, Date: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)}
		res, err := p.Process(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, e := range res.Events {
			got[e.Source.Code+">"+e.Target.Code+" "+string(e.Code)] = true
		}
		if !got[tt.want] {
			t.Errorf("%q: no %s in %v", tt.text, tt.want, got)
		}
		if tt.not != "" && got[tt.not] {
			t.Errorf("%q: %s coded", tt.text, tt.not)
		}
	}
}
