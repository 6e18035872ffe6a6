package coder

import "github.com/dyadproject/dyad"

// mereStatements drops a plain statement (010) addressed to its source's
// own country (toOwnCountry), and one when the same source, or its
// own state, has an event of another root in the sentence: "Japan's
// ministry said it had arrested two spies" reports the arrests, and the
// ministry's words are how the news is told, not an act of their own beside
// it. dropSays does this for events of the reported clause; this reads the
// whole sentence, since the parser often hangs the clause elsewhere. An
// accusation of the statement's own target keeps it, as reported.go's
// rules code a statement beside the accusation it reads.
func mereStatements(evs []dyad.Event) []dyad.Event {
	drop := func(e *dyad.Event) bool {
		if e.Code != "010" {
			return false
		}
		if toOwnCountry(e) {
			return true
		}
		for k := range evs {
			r := evs[k].Code.Root()
			if r == "01" || !sameCountry(evs[k].Source.Code, e.Source.Code) {
				continue
			}
			if r == "11" && evs[k].Target.Code == e.Target.Code {
				continue // "Syria said Israel had attacked Lebanon": statement and accusation
			}
			return true
		}
		return false
	}
	var out []dyad.Event
	for k := range evs {
		if !drop(&evs[k]) {
			out = append(out, evs[k])
		}
	}
	return out
}

// toOwnCountry reports whether a body or person of a state makes its
// statement to that state itself, named bare: "the signing in Manila was
// witnessed by President Marcos" (PHLGOV>PHL), "the agency said that Abuja
// would recover the money" (NGAGOV>NGA). A state's own country is no
// addressee of its officials' words; the target came from a place or a
// capital standing for the state.
func toOwnCountry(e *dyad.Event) bool {
	t := e.Target.Code
	return len(t) == 3 && e.Source.Code != t && sameCountry(e.Source.Code, t)
}
