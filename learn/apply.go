package learn

import (
	_ "embed"
	"fmt"
	"slices"
	"sync"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
)

// modelFile is the trained model "dyad train" writes.
//
//go:embed data/model.txt
var modelFile []byte

// Default returns the embedded model, parsed at first use and shared.
var Default = sync.OnceValues(func() (*Model, error) {
	m, err := Parse(modelFile)
	if err != nil {
		return nil, fmt.Errorf("embedded learn/data/model.txt: %w", err)
	}
	return m, nil
})

var scorers = sync.Pool{New: func() any { return new(scorer) }}

// Decide is the model's decision on event k of s.
func (m *Model) Decide(s *Sentence, k int) Decision {
	sc := scorers.Get().(*scorer)
	defer scorers.Put(sc)
	return m.decide(sc, s, k, true)
}

// Apply decides every event of s (each read beside all the sentence's
// events as the coder gave them), then gives the events the model
// relabels their new code (and its codebook fields) and removes those it
// drops. It returns s.Events cut to the events kept.
func (m *Model) Apply(s *Sentence) []dyad.Event {
	if len(s.Events) == 0 {
		return s.Events
	}
	sc := scorers.Get().(*scorer)
	defer scorers.Put(sc)
	// Decide all first: the features of one event read the others.
	var small [8]Decision
	ds := small[:0]
	for k := range s.Events {
		ds = append(ds, m.decide(sc, s, k, false))
	}
	out := s.Events[:0]
	for k, e := range s.Events {
		d := ds[k]
		if d.Drop {
			continue
		}
		if d.Code != "" {
			// The pattern keeps the rule that found the event and says
			// the model changed its code, so a reader can trace both.
			e.Pattern += " | learned: " + string(e.Code) + " relabelled " + d.Code
			e.Code = dyad.Code(d.Code)
			e.Name, e.PLOVER, e.Goldstein = "", "", 0
			cameo.Fill(&e)
		}
		out = append(out, e)
	}
	clear(s.Events[len(out):])
	return out
}

// File returns the embedded model file, as "dyad train" wrote it.
func File() []byte { return slices.Clone(modelFile) }
