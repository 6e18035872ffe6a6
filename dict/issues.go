package dict

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Issues is an issue dictionary: phrases that tag a sentence with topics.
type Issues struct {
	Entries []Issue
	index   map[string][]int32 // first word → entries
	firsts  WordSet            // the keys of index, to skip most words without a map lookup
	heads   map[string]*byNext // first words with many entries: those entries by second word
	words   [][]string         // each entry's Text split at its blanks, split once at load
}

// Issue is one issue phrase form.
type Issue struct {
	Text   string // upper case, blank separated
	Code   string
	Ignore bool // '~' phrases cancel issue coding of the sentence
	Line   int
}

// maxIssueForms bounds the phrases one issue line may expand to (each n:, v:
// or + word multiplies them).
const maxIssueForms = 256

func (s *Issues) read(file string, data []byte, errs *dyad.ErrorList) {
	category := ""
	scanLines(data, func(l line) {
		t := l.text
		if strings.HasPrefix(t, "<ISSUE") {
			if i := strings.Index(t, "CATEGORY="); i >= 0 {
				category = strings.Trim(t[i+9:], "\"> ")
			}
			return
		}
		if t == "" || strings.HasPrefix(t, "</ISSUE") {
			if t != "" {
				category = ""
			}
			return
		}
		e := Issue{Line: l.n}
		if strings.HasPrefix(t, "~") {
			e.Ignore = true
			t = strings.TrimLeft(t, "~")
		}
		before, code, _, found, ok := bracket(t)
		if !found {
			code = category
		}
		if !ok || (code == "" && !e.Ignore) {
			errs.Add(file, l.n, "issue line without [code] outside an <ISSUE CATEGORY=...> block: %q", t)
			return
		}
		e.Code = strings.ToUpper(code)
		forms := []string{""}
		for _, w := range strings.Fields(strings.ToUpper(before)) {
			var alts []string
			switch {
			case strings.HasPrefix(w, "N:"):
				alts = []string{w[2:], plural(w[2:])}
			case strings.HasPrefix(w, "V:"):
				alts = verbForms(w[2:])
			case strings.Contains(w, "+"):
				alts = []string{strings.ReplaceAll(w, "+", " "), strings.ReplaceAll(w, "+", "-")}
			default:
				alts = []string{w}
			}
			if len(alts) == 0 || alts[0] == "" {
				errs.Add(file, l.n, "empty word after prefix in %q", t)
				forms = nil
				break
			}
			if len(forms)*len(alts) > maxIssueForms {
				errs.Add(file, l.n, "issue phrase expands to more than %d forms", maxIssueForms)
				forms = nil
				break
			}
			var next []string
			for _, f := range forms {
				for _, a := range alts {
					next = append(next, strings.TrimSpace(f+" "+a))
				}
			}
			forms = next
		}
		for _, f := range forms {
			if f != "" {
				ne := e
				ne.Text = f
				s.Entries = append(s.Entries, ne)
			}
		}
	})
}

func (s *Issues) finish() {
	s.index = map[string][]int32{}
	s.words = make([][]string, len(s.Entries))
	for i := range s.Entries {
		t := s.Entries[i].Text
		s.words[i] = strings.Split(t, " ")
		if sp := strings.IndexByte(t, ' '); sp >= 0 {
			t = t[:sp]
		}
		s.index[t] = append(s.index[t], int32(i))
	}
	s.firsts = NewWordSet(s.index)
	s.indexHeads()
}

// Find returns the issue codes whose phrases occur in words (upper case), in
// order of first occurrence, or nil when an ignore phrase ('~') occurs.
func (s *Issues) Find(words []string) []string {
	if s == nil || len(s.index) == 0 {
		return nil
	}
	var out []string
	for i, w := range words {
		if !s.firsts.MayHave(w) {
			continue
		}
		ids := s.index[w]
		var ks []int32 // with a second-word index: the positions in ids to try
		if h := s.heads[w]; h != nil && len(ids) > manyPhrases {
			var buf [64]int32
			if ks = h.candidates(buf[:0], words, i); len(ks) == 0 {
				continue
			}
		}
		for c := range tries(ids, ks) {
			id := try(ids, ks, c)
			if !matchSplit(words[i:], s.words[id]) {
				continue
			}
			e := &s.Entries[id]
			if e.Ignore {
				return nil
			}
			dup := false
			for _, c := range out {
				dup = dup || c == e.Code
			}
			if !dup {
				out = append(out, e.Code)
			}
		}
	}
	return out
}

// matchSplit reports whether the phrase words p start at words[0]. The
// caller found the phrase under words[0] in the index, so the first word is
// not compared again.
func matchSplit(words, p []string) bool {
	if len(p) > len(words) {
		return false
	}
	for j := 1; j < len(p); j++ {
		if words[j] != p[j] {
			return false
		}
	}
	return true
}
