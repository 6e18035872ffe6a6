package coder

import "github.com/dyadproject/dyad"

// spyWords name espionage or treason in the words after an arrest.
var spyWords = map[string]bool{
	"SPYING": true, "ESPIONAGE": true, "SPIES": true, "TREASON": true,
}

// spyServices are intelligence services a person arrested may be said to
// work for or pass information to ("working for Russia's FSB").
var spyServices = map[string]bool{
	"INTELLIGENCE": true, "FSB": true, "GRU": true, "SVR": true, "KGB": true,
	"MOSSAD": true, "CIA": true, "MI6": true,
}

// spyingArrests adds, to an arrest (173) or charges filed (115, charge.go)
// whose words after the verb say the arrested are suspected or accused of
// espionage ("arrested two men suspected of spying for Russia", "on
// suspicion of espionage", "accused of passing information to Russian
// intelligence", "charged with espionage"), the accusation of espionage it
// carries: 1125 Accuse of espionage, treason, from the
// arresting actor at the arrested, as the codebook's own 1125 example
// codes an arrest for spying and the news sets code it (testdata/news:
// "an arrest for suspected spying carries a 1125 row against the arrested
// besides the 173"). An arrest that already has its 1125 is left alone.
func (s *sent) spyingArrests(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	for k := 0; k < n; k++ {
		e := evs[k]
		if e.Code != "173" && e.Code != "115" { // 115: charges for spying (charge.go)
			continue
		}
		v := s.leafAt(e.Verb.Start)
		if v < 0 {
			continue
		}
		w := s.spyCue(v + 1)
		if w < 0 || hasEvent(evs, e.Source.Code, e.Target.Code, "1125") {
			continue
		}
		evs = append(evs, dyad.Event{
			Source:   e.Source,
			Target:   e.Target,
			Code:     "1125",
			Verb:     s.span(w, w),
			VerbText: s.text(w, w),
			Pattern:  "espionage named in an arrest (coder/spying.go)",
		})
	}
	return evs
}

// spyCue returns the leaf from i on, before the sentence's next clause of
// its own (a semicolon), that names espionage, or -1.
func (s *sent) spyCue(i int) int {
	for j := i; j < len(s.words); j++ {
		w := s.words[j]
		if w == ";" {
			break
		}
		if spyWords[w] || w == "SPY" && s.tags[j] == "NN" {
			return j
		}
		if (w == "FOR" || w == "TO") && s.serviceAfter(j+1) {
			return j
		}
	}
	return -1
}

// serviceAfter reports whether an intelligence service is named within
// the four words from leaf i.
func (s *sent) serviceAfter(i int) bool {
	for j := i; j < len(s.words) && j < i+4; j++ {
		if spyServices[s.words[j]] {
			return true
		}
	}
	return false
}
