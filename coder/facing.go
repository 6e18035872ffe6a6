package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// predicaments drops a meeting (040) or a meeting planned (036) coded from
// "face" or "brave": the verbs sit in MEET_PEOPLE beside ENCOUNTER, but in
// news they name a predicament ("faced charges from the federal government",
// "as both countries face an increasingly assertive China", "braved
// sanctions"), not a meeting. Their own patterns of other codes ("face
// criticism from" 111, "face pressure to release" 1053) stay.
func predicaments(evs []dyad.Event) []dyad.Event {
	out := evs[:0]
	for _, e := range evs {
		if (e.Code == "040" || e.Code == "036") && facing(e.VerbText) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// facing reports whether verb text is a form of "face" or "brave".
func facing(v string) bool {
	switch strings.ToUpper(strings.TrimSpace(v)) {
	case "FACE", "FACES", "FACED", "FACING", "BRAVE", "BRAVES", "BRAVED", "BRAVING":
		return true
	}
	return false
}
