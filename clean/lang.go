package clean

import (
	"github.com/abadojack/whatlanggo"
	"github.com/dyadproject/dyad"
)

// identify sets doc.Lang and the report's language from a sample of the
// repaired text. An unreliable guess (short or mixed text) leaves Lang empty
// and flags "language-uncertain", so short English texts are not skipped.
func identify(doc *dyad.Document, r *run, sample int) {
	if sample <= 0 {
		sample = 4096
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
	info := whatlanggo.Detect(t)
	code := ""
	if info.Lang >= 0 {
		code = info.Lang.Iso6391()
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
