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
	st := statsOf(t)
	if st.plainEnglish(len(t)) {
		doc.Lang = "en"
		r.q.Language = "en"
		return
	}
	info, _ := detectLang(t)
	code := ""
	if info.Lang >= 0 {
		code = iso6391(info.Lang)
	}
	// A short text in plain ASCII ("Palestinian gunmen killed an Israeli
	// settler near Hebron on Sunday.", which the model calls Turkish) is
	// mostly names: the model's verdict on it is no reason to skip it.
	// Coding a short foreign text costs nothing; skipping an English one
	// loses its events.
	shortASCII := st.words < shortWords && st.nonASCII == 0
	if code == "" || !info.IsReliable() || shortASCII {
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

// shortWords is the length under which an ASCII text is never skipped as
// foreign (see identify).
const shortWords = 20

// textStats counts what the language checks look at.
type textStats struct{ words, fn, nonASCII int }

// plainEnglish is a fast check that spares most news the trigram model: at
// most 5% of bytes outside ASCII, and English function words making up a
// fifth of the words (they make up about a quarter of English prose, and few
// of them are words in other languages written in Latin script) — a quarter,
// and at least two, in texts of fewer than 40 words.
func plainEnglish(t string) bool { return statsOf(t).plainEnglish(len(t)) }

func (st textStats) plainEnglish(n int) bool {
	if st.nonASCII*20 >= n {
		return false
	}
	if st.words >= 40 {
		return st.fn*5 >= st.words
	}
	// A sentence or two: the trigram model is slow here (about a millisecond)
	// and rarely sure, so ask for a denser share of function words instead.
	return st.words >= 6 && st.fn >= 2 && st.fn*4 >= st.words
}

// statsOf counts the words of t, the English function words among them and
// the bytes outside ASCII.
func statsOf(t string) textStats {
	var st textStats
	var buf [8]byte
	for i := 0; i < len(t); {
		c := t[i]
		if c >= 0x80 {
			st.nonASCII++
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
		st.words++
		if j-i <= len(buf) {
			w := buf[:j-i]
			for k := range w {
				w[k] = t[i+k] | 0x20
			}
			if englishFunction[string(w)] {
				st.fn++
			}
		}
		i = j
	}
	return st
}

var englishFunction = setOf(`the of and to in a is that for on was with said by as at
from it its his her their they he she be been has have had were are will would
this which who not but or an after than over about into also`)
