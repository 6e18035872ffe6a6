package chunk

import "strings"

// headlineVerb finds the verb of a headline or lead whose clause failed to
// parse for want of one, opening at k, and its new tag, or returns -1: a
// present-tense verb in -s right after the opening name, read as a plural
// noun, before a number, an adjective, a determiner or a name — headline
// style, which the other repairs (clause.go) miss: "Russia expels/NNS 10
// U.S. diplomats", "Philippines summons/NNS Chinese envoy", "RUSSIA'S PUTIN
// ORDERS/NNS PARTIAL MOBILISATION". Plurals naming bodies stay nouns:
// "Chadian rebels attacked/JJ government troops" has its verb after them.
func (s *state) headlineVerb(k int) (int, string) {
	if j := s.afterHeadlineName(k); j > k && s.tag(j) == "NNS" && s.presentS(j) && !s.is(bodyPlurals, j) {
		switch s.tag(j + 1) {
		case "CD", "JJ", "DT", "PRP$", "PRP", "NNP", "NNPS", "IN", "TO":
			return j, "VBZ"
		}
	}
	return -1, ""
}

// afterHeadlineName returns the token after the opening name of a headline
// starting at k (at most six words of nameWord), k if there is none.
func (s *state) afterHeadlineName(k int) int {
	j := k
	for j < s.end && j < k+6 && s.nameWord(j, j == k) {
		j++
	}
	return j
}

// nameWord reports whether token i can be part of a headline's opening
// name: a proper noun, a possessive, or a capitalised plural noun or
// adjective ("Philippines", "Croatian") that is the first word or does not
// end like the verb sought.
func (s *state) nameWord(i int, first bool) bool {
	switch s.tag(i) {
	case "NNP", "NNPS", "POS":
		return true
	case "NNS", "JJ":
		w := s.word(i)
		return w != "" && w[0] >= 'A' && w[0] <= 'Z' && (first || !s.presentS(i))
	}
	return false
}

// presentS reports whether token i looks like a present-tense verb in -s:
// a word of four or more letters ending in a single s, not in -us or -is
// ("expels", "ORDERS", not "census", "crisis").
func (s *state) presentS(i int) bool {
	w := strings.ToLower(s.word(i))
	return len(w) >= 4 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// retagHeadlinePresent makes a headline's present-tense verb in -s, read as
// a plural noun, a verb before the clause is parsed, where the clause would
// otherwise parse without it: "Russia expels/NNS Estonian diplomat in
// tit-for-tat move, foreign ministry says" reads as a noun phrase the
// attribution's verb takes as its subject. The word is lower-case, follows
// the opening name (after a dateline, if any) and comes before a number,
// adjective, determiner, possessive, name, opening quote or noun — the
// bare noun of a headline that drops the article ("China hikes tariffs",
// "Ethiopia signs deal", "orders 'powerful' strikes") — and its clause has
// no finite verb, so a compound before the clause's verb stays a noun
// ("Rwanda talks resume"); plurals naming bodies ("troops", "police") stay
// nouns.
func (s *state) retagHeadlinePresent() {
	k := 0
	if s.tag(k) == "``" {
		k++
	}
	k = s.datelineEnd(k)
	j := s.afterHeadlineName(k)
	if j == k || s.tag(j) != "NNS" || !s.presentS(j) || s.is(bodyPlurals, j) {
		return
	}
	if w := s.word(j); w[0] < 'a' || w[0] > 'z' {
		return
	}
	switch s.tag(j + 1) {
	case "CD", "JJ", "DT", "PRP$", "NNP", "NNPS", "NN", "NNS", "``":
	default:
		return
	}
	if !s.clauseFinite(j) {
		s.toks[j].Tag = "VBZ"
	}
}
