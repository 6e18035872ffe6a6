package tag

import "github.com/dyadproject/dyad/token"

// removedFromOffice are the participles news writes before a title to say
// how its holder lost or holds office: "ousted President Mohamed Bazoum",
// "jailed opposition leader X", "toppled leader X".
var removedFromOffice = map[string]bool{
	"ousted": true, "deposed": true, "toppled": true, "overthrown": true, "exiled": true,
	"jailed": true, "imprisoned": true, "impeached": true, "embattled": true,
	"slain": true, "assassinated": true, "disgraced": true,
}

// titleWords are lower-case heads of a title that may follow such a
// participle ("ousted president X").
var titleWords = map[string]bool{
	"president": true, "prime": true, "premier": true, "leader": true, "king": true,
	"ruler": true, "dictator": true, "minister": true, "chief": true, "mayor": true,
	"governor": true, "opposition": true, "former": true, "general": true,
}

// auxiliaries are the forms of "have" and "be" after which such a word is
// the verb itself: "the army has ousted President X".
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "having": true, "is": true, "are": true,
	"was": true, "were": true, "be": true, "been": true, "being": true,
}

// attributiveOusted retags "ousted" and its kind as an adjective when it
// stands before a title and not after a subject or an auxiliary. The model
// read "granted asylum to ousted/VBN Syrian President Bashar al-Assad" and
// "to reinstate ousted/VBN President Mohamed Bazoum" as a reduced clause, so
// the person left the noun phrase the verb reads. Before a title the
// participle modifies it when a determiner, preposition, "to", a comma or
// a full verb stands before it (or nothing; not "and": "seized power and
// ousted President X"); after
// a noun it may be the sentence's verb ("Protesters ousted President X"),
// after "has" or "was" it is ("the army has ousted President X").
func attributiveOusted(toks []token.Token) {
	for i := 0; i+1 < len(toks); i++ {
		w := toks[i].Word
		if i == 0 && len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' {
			w = string(w[0]+'a'-'A') + w[1:]
		}
		if !removedFromOffice[w] || !titleAfter(toks[i+1].Word) {
			continue
		}
		if i > 0 && !modifierSlot(toks[i-1]) {
			continue
		}
		toks[i].Tag = "JJ"
	}
}

// titleAfter reports whether w may open a title: a capitalised word
// ("President", "Syrian") or a lower-case title head.
func titleAfter(w string) bool {
	return w != "" && (w[0] >= 'A' && w[0] <= 'Z' || titleWords[w])
}

// modifierSlot reports whether a word tagged like t can stand right before
// an adjective that opens a noun phrase.
func modifierSlot(t token.Token) bool {
	if auxiliaries[t.Word] {
		return false
	}
	switch t.Tag {
	case "DT", "IN", "TO", ",", "POS", "PRP$", "VB", "VBD", "VBG", "VBP", "VBZ", "``", "\"", ":":
		return true
	}
	return false
}
