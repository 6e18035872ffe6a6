package dict

import (
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
)

// Agents is an agent dictionary: common nouns ("minister", "police") that give
// an actor its role code (~GOV, ~COP), or, for organisations (NGO~), a code put
// before the country code.
type Agents struct {
	Entries []Agent
	index   map[string][]int32 // first word → entries, longest first
	heads   map[string]*byNext // first words with many entries: those entries by second word
	firsts  WordSet            // the keys of index, to skip most words without a map lookup
}

// Agent is one agent phrase form (singular or plural).
type Agent struct {
	Words  []string // upper case
	Gap    []bool   // Gap[i]: other words may come between Words[i-1] and Words[i]
	Code   string   // without the '~'
	Before bool     // "NGO~": the code goes before the actor code
	Phrase string   // the phrase as written in the file
	File   string
	Line   int
}

// Match returns the longest agent starting at words[i] and the index just after
// its last word, or -1, 0. Words joined by a blank in the dictionary may have up
// to limit other words between them.
func (a *Agents) Match(words []string, i, limit int) (int, int) {
	if a == nil || i >= len(words) || !a.firsts.MayHave(words[i]) {
		return -1, 0
	}
	ids := a.index[words[i]]
	if len(ids) > manyPhrases {
		if h := a.heads[words[i]]; h != nil {
			var buf [64]int32
			ks := h.candidates(buf[:0], words, i)
			if len(ks) == 0 {
				return -1, 0
			}
			return a.match(ids, ks, words, i, limit)
		}
	}
	return a.match(ids, nil, words, i, limit)
}

// match tries the entries ids[k] for k in ks (all of ids when ks is nil),
// in order, at words[i], and returns the first that matches.
func (a *Agents) match(ids, ks []int32, words []string, i, limit int) (int, int) {
	for c := range tries(ids, ks) {
		idx := try(ids, ks, c)
		g := &a.Entries[idx]
		j := i + 1
		ok := true
		for k := 1; k < len(g.Words); k++ {
			if j < len(words) && words[j] == g.Words[k] {
				j++
				continue
			}
			if !g.Gap[k] {
				ok = false
				break
			}
			found := false
			for s := j + 1; s < len(words) && s <= j+limit; s++ {
				if words[s] == g.Words[k] {
					j, found = s+1, true
					break
				}
			}
			if !found {
				ok = false
				break
			}
		}
		if ok {
			return int(idx), j
		}
	}
	return -1, 0
}

// Len returns the number of agent forms.
func (a *Agents) Len() int { return len(a.Entries) }

func (a *Agents) read(file string, data []byte, errs *dyad.ErrorList) {
	subst := map[string][]string{}
	scanLines(data, func(l line) {
		t := l.text
		if t == "" {
			return
		}
		if t[0] == '!' {
			if i := strings.IndexByte(t, '='); i > 0 {
				name := strings.TrimSpace(t[:i])
				if len(name) < 3 || name[len(name)-1] != '!' {
					errs.Add(file, l.n, "bad substitution marker %q", name)
					return
				}
				var items []string
				for _, it := range strings.Split(t[i+1:], ",") {
					if it = strings.ToUpper(strings.TrimSpace(it)); it != "" {
						items = append(items, it)
					}
				}
				subst[strings.ToUpper(name)] = items
				return
			}
		}
		if t[0] == '=' {
			// "=PHRASE": drop the agent read before under this phrase,
			// with its plural (an overlay's correction of Phoenix).
			if !a.remove(strings.TrimSpace(t[1:])) {
				errs.Add(file, l.n, "=%s removes no agent read before it", strings.TrimSpace(t[1:]))
			}
			return
		}
		before, code, _, found, ok := bracket(t)
		if !found {
			errs.Add(file, l.n, "agent line without [code]: %q", t)
			return
		}
		if !ok {
			errs.Add(file, l.n, "missing ']' in %q", t)
			return
		}
		code = strings.ToUpper(strings.ReplaceAll(code, " ", ""))
		var g Agent
		switch {
		case strings.HasPrefix(code, "~") && len(code) > 1:
			g.Code = code[1:]
		case strings.HasSuffix(code, "~") && len(code) > 1:
			g.Code, g.Before = code[:len(code)-1], true
		default:
			errs.Add(file, l.n, "agent code %q needs a '~' before or after it", code)
			return
		}
		phraseText, plurals, hasPlural := before, "", false
		if i := strings.IndexByte(before, '{'); i >= 0 {
			j := strings.IndexByte(before, '}')
			if j < i {
				errs.Add(file, l.n, "missing '}' in %q", before)
				return
			}
			phraseText, plurals, hasPlural = before[:i], before[i+1:j], true
		}
		phraseText = strings.TrimSpace(phraseText)
		if phraseText == "" {
			errs.Add(file, l.n, "agent line has no phrase")
			return
		}
		forms := []string{phraseText}
		if hasPlural {
			forms = append(forms, strings.Fields(plurals)...)
		} else if !strings.Contains(phraseText, "!") {
			forms = append(forms, pluralPhrase(phraseText))
		}
		for _, f := range forms {
			for _, x := range expandSubst(strings.ToUpper(f), subst) {
				if strings.Contains(x, "!") {
					errs.Add(file, l.n, "unknown substitution marker in %q", f)
					break
				}
				ng := g
				ng.Phrase, ng.File, ng.Line = strings.TrimSpace(f), file, l.n
				ng.Words, ng.Gap = agentWords(x)
				if len(ng.Words) > 0 {
					a.Entries = append(a.Entries, ng)
				}
			}
		}
	})
}

// remove drops every form (singular and plural) of the agent lines that
// wrote phrase, and reports whether there was one.
func (a *Agents) remove(phrase string) bool {
	type src struct {
		file string
		line int
	}
	gone := map[src]bool{}
	want := strings.ToUpper(phrase)
	for i := range a.Entries {
		if strings.ToUpper(a.Entries[i].Phrase) == want {
			gone[src{a.Entries[i].File, a.Entries[i].Line}] = true
		}
	}
	if len(gone) == 0 {
		return false
	}
	kept := a.Entries[:0]
	for _, g := range a.Entries {
		if !gone[src{g.File, g.Line}] {
			kept = append(kept, g)
		}
	}
	a.Entries = kept
	return true
}

func (a *Agents) finish() {
	a.index = map[string][]int32{}
	for i := range a.Entries {
		w := a.Entries[i].Words[0]
		a.index[w] = append(a.index[w], int32(i))
	}
	for _, ids := range a.index {
		sort.SliceStable(ids, func(i, j int) bool {
			return len(a.Entries[ids[i]].Words) > len(a.Entries[ids[j]].Words)
		})
	}
	a.indexHeads()
	a.firsts = NewWordSet(a.index)
}

// agentWords splits a phrase: '_' joins consecutive words, ' ' allows a gap.
func agentWords(s string) ([]string, []bool) {
	var words []string
	var gap []bool
	for _, chunk := range strings.Fields(s) {
		for k, w := range strings.Split(chunk, "_") {
			if w == "" {
				continue
			}
			base, pos := possessive(w)
			words = append(words, base)
			gap = append(gap, k == 0 && len(words) > 1)
			if pos != "" {
				words = append(words, pos)
				gap = append(gap, false)
			}
		}
	}
	return words, gap
}

// expandSubst replaces every !MARKER! in s by each item of its list.
func expandSubst(s string, subst map[string][]string) []string {
	i := strings.IndexByte(s, '!')
	if i < 0 {
		return []string{s}
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return []string{s}
	}
	items, ok := subst[s[i:i+j+2]]
	if !ok {
		return []string{s}
	}
	var out []string
	for _, it := range items {
		out = append(out, expandSubst(s[:i]+it+s[i+j+2:], subst)...)
		if len(out) > maxSubstForms {
			return out[:maxSubstForms]
		}
	}
	return out
}

// maxSubstForms bounds the phrases one agent line may expand to.
const maxSubstForms = 256

// pluralPhrase forms the regular plural of the last word of a phrase.
func pluralPhrase(s string) string {
	i := strings.LastIndexAny(s, " _")
	return s[:i+1] + plural(strings.ToUpper(s[i+1:]))
}

// plural forms a regular English plural: -IES after a consonant and Y, -ES
// after S, X, Z, CH and SH, else -S.
func plural(w string) string {
	n := len(w)
	switch {
	case n == 0:
		return w
	case n > 1 && w[n-1] == 'Y' && !strings.ContainsRune("AEIOU", rune(w[n-2])):
		return w[:n-1] + "IES"
	case strings.HasSuffix(w, "S"), strings.HasSuffix(w, "X"), strings.HasSuffix(w, "Z"),
		strings.HasSuffix(w, "CH"), strings.HasSuffix(w, "SH"):
		return w + "ES"
	}
	return w + "S"
}
