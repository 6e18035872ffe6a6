package chunk

import "strings"

// retagGerundSubject makes a noun of the -ing word that opens the clause of
// a clause-only subordinator when a finite verb follows its phrase: "if
// fighting in Tigray did not stop", "unless shelling of its towns ends",
// "while fighting continued". Read as a participle after a preposition the
// word left the subordinator without a clause, and its verb became the
// sentence's. Only nouns, adjectives, determiners, numbers and
// prepositions may stand between ("while visiting Kyiv, he said" keeps its
// participle: no finite verb follows before the comma).
func (s *state) retagGerundSubject() {
	for i := 0; i+2 < s.end; i++ {
		if s.tag(i+1) != "VBG" || !s.is(clauseOnly, i) {
			continue
		}
		w := s.word(i + 1)
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		for j := i + 2; j < s.end && j < i+10; j++ {
			t := s.tag(j)
			if t == "VBN" && strings.HasSuffix(s.word(j), "ed") && !s.wordIs(j+1, "by") {
				// "while fighting continued/VBN in Gaza": the clause's
				// past, spelled as its participle
				s.toks[i+1].Tag, s.toks[j].Tag = "NN", "VBD"
				break
			}
			if isFinite(t) {
				if !s.is(auxiliaries, j) || s.tag(j+1) != "VBG" {
					s.toks[i+1].Tag = "NN"
				}
				break
			}
			if !(isNoun(t) || isAdj(t) || t == "DT" || t == "CD" || t == "IN" && !s.wordIs(j, "that") || t == "RB" && j > i+2) {
				break
			}
		}
	}
}
