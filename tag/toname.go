package tag

import "github.com/dyadproject/dyad/token"

// nameAfterTo reports whether token i, which the model tagged as a base
// verb after "to", is a name: a capitalised word after a lower-case "to"
// ("send another air defence system to Ukraine in response", "cut gas
// supplies to Ukraine on Thursday"). The model read "to/TO Ukraine/VB" as
// an infinitive and the place left the phrase the verb reads. A verb after
// "to" is capitalised only in a title-case headline, where "To" is too
// ("Russia Begins Pumping Gas To China").
func nameAfterTo(toks []token.Token, i int) bool {
	if i == 0 || toks[i-1].Word != "to" {
		return false
	}
	w := toks[i].Word
	return len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z'
}
