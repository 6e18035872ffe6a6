package coder

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
)

// mereStatements drops a plain statement (010) about its source's own
// state (toOwnState) or told to a forum (toForum) or to the U.N. Security
// Council or General Assembly in session (toSession), and one when the same
// source, or its own state, has an event of another root in the sentence:
// "Japan's ministry said it had arrested two spies" reports the arrests, and
// the ministry's words are how the news is told, not an act of their own
// beside it. dropSays does this for events of the reported clause; this reads the
// whole sentence, since the parser often hangs the clause elsewhere. An
// accusation of the statement's own target keeps it, as reported.go's
// rules code a statement beside the accusation it reads.
func mereStatements(evs []dyad.Event) []dyad.Event {
	drop := func(e *dyad.Event) bool {
		if e.Code != "010" {
			return false
		}
		if toOwnState(e) || toForum(e) || toSession(e) {
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
	return withoutEvents(evs, drop)
}

// toOwnState reports whether a body or person of a state makes its
// statement to that state itself or to another of its bodies: "the
// signing in Manila was witnessed by President Marcos" (PHLGOV>PHL, the
// place standing for the state), "announced that the army would be cut"
// (CHNGOV>CHNMIL). A plain statement takes its target from what it is
// about; within one state that is a domestic report, not words addressed
// to another actor. Demands, accusations and the like keep their codes.
func toOwnState(e *dyad.Event) bool {
	return e.Source.Code != e.Target.Code && sameCountry(e.Source.Code, e.Target.Code)
}

// forumRoles are the audiences a statement is made through or before: the
// press, a legislature, a court.
var forumRoles = []string{"MED", "LEG", "JUD"}

// toForum reports whether a plain statement's target is a news medium, a
// legislature or a court: "the minister told Reuters", "told parliament",
// "told the International Court of Justice that the charges were false".
// The role alone ("LEG", "JUD", with no state before it) is one too: hasRole
// reads roles after a country's three letters only.
// The words are said through or before them, not addressed to them as an
// actor; what they say is coded, if anything is, by its own pattern, and
// the read sets code no statement to the forum (removal31).
func toForum(e *dyad.Event) bool {
	t := e.Target.Code
	return slices.Contains(forumRoles, t) || hasRole(t, forumRoles)
}

// toSession reports whether a plain statement was told to the U.N.
// Security Council or General Assembly in session: "Mali's foreign minister
// told the U.N. Security Council that the mission had failed", "Trump told
// the U.N. General Assembly that the United States would totally destroy
// North Korea". The body is the forum the speech is made in, as a
// parliament is (toForum); what is said is coded by its own pattern, and
// the read sets code no statement to the body for it (written w-282,
// fresh16 z-038 and z-189, fresh33 aq-024). An appeal or a demand made to
// the Council keeps it as target ("called on the Security Council to
// impose sanctions"), and so does a statement to the United Nations not
// made in one of the two chambers (a letter, a report).
func toSession(e *dyad.Event) bool {
	if !strings.HasPrefix(e.Target.Code, "IGOUNO") || !tellVerb(e.VerbText) {
		return false
	}
	t := e.Target.Text
	return strings.Contains(t, "Security Council") || strings.Contains(t, "General Assembly")
}

// tellVerb reports whether a verb's text is a form of "tell" or "address".
func tellVerb(w string) bool {
	for _, v := range [...]string{"told", "tells", "tell", "telling", "addressed", "addresses", "addressing"} {
		if strings.EqualFold(w, v) {
			return true
		}
	}
	return false
}
