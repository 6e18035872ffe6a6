package dict

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Discards lists phrases whose presence stops a sentence (or, for story-level
// discards, a whole story) from being coded: sports results, chronologies.
type Discards struct {
	Entries []Discard
}

// Discard is one discard phrase.
type Discard struct {
	Text  string // upper case, words separated by single blanks
	Story bool   // '+': discard the whole story
	Exact bool   // trailing '_': the match must end at a word boundary
	File  string
	Line  int
}

// Find returns the first discard phrase found in text, or nil. A phrase must
// start at a word boundary; it matches as a stem unless marked exact.
func (d *Discards) Find(text string) *Discard {
	if d == nil || len(d.Entries) == 0 {
		return nil
	}
	up := " " + normalizeSpace(strings.ToUpper(text)) + " "
	for i := range d.Entries {
		e := &d.Entries[i]
		s := " " + e.Text
		for off := 0; ; {
			k := strings.Index(up[off:], s)
			if k < 0 {
				break
			}
			end := off + k + len(s)
			if !e.Exact || end >= len(up) || !isWordByte(up[end]) {
				return e
			}
			off += k + 1
		}
	}
	return nil
}

func isWordByte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func (d *Discards) read(file string, data []byte, errs *dyad.ErrorList) {
	for _, l := range scanLines(data) {
		t := l.text
		if t == "" {
			continue
		}
		e := Discard{File: file, Line: l.n}
		if t[0] == '+' {
			e.Story, t = true, t[1:]
		}
		if strings.ContainsAny(t, "[]{}") {
			errs.Add(file, l.n, "discard phrase %q contains a bracket", t)
			continue
		}
		t = strings.TrimSpace(t)
		if strings.HasSuffix(t, "_") {
			e.Exact = true
		}
		e.Text = strings.Join(splitWords(t), " ")
		if e.Text == "" {
			errs.Add(file, l.n, "empty discard phrase")
			continue
		}
		d.Entries = append(d.Entries, e)
	}
}
