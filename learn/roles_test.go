package learn

import (
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestRoleOf(t *testing.T) {
	for _, tc := range []struct {
		code, key, own string
		ok             bool
	}{
		{"IRN", "STATE.bare", RoleBare, true},
		{"USAGOV", "STATE.GOV", "GOV", true},
		{"PAKMILGOV", "STATE.MIL", "MILGOV", true},
		{"REB", "REB.bare", RoleBare, true},
		{"IGOUNO", "IGO.UNO", "UNO", true},
		{"USAG", "STATE.bare", "G", true},
		{"-", "", "", false},
		{"", "", "", false},
	} {
		key, own, ok := RoleOf(tc.code)
		if ok && kindHash(tc.code) != hashString(key) {
			t.Errorf("kindHash(%q) is not the hash of %q", tc.code, key)
		}
		if key != tc.key || own != tc.own || ok != tc.ok {
			t.Errorf("RoleOf(%q) = %q %q %v, want %q %q %v", tc.code, key, own, ok, tc.key, tc.own, tc.ok)
		}
	}
	for _, tc := range []struct{ code, class, want string }{
		{"IRN", "GOV", "IRNGOV"},
		{"USAGOV", "MIL", "USAMIL"},
		{"USAGOV", RoleBare, "USA"},
		{"PAKCVL", "OPP", "PAKOPP"},
	} {
		if got := WithRole(tc.code, tc.class); got != tc.want {
			t.Errorf("WithRole(%q, %q) = %q, want %q", tc.code, tc.class, got, tc.want)
		}
	}
}

// roleSentence is "SRC VERB TGT." with the actors' codes and words as
// given, each event as a coder would give it.
func roleSentence(src, srcCode, verb, tgt, tgtCode string) *Sentence {
	text := src + " " + verb + " " + tgt + "."
	const start = 50
	vs := start + len(src) + 1
	ts := vs + len(verb) + 1
	e := dyad.Event{
		Source:   dyad.Actor{Code: srcCode, Text: src, Span: dyad.Span{Start: start, End: start + len(src)}},
		Target:   dyad.Actor{Code: tgtCode, Text: tgt, Span: dyad.Span{Start: ts, End: ts + len(tgt)}},
		Code:     "190",
		Verb:     dyad.Span{Start: vs, End: vs + len(verb)},
		VerbText: verb,
		Pattern:  "test.txt:1: - * [190]",
	}
	return &Sentence{Text: text, Start: start, Events: []dyad.Event{e}}
}

// roleModel is a role model trained on hand-made sides: a country's
// gunboats are its military, a country named alone stays bare, its
// officials keep their GOV, and a class seen twice is no candidate.
func roleModel(t *testing.T, relabelAt float64) *Model {
	t.Helper()
	var exs []Example
	add := func(s *Sentence, side int, label string) {
		a, _ := actorOf(&s.Events[0], side)
		key, own, _ := RoleOf(a.Code)
		exs = append(exs, Example{Features: RoleFeatures(s, 0, side), Label: label, Code: own, Key: key, Weight: 1})
	}
	for _, c := range [][2]string{{"Iranian", "IRN"}, {"Turkish", "TUR"}, {"Greek", "GRC"}, {"Chinese", "CHN"}, {"Indian", "IND"}} {
		s := roleSentence(c[0]+" gunboats", c[1], "attacked", "a tanker", "PAN")
		add(s, SideSource, "MIL")
		add(s, SideTarget, Keep)
		s = roleSentence(c[1][:1]+strings.ToLower(c[1][1:]), c[1], "attacked", "Panama", "PAN")
		add(s, SideSource, Keep)
		s = roleSentence(c[0]+" officials", c[1]+"GOV", "attacked", "Panama", "PAN")
		add(s, SideSource, Keep)
	}
	for range 2 {
		add(roleSentence("Kenyan students", "KEN", "attacked", "Panama", "PAN"), SideSource, "EDU")
	}
	o := RoleOptions
	o.RelabelAt = relabelAt
	return Train(exs, o)
}

func TestRoleCandidates(t *testing.T) {
	m := roleModel(t, 0.5)
	var got []string
	for _, c := range m.Candidates["STATE.bare"] {
		got = append(got, m.Classes[c])
	}
	if !slices.Equal(got, []string{"MIL"}) {
		t.Errorf("candidates of STATE.bare = %v, want [MIL] (EDU has two sides, under min_support 3)", got)
	}
	if cs, ok := m.Candidates["STATE.GOV"]; ok {
		t.Errorf("STATE.GOV has candidates %v; no GOV side took another role", cs)
	}
}

func TestApplyRoles(t *testing.T) {
	m := roleModel(t, 0.5)
	for _, tc := range []struct {
		s        *Sentence
		src, tgt string
	}{
		{roleSentence("Syrian gunboats", "SYR", "attacked", "a tanker", "PAN"), "SYRMIL", "PAN"},
		// A country named alone, and officials coded GOV (a kind with
		// no candidate), keep their codes.
		{roleSentence("Syria", "SYR", "attacked", "Panama", "PAN"), "SYR", "PAN"},
		{roleSentence("Syrian officials", "SYRGOV", "attacked", "Panama", "PAN"), "SYRGOV", "PAN"},
		// No actor: left alone.
		{roleSentence("Syrian gunboats", "-", "attacked", "a tanker", "PAN"), "-", "PAN"},
	} {
		orig := tc.s.Events[0].Source.Code
		m.ApplyRoles(tc.s)
		e := tc.s.Events[0]
		if e.Source.Code != tc.src || e.Target.Code != tc.tgt {
			t.Errorf("%q: %s %s, want %s %s", tc.s.Text, e.Source.Code, e.Target.Code, tc.src, tc.tgt)
		}
		if changed := e.Source.Code != orig; changed != strings.Contains(e.Pattern, "learned role") {
			t.Errorf("%q: pattern %q", tc.s.Text, e.Pattern)
		}
	}
	// The threshold decides: a model that never relabels keeps the gunboats bare.
	never := roleModel(t, 1)
	s := roleSentence("Syrian gunboats", "SYR", "attacked", "a tanker", "PAN")
	if c := never.DecideRole(s, 0, SideSource); c != "" {
		t.Errorf("relabel_at 1 gave %q", c)
	}
	if c := m.DecideRole(s, 0, SideSource); c != "SYRMIL" {
		t.Errorf("DecideRole = %q, want SYRMIL", c)
	}
}

func TestRoleFeaturesGeneral(t *testing.T) {
	s := roleSentence("the Iranian foreign ministry", "IRNGOV", "condemned", "Israeli forces", "ISRMIL")
	got := RoleFeatures(s, 0, SideSource)
	for _, want := range []string{"side=src", "kind=state.gov", "w+kind=foreign|state.gov", "w+kind=ministry|state.gov", "head+kind=ministry|state.gov",
		"verb+kind=condemned|state.gov", "other+kind=state.mil|state.gov", "after+kind=condemned|state.gov"} {
		if !slices.Contains(got, want) {
			t.Errorf("features lack %q: %v", want, got)
		}
	}
	for _, f := range got {
		if strings.Contains(f, "iranian") || strings.Contains(f, "israeli") {
			t.Errorf("feature %q holds a name", f)
		}
	}
	// Scoring hashes the same features without building them.
	var h featureSet
	h.hashed = true
	roleFeatures(&h, s, 0, SideSource)
	var want []uint64
	for _, f := range got {
		want = append(want, hashString(f))
	}
	if !slices.Equal(h.hashes, want) {
		t.Errorf("hashed features differ from the named ones")
	}
}

// TestApplyRolesAllocs checks that deciding sides allocates nothing: only
// a relabel builds strings (the new code and the pattern's note).
func TestApplyRolesAllocs(t *testing.T) {
	m := roleModel(t, 0.5)
	s := roleSentence("Syrian officials", "SYRGOV", "attacked", "Panama", "PAN")
	s.Events = append(s.Events, roleSentence("Syria", "SYR", "attacked", "Panama", "PAN").Events[0])
	m.ApplyRoles(s) // the scorer pool's first buffers
	if n := testing.AllocsPerRun(100, func() { m.ApplyRoles(s) }); n != 0 {
		t.Errorf("ApplyRoles allocates %v times on sides it keeps", n)
	}
}
