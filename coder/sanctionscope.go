package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// sanctionScopes drops an attack read from the verb "target" when the same
// source, or its own state, reduces relations (root 16: sanctions, an
// embargo) with the same country in the sentence: in "the EU imposed
// sanctions on Russia, targeting its state banks" the participle names
// what the sanctions hit, and the sanction is the event; nobody fought.
// The read sets code the sanction alone (ai-021, ak-139, ak-144). The scan
// comes first so that a sentence with nothing to drop builds no closure.
func sanctionScopes(evs []dyad.Event) []dyad.Event {
	for k := range evs {
		if sanctionScope(evs, &evs[k]) {
			return withoutEvents(evs, func(e *dyad.Event) bool { return sanctionScope(evs, e) })
		}
	}
	return evs
}

// sanctionScope reports whether e is an attack read from "target" beside a
// root-16 event of its source's state against its target's country.
func sanctionScope(evs []dyad.Event, e *dyad.Event) bool {
	if e.Code.Root() != "19" || len(e.VerbText) < 6 || !strings.EqualFold(e.VerbText[:6], "target") {
		return false
	}
	for k := range evs {
		if evs[k].Code.Root() == "16" && sameCountry(evs[k].Source.Code, e.Source.Code) &&
			sameCountry(evs[k].Target.Code, e.Target.Code) {
			return true
		}
	}
	return false
}
