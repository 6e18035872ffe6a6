package tag

import "strings"

// FrequentWord reports whether w, lower-cased, is one of the model's
// frequent unambiguous words and not a proper noun ("us", "said", "may").
// Dictionary lints use it to find one-word actor phrases that ordinary text
// is full of: the alias "US" of the United States is also the pronoun.
func (m *Model) FrequentWord(w string) bool {
	c, ok := m.words[strings.ToLower(w)]
	return ok && !proper(m.classes[c])
}

func proper(tag string) bool { return tag == "NNP" || tag == "NNPS" }

// KnownWord reports whether w, written in lower case, is a word the model
// learned something about: one of its frequent words or a word with weights
// of its own. The prose model was trained on a large English treebank, so
// this is a lexicon of tens of thousands of ordinary words, enough to tell
// a damaged word ("utin", "hina") from a real one ("rump", "rice") when the
// text repair asks whether a letter was lost. It allocates nothing.
func (m *Model) KnownWord(w string) bool {
	if _, ok := m.words[w]; ok {
		return true
	}
	return m.lookup(hash1(fWord, w)) != nil
}
