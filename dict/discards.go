package dict

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Discards lists phrases whose presence stops a sentence (or, for story-level
// discards, a whole story) from being coded: sports results, chronologies.
type Discards struct {
	Entries []Discard
	index   map[string][]int32 // first three bytes of the first word → entries
	short   [3]bool            // some first word is 1 or 2 bytes long
	keys    WordSet            // the keys of index, to skip most words without a map lookup
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
	scanLines(data, func(l line) {
		t := l.text
		if t == "" {
			return
		}
		e := Discard{File: file, Line: l.n}
		if t[0] == '+' {
			e.Story, t = true, t[1:]
		}
		if strings.ContainsAny(t, "[]{}") {
			errs.Add(file, l.n, "discard phrase %q contains a bracket", t)
			return
		}
		t = strings.TrimSpace(t)
		if strings.HasSuffix(t, "_") {
			e.Exact = true
		}
		e.Text = strings.Join(splitWords(t), " ")
		if e.Text == "" {
			errs.Add(file, l.n, "empty discard phrase")
			return
		}
		d.Entries = append(d.Entries, e)
	})
}

// FindWords is Find for a sentence already split into upper-case words; it
// looks only at discards whose first letters match a word, so its cost does
// not grow with the size of the list.
func (d *Discards) FindWords(words []string) *Discard {
	if d == nil || len(d.Entries) == 0 {
		return nil
	}
	for i, w := range words {
		// Keys are a first word's first three bytes, or all of a shorter one.
		for l := min(len(w), 3); l >= 1; l-- {
			if l < 3 && !d.short[l] || !d.keys.MayHave(w[:l]) {
				continue
			}
			for _, idx := range d.index[w[:l]] {
				if e := &d.Entries[idx]; matchWords(words[i:], e) {
					return e
				}
			}
		}
	}
	return nil
}

// matchWords reports whether the discard phrase starts at words[0]: whole
// words, except that the last may be a stem unless the phrase is exact.
func matchWords(words []string, e *Discard) bool {
	t := e.Text
	for j := 0; ; j++ {
		sp := strings.IndexByte(t, ' ')
		w := t
		if sp >= 0 {
			w = t[:sp]
		}
		if j >= len(words) {
			return false
		}
		if sp < 0 {
			if e.Exact {
				return words[j] == w
			}
			return strings.HasPrefix(words[j], w)
		}
		if words[j] != w {
			return false
		}
		t = t[sp+1:]
	}
}

func (d *Discards) finish() {
	d.index = map[string][]int32{}
	for i := range d.Entries {
		t := d.Entries[i].Text
		if sp := strings.IndexByte(t, ' '); sp >= 0 {
			t = t[:sp]
		}
		k := t[:min(len(t), 3)]
		if len(k) < 3 {
			d.short[len(k)] = true
		}
		d.index[k] = append(d.index[k], int32(i))
	}
	d.keys = NewWordSet(d.index)
}
