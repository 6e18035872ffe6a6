package tag

import "github.com/dyadproject/dyad/token"

// pastOnly are irregular simple-past forms that are no other part of
// speech: "tore", "froze", "overran". The model has seen few of them and
// read "A suicide bombing tore/NN through a peace rally" or "tore/IN", which
// left the sentence without a verb. Words that are also nouns, adjectives or
// present forms ("bore", "rose", "lay", "saw", "left", "spread") are not
// here.
var pastOnly = map[string]bool{
	"tore": true, "froze": true, "swore": true, "stole": true, "shook": true, "forbade": true,
	"forgave": true, "undertook": true, "underwent": true, "overtook": true, "rode": true,
	"sprang": true, "strode": true, "strove": true, "wove": true, "rang": true, "swam": true,
	"trod": true, "mistook": true, "overcame": true, "oversaw": true, "retook": true,
	"overran": true, "leapt": true, "wept": true,
}

// irregularPast tags each word of pastOnly a verb where the model gave it
// another part of speech: a past participle after a form of "be" or "have"
// (auxBefore, dead.go), else a past tense.
func irregularPast(toks []token.Token) {
	for i := range toks {
		w := toks[i].Word
		if i == 0 && len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' {
			w = string(w[0]+'a'-'A') + w[1:]
		}
		if !pastOnly[w] || len(toks[i].Tag) >= 2 && toks[i].Tag[:2] == "VB" {
			continue
		}
		if i > 0 && auxBefore[toks[i-1].Word] {
			toks[i].Tag = "VBN"
			continue
		}
		toks[i].Tag = "VBD"
	}
}
