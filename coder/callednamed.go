package coder

import "strings"

// Calling something a name. CALL's bare code is a telephone call both ways
// (041:041), but "the ministry called the decision 'a grave provocation'"
// and "the president called the plan absurd" name what the object is: a
// verbal judgement of it, disapproval (111 Criticize or denounce) unless
// the name is one of praise ("called the agreement a historic step", 051).
// The sets code the judgement one way, from the speaker to the object's
// actor; the call both ways was an event nobody made.

// namedCall returns the code of a CALL verb ending at leaf ve used to name
// its object: the object's noun phrase starts right after the verb and is
// followed at once by the name, a quotation, an article or an adjective
// ("called the plan absurd", where the tagger may read the adjective as a
// verb, counts when it ends the sentence). It returns "" for any other
// use ("called Uganda on Monday", "called for talks").
func (s *sent) namedCall(vs, ve int) string {
	switch s.words[vs] {
	case "CALL", "CALLS", "CALLED", "CALLING":
	default:
		return ""
	}
	i := ve + 1
	if vs != ve || i >= len(s.leaves) || s.del[i] {
		return ""
	}
	end := -1
	for p := s.parent[s.leafK[i]]; p >= 0 && s.spans[p].first == i; p = s.parent[p] {
		if isLabel(s.nodes[p].Label, "NP") {
			end = s.spans[p].last
		}
	}
	j := end + 1
	if end < 0 || j >= len(s.words) {
		return ""
	}
	j = s.byAgentEnd(j) + 1
	if j >= len(s.words) {
		return ""
	}
	switch {
	case s.tags[j] == "``" || s.tags[j] == "JJ" || s.words[j] == "A" || s.words[j] == "AN":
	case j+1 < len(s.words) && s.tags[j+1] == "." && (s.tags[j] == "VBZ" || s.tags[j] == "NN"):
	default:
		return ""
	}
	for k := j; k < len(s.words) && k < j+8; k++ {
		if praiseWord(s.words[k]) {
			return "051"
		}
		if k > j && (s.tags[k] == "''" || s.tags[k] == "," || s.tags[k] == ".") {
			break
		}
	}
	return "111"
}

// byAgentEnd returns the last leaf of a by-phrase naming the judged act's
// author at leaf j ("called the search of its consulate by U.S. officials
// 'a flagrant violation'", where the parser hangs the by-phrase on the
// verb and not on the object), or j-1 when leaf j starts no such phrase.
// The phrase counts only when it names an actor: "called Macron by
// telephone a day later" is a call, and the name after it no verdict.
func (s *sent) byAgentEnd(j int) int {
	if s.words[j] != "BY" || j+1 >= len(s.leaves) || s.del[j+1] {
		return j - 1
	}
	end := -1
	for p := s.parent[s.leafK[j+1]]; p >= 0 && s.spans[p].first == j+1; p = s.parent[p] {
		if isLabel(s.nodes[p].Label, "NP") {
			end = s.spans[p].last
		}
	}
	if end < 0 {
		return j - 1
	}
	for e := range s.nes {
		ne := &s.nes[e]
		if ne.first > j && ne.last <= end && len(ne.codes) > 0 && ne.codes[0].hasActor {
			return end
		}
	}
	return j - 1
}

// whatCalled reports whether the CALL verb at leaf vs stands in a free
// relative, "what" and the caller before it: "in what the president called
// an attempted coup", "at what he called terrorists". The relative names a
// thing by the caller's word for it; nobody telephoned anyone, and the
// telephone call both ways was two events nobody made (its verdict, if
// any, is apposed.go's).
func (s *sent) whatCalled(vs int) bool {
	for k := vs - 1; k >= 0 && k >= vs-7; k-- {
		if s.words[k] == "WHAT" {
			return k < vs-1
		}
		if strings.HasPrefix(s.tags[k], "VB") || s.tags[k] == "," || s.tags[k] == "." {
			return false
		}
	}
	return false
}

// praiseWord reports whether an upper-cased word makes a name one of
// praise: "a historic step", "an important moment", "a beacon of hope".
func praiseWord(w string) bool {
	switch w {
	case "HISTORIC", "IMPORTANT", "POSITIVE", "GOOD", "GREAT", "EXCELLENT", "SUCCESS", "SUCCESSFUL",
		"VICTORY", "BREAKTHROUGH", "MILESTONE", "HOPE", "WELCOME", "CONSTRUCTIVE", "FRUITFUL", "PRODUCTIVE",
		"LANDMARK", "REMARKABLE", "BRAVE", "COURAGEOUS", "WISE", "FRIEND", "PARTNER", "ACHIEVEMENT":
		return true
	}
	return false
}
