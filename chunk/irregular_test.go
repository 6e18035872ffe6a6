package chunk

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestSubjectPast runs the pre-parse retag on tagged words: an irregular
// past read as the subject's last noun becomes VBD before an object,
// particle, "to", a preposition of its list or "and" with a past verb, when
// its clause has no finite verb of its own; it stays as it is before a
// name, a number or "by" (a participle's agent), after no noun, or with a
// verb of its own in the clause.
func TestSubjectPast(t *testing.T) {
	for _, c := range []struct {
		tagged string
		want   string
	}{
		{"The/DT envoy/NN spoke/NN by/IN phone/NN with/IN Oslo/NNP", "VBD"},
		{"Finnish/JJ police/NNS fought/NN off/RP the/DT mob/NN", "VBD"},
		{"A/DT sniper/NN shot/NN the/DT mayor/NN", "VBD"},
		{"Villagers/NNS beat/NN to/TO death/NN a/DT thief/NN", "VBD"},
		{"A/DT sniper/NN shot/NN and/CC badly/RB wounded/VBD a/DT guard/NN", "VBD"},
		{"The/DT envoy/NN spoke/NN by/IN phone/NN and/CC urged/VBD calm/NN", "VBD"},
		{"A/DT sniper/NN shot/NN by/IN police/NNS", "NN"},
		{"Norway/NNP beat/NN Sweden/NNP 3-1/CD", "NN"},
		{"the/DT shot/NN of/IN a/DT rifle/NN", "NN"},
		{"A/DT sniper/NN shot/NN the/DT mayor/NN who/WP died/VBD", "NN"},
		{"Police/NNS said/VBD a/DT sniper/NN shot/NN the/DT mayor/NN", "NN"},
		{"A/DT sniper/NN Shot/NN the/DT mayor/NN", "NN"},
		{"A/DT sniper/NN shot/NN down/RP a/DT plane/NN", "VBD"},
	} {
		toks := tagged(c.tagged)
		s := state{toks: toks, end: len(toks)}
		s.retagSubjectPast()
		got := ""
		for _, tk := range s.toks {
			if _, ok := subjectPasts[strings.ToLower(tk.Word)]; ok {
				got = tk.Tag
			}
		}
		if got != c.want {
			t.Errorf("%s: %s, want %s", c.tagged, got, c.want)
		}
	}
}

// TestSubjectPastParse parses sentences through the tagger: each gets its
// irregular past as the verb of a clause and keeps its words' byte offsets.
func TestSubjectPastParse(t *testing.T) {
	for _, c := range []struct{ text, verb string }{
		{"Austria's foreign minister spoke by telephone with his Serbian counterpart on Friday.", "spoke"},
		{"A sniper shot and seriously wounded a border guard near the crossing on Sunday.", "shot"},
		{"A mob beat to death a suspected thief in the market, officials said.", "beat"},
	} {
		p := New(nil)
		tree := p.Parse("", dyad.Sentence{Text: c.text})
		for _, tk := range p.Tokens() {
			if c.text[tk.Start:tk.End] != tk.Word {
				t.Errorf("%s: %q at %d:%d", c.text, tk.Word, tk.Start, tk.End)
			}
		}
		if got := tree.String(); !strings.Contains(got, "(VBD "+c.verb+")") || !strings.HasPrefix(got, "(ROOT (S") {
			t.Errorf("%s: %s, want a clause with %s/VBD", c.text, got, c.verb)
		}
	}
}

// TestOpeningParticiple runs the pre-parse retag on tagged words: a
// participle (or a capitalised -ed form read as a past tense) opening the
// sentence, after a dateline if any, before a noun or adjective becomes an
// adjective when a finite verb follows; before a comma or a preposition, or
// with no later verb, it keeps its tag.
func TestOpeningParticiple(t *testing.T) {
	for _, c := range []struct {
		tagged string
		want   string
	}{
		{"Jailed/VBN opposition/NN leader/NN Ivanov/NNP appealed/VBD", "JJ"},
		{"OSLO/NNP ,/, May/NNP 2/CD -LRB-/-LRB- Reuters/NNP -RRB-/-RRB- -/: Jailed/VBN opposition/NN leader/NN Ivanov/NNP appealed/VBD", "JJ"},
		{"OSLO/NNP ,/, May/NNP 2/CD -LRB-/-LRB- Reuters/NNP -RRB-/-RRB- -/: Jailed/VBD opposition/NN leader/NN Ivanov/NNP appealed/VBD", "JJ"},
		{"OSLO/NNP ,/, May/NNP 2/CD -LRB-/-LRB- Reuters/NNP -RRB-/-RRB- -/: Jailed/VBD opposition/NN leaders/NNS", "VBD"},
		{"Jailed/VBN by/IN Norway/NNP ,/, Ivanov/NNP appealed/VBD", "VBN"},
		{"Jailed/VBN opposition/NN leaders/NNS ,/, Ivanov/NNP appealed/VBD", "VBN"},
		{"Police/NNS jailed/VBD opposition/NN leader/NN Ivanov/NNP and/CC fined/VBD", "VBD"},
	} {
		toks := tagged(c.tagged)
		s := state{toks: toks, end: len(toks)}
		s.retagOpeningParticiple()
		got := ""
		for _, tk := range s.toks {
			if strings.EqualFold(tk.Word, "jailed") {
				got = tk.Tag
			}
		}
		if got != c.want {
			t.Errorf("%s: %s, want %s", c.tagged, got, c.want)
		}
	}
}
