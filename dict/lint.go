package dict

import (
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
)

// Vocabulary returns the English words the set's own dictionaries use as
// words, not names: every verb form (with the words it must stand beside),
// every word of an agent phrase, every word of a synonym set. "BAN" is a
// verb of the CAMEO dictionary, "POLE" an agent word ("POLE_VAULTER"); an
// actor phrase that is one of these words is a false actor wherever the
// word is used as a word.
func (s *Set) Vocabulary() map[string]bool {
	out := map[string]bool{}
	add := func(ws ...string) {
		for _, w := range ws {
			if isWord(w) {
				out[w] = true
			}
		}
	}
	for w, fs := range s.Verbs.forms {
		add(w)
		for _, f := range fs {
			add(f.Pre...)
			add(f.Post...)
		}
	}
	for _, ss := range s.Verbs.Synsets {
		for _, p := range ss.Phrases {
			add(p...)
		}
	}
	for i := range s.Agents.Entries {
		add(s.Agents.Entries[i].Words...)
	}
	return out
}

// CommonWords lints the actor dictionary for false actors: one-word phrases
// that are common English words. A one-word phrase codes its word wherever
// it stands, whatever the case, so the alias "BAN" of Ban Ki-moon made "lift
// the ban" a UN actor, and Phoenix's "POLE" makes every pole Polish. common
// says whether a word is a common English word (tag.Model.CommonWord is
// one). Each finding is positioned at the entry the phrase belongs to; they
// are for review, and an overlay drops those that are false ("!PHRASE").
func (a *Actors) CommonWords(common func(string) bool) dyad.ErrorList {
	type finding struct {
		word  string
		actor int32
	}
	var fs []finding
	for w, ps := range a.index {
		for _, p := range ps {
			if len(p.words) == 1 && isWord(w) && common(w) {
				fs = append(fs, finding{w, p.actor})
			}
		}
	}
	sort.Slice(fs, func(i, j int) bool {
		ei, ej := &a.Entries[fs[i].actor], &a.Entries[fs[j].actor]
		if ei.File != ej.File {
			return ei.File < ej.File
		}
		if ei.Line != ej.Line {
			return ei.Line < ej.Line
		}
		return fs[i].word < fs[j].word
	})
	var out dyad.ErrorList
	for _, f := range fs {
		e := &a.Entries[f.actor]
		code := e.Code
		if code == "" && len(e.Dated) > 0 {
			code = e.Dated[len(e.Dated)-1].Code
		}
		what := e.Phrase
		if what == f.word {
			what = "its own entry"
		}
		out.Add(e.File, e.Line, "%s (%s, %s) is also a common English word", f.word, what, code)
	}
	return out
}

// isWord reports whether w is a plain word, letters only (not "U.S.",
// "AL-QAIDA" or "'S"), the only kind a word list can judge.
func isWord(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0
}

// Shadowed lints the actor dictionary for synonyms that never code: a "+"
// phrase written under one entry when an earlier entry already has it. The
// reader keeps the first, so "PRESIDENT_GEORGE_BUSH" under George W. Bush
// coded his father. Findings whose two entries give the same code on every
// date are not reported; the others are for review (an overlay can make the
// phrase its own entry with both people's terms, as dyad.errata.actors.txt
// does for the Presidents Bush).
func (a *Actors) Shadowed() dyad.ErrorList {
	var out dyad.ErrorList
	for _, d := range a.shadowed {
		if owner, ok := a.byKey[d.key]; !ok || owner != d.owner {
			continue // a later overlay gave the phrase to another entry
		}
		u, o := &a.Entries[d.under], &a.Entries[d.owner]
		if sameCodes(u, o) {
			continue
		}
		out.Add(d.file, d.line, "%s under %s is %s's already (%s): it never codes as %s", d.phrase, u.Phrase, o.Phrase, o.Where, u.Phrase)
	}
	return out
}

// sameCodes reports whether two entries have the same default code and
// date restrictions.
func sameCodes(a, b *Actor) bool {
	if a.Code != b.Code || len(a.Dated) != len(b.Dated) {
		return false
	}
	for i := range a.Dated {
		x, y := a.Dated[i], b.Dated[i]
		if x.Code != y.Code || x.From != y.From || x.To != y.To {
			return false
		}
	}
	return true
}
