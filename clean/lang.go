package clean

import (
	"github.com/dyadproject/dyad"
)

// identify sets doc.Lang and the report's language from a sample of the
// repaired text. An unreliable guess (short or mixed text) leaves Lang empty
// and flags "language-uncertain", so short English texts are not skipped.
func identify(doc *dyad.Document, r *run, sample int) {
	if sample <= 0 {
		sample = 1024
	}
	t := doc.Text
	if len(t) > sample {
		i := sample
		for i > 0 && t[i]&0xC0 == 0x80 {
			i--
		}
		t = t[:i]
	}
	if len(t) == 0 {
		return
	}
	if plainEnglish(t) {
		doc.Lang = "en"
		r.q.Language = "en"
		return
	}
	info, _ := detectLang(t)
	code := ""
	if info.Lang >= 0 {
		code = iso6391(info.Lang)
	}
	if code == "" || !info.IsReliable() {
		r.flag("language-uncertain")
		if code != "" {
			r.q.Language = code + "?"
		}
		return
	}
	doc.Lang = code
	r.q.Language = code
}

// Skipped returns the record of a repaired document that the coder should
// skip because it is reliably identified as not English, or nil. The caller
// records it; nothing is dropped silently.
func Skipped(doc *dyad.Document) *dyad.Reject {
	if doc.Lang == "" || doc.Lang == "en" {
		return nil
	}
	return &dyad.Reject{
		Input:  doc.Input,
		Offset: doc.InputOffset,
		DocID:  doc.ID,
		Reason: "not English",
		Kind:   "skipped",
		Detail: "language " + doc.Lang,
	}
}

// plainEnglish is a fast check that spares most news the trigram model: at
// most 5% of bytes outside ASCII, and English function words making up a
// fifth of the words (they make up about a quarter of English prose, and few
// of them are words in other languages written in Latin script) — a quarter,
// and at least two, in texts of fewer than 40 words.
func plainEnglish(t string) bool {
	words, fn, nonASCII := 0, 0, 0
	var buf [8]byte
	for i := 0; i < len(t); {
		c := t[i]
		if c >= 0x80 {
			nonASCII++
			i++
			continue
		}
		if !isASCIILetter(rune(c)) {
			i++
			continue
		}
		j := i
		for j < len(t) && isASCIILetter(rune(t[j])) {
			j++
		}
		words++
		if j-i <= len(buf) {
			w := buf[:j-i]
			for k := range w {
				w[k] = t[i+k] | 0x20
			}
			if englishFunction[string(w)] {
				fn++
			}
		}
		i = j
	}
	if nonASCII*20 >= len(t) {
		return false
	}
	if words >= 40 {
		return fn*5 >= words
	}
	// A sentence or two: the trigram model is slow here (about a millisecond)
	// and rarely sure, so ask for a denser share of function words instead.
	return words >= 6 && fn >= 2 && fn*4 >= words
}

var englishFunction = setOf(`the of and to in a is that for on was with said by as at
from it its his her their they he she be been has have had were are will would
this which who not but or an after than over about into also`)
