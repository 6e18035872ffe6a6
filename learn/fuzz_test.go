package learn

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds damaged model files to Parse: no panics; a file it
// accepts scores a sentence as a code relabeller and as a role relabeller
// (the two models share the file format) and survives a round trip
// through Marshal.
func FuzzParse(f *testing.F) {
	f.Add(modelFile[:min(len(modelFile), 4096)])
	f.Add(rolesFile[:min(len(rolesFile), 4096)])
	f.Add([]byte("classes KEEP DROP GOV MIL bare\ncandidates\tSTATE.GOV\t3\ncandidates\tSTATE.bare\t2 3\nbias\t0:1 2:3 3:-1\nkind=state.gov\t3:9\n"))
	f.Add([]byte("classes KEEP DROP bare\ncandidates\tSTATE.GOV\t2 7\n"))
	f.Add([]byte("classes KEEP DROP 0312 0871\ncandidates\t030 dyad.verbs.txt: - % *_TO [030:030]\t2 3\nbias\t0:1 2:3\n"))
	f.Add([]byte("setting drop_at 0.5\nsetting relabel_at x\nclasses KEEP DROP\n"))
	f.Add([]byte("classes KEEP DROP\nbias\t9:1\ncandidates\t030 P\t-1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Parse(data)
		if err != nil {
			return
		}
		s := sentence()
		for k := range s.Events {
			m.Decide(s, k)
		}
		for k := range s.Events {
			m.DecideRole(s, k, SideSource)
			m.DecideRole(s, k, SideTarget)
		}
		m.ApplyRoles(s)
		m.Apply(s)
		out, err := m.Marshal()
		if err != nil {
			return // a feature Marshal cannot write is reported, not written
		}
		again, err := Parse(out)
		if err != nil {
			t.Fatalf("Parse accepted %q but not its Marshal %q: %v", data, out, err)
		}
		if out2, _ := again.Marshal(); !bytes.Equal(out, out2) {
			t.Fatalf("round trip of %q changed it:\n%s\n%s", data, out, out2)
		}
	})
}

// FuzzWords feeds raw sentence text to the word scanners the features read
// around a verb: no panics, every word is a piece of the text made of word
// runes only, and nextWord's word and rest are the text's tail.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"", "Iran condemned the “", "the president’s", "’’’", " “aggression” against", "a,b", "\xe2\x80", "x\xff’s", "Côte d’Ivoire’s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := lastWord(s)
		if !strings.Contains(s, w) || strings.ContainsAny(w, " ,.;“”") {
			t.Fatalf("lastWord(%q) = %q", s, w)
		}
		if utf8.ValidString(s) && !utf8.ValidString(w) {
			t.Fatalf("lastWord(%q) = %q, not UTF-8", s, w)
		}
		w, rest := nextWord(s)
		if !strings.HasSuffix(s, w+rest) || strings.ContainsAny(w, " ,.;“”") {
			t.Fatalf("nextWord(%q) = %q, %q", s, w, rest)
		}
		if w == "" && rest != "" {
			t.Fatalf("nextWord(%q) = no word but rest %q", s, rest)
		}
	})
}
