package coder

import "strings"

// otherBearer reports whether the one-word actor phrase at word i, a
// person's surname alone (the office-holder overlay's "+BENNETT_" under
// NAFTALI_BENNETT_), names someone else who bears it: the word before is a
// given name the entry never writes ("U.N. envoy Richard Bennett" is not
// Naftali Bennett, "Ivanka Trump" not the president), or the sentence named
// such a person in full before ("Richard Bennett ... Bennett said"). A title
// ("Prime Minister Bennett"), a country ("Israel's Bennett") or a given
// name the entry knows keep the match.
func (s *sent) otherBearer(ws []string, idx, i int) bool {
	e := &s.c.d.Actors.Entries[idx]
	if len(e.Dated) == 0 || !endsWithWord(e.Phrase, ws[i]) {
		return false
	}
	if s.strangeGiven(ws, idx, i) {
		return true
	}
	for j := 1; j < i; j++ {
		if ws[j] == ws[i] && s.strangeGiven(ws, idx, j) {
			return true
		}
	}
	return false
}

// strangeGiven reports whether the word before the surname at j is a
// capitalised proper name that is no day or month, no title, no actor's
// name and none of the entry's given names.
func (s *sent) strangeGiven(ws []string, idx, j int) bool {
	g := j - 1
	if g < 0 || s.tags[g] != "NNP" || !givenShape(s.leaves[g].Word) || timeWords[ws[g]] || honorifics[ws[g]] || leaderTitles[ws[g]] {
		return false // "rejected on Friday Putin's offer", "General Tiani"
	}
	d := s.c.d
	if d.Actors.GivenName(idx, ws[g]) {
		return false
	}
	if k, _ := d.Actors.Match(ws, g); k >= 0 {
		return false
	}
	if k, _ := d.Agents.Match(ws, g, 3); k >= 0 {
		return false
	}
	return true
}

// honorifics are ranks and forms of address written before a surname that
// the agents dictionary does not hold as one word ("General Tiani", "Sheikh
// Tamim"): they are no given name.
var honorifics = map[string]bool{
	"GENERAL": true, "COLONEL": true, "MAJOR": true, "CAPTAIN": true, "LIEUTENANT": true,
	"ADMIRAL": true, "MARSHAL": true, "SERGEANT": true, "BRIGADIER": true,
	"SHEIKH": true, "SHEIK": true, "PRINCE": true, "PRINCESS": true, "KING": true,
	"QUEEN": true, "EMIR": true, "SULTAN": true, "AYATOLLAH": true, "IMAM": true,
	"MULLAH": true, "JUDGE": true, "JUSTICE": true, "SENATOR": true, "CHANCELLOR": true,
	"SECRETARY": true, "SPEAKER": true, "ENVOY": true, "MR": true, "MRS": true,
	"MS": true, "MISS": true, "DR": true, "PROFESSOR": true, "SIR": true, "LORD": true,
	"LADY": true, "DAME": true, "POPE": true, "CARDINAL": true, "BISHOP": true,
}

// givenShape reports whether w looks like a given name: a capital and then
// lower-case letters only, so no initial ("W."), acronym ("U.N.") or
// upper-case dateline.
func givenShape(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// endsWithWord reports whether the '_'-joined phrase has two words or more
// and its last is w: the entry is a full name whose surname w is.
func endsWithWord(phrase, w string) bool {
	p := strings.TrimRight(phrase, "_")
	return len(p) > len(w) && strings.HasSuffix(p, w) && p[len(p)-len(w)-1] == '_'
}
