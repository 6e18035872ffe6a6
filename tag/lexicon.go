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
