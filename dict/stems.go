package dict

// TABARI matched pattern words as stems: COOPERAT stood for COOPERATE,
// COOPERATION, COOPERATIVE. PETRARCH compares whole words only, so the
// hundreds of patterns the Phoenix verb file still writes with stems ("- *
// ECONOMIC COOPERAT [0311]") never fire. dyad keeps the whole-word matching
// and lets a dictionary say what a stem stands for: a synset named
// &STEM_<stem> ("&STEM_COOPERAT" listing the words) makes every pattern word
// <stem> read as that synset.

// stemPrefix begins the name of a synset that spells out a stem.
const stemPrefix = "&STEM_"

// finish reads the pattern words that have a stem synset as that synset,
// once every verb file has been read.
func (v *Verbs) finish() {
	if len(v.Synsets) == 0 {
		return
	}
	stem := func(toks []Tok) {
		for i := range toks {
			if t := &toks[i]; t.Kind == TWord {
				if _, ok := v.Synsets[stemPrefix+t.Word]; ok {
					t.Kind, t.Word = TSynset, stemPrefix+t.Word
				}
			}
		}
	}
	for b := range v.Blocks {
		for p := range v.Blocks[b].Patterns {
			stem(v.Blocks[b].Patterns[p].Upper)
			stem(v.Blocks[b].Patterns[p].Lower)
		}
	}
}
