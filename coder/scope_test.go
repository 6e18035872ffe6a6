package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/dict"
)

// TestScopes checks the verbs the production patterns were written for, read
// from their comments.
func TestScopes(t *testing.T) {
	set, _ := dict.Default()
	sc := scopesOf(set)
	byText := map[string][]string{}
	total := 0
	for b := range set.Verbs.Blocks {
		blk := &set.Verbs.Blocks[b]
		for i := range blk.Patterns {
			p := &blk.Patterns[i]
			total++
			if sc[b] != nil && sc[b][i] != nil {
				byText[blk.Name+": "+p.Text] = sc[b][i]
			}
		}
	}
	tests := []struct {
		pattern string
		want    string // "" for a pattern of the whole block
	}{
		{"ACCLAIM: * + TO [043:042]", "WELCOME"},
		{"ACCLAIM: * + [051]", "PRAISE"},
		{"KILL: + WERE * IN $ AIRSTRIKE [195]", ""}, // no comment
		{"KILL: + * &PREPOSIT1 $ [1823]", "BEHEAD"},
		{"ALLOW: NOT * [120]", "ALLOW APPROVE"},
		// Filed under a verb of another block (URGE is in CALLED_FOR): not
		// a pattern of DEMAND's own verbs.
		{"DEMAND: * HALT [025]", "URGE"},
		{"DEMAND: * + TO STOP [025]", "REQUIRE"},
	}
	for _, tt := range tests {
		if got := strings.Join(byText[tt.pattern], " "); got != tt.want {
			t.Errorf("%s: scope %q, want %q", tt.pattern, got, tt.want)
		}
	}
	// Most PETRARCH-1 patterns carry the verb they came from.
	if len(byText) < total/2 {
		t.Errorf("%d of %d patterns have a scope", len(byText), total)
	}
	t.Logf("%d of %d patterns have a scope", len(byText), total)
}

// TestScopesOfLaterFiles checks that a pattern comment scopes its pattern in
// any verb file read into the set, not only the embedded production files:
// pipeline/data/dyad.verbs.txt is read after them, and its "# RALLY" rows
// once fired for every verb of MOBILIZE ("summoned the envoys to protest").
func TestScopesOfLaterFiles(t *testing.T) {
	base := "--- GATHER [150] ---\nGATHER\nRALLY\nSUMMON [040]\n- * CROWD [141]  # RALLY\n"
	later := "--- +GATHER ---\nRALLY\n- * TO PROTEST [141]  # RALLY\n- * DEMANDING [141]  # SUMMON\n- * ENVOY [114]\n"
	set, err := dict.Build([]dict.Source{
		{Kind: dict.KindVerbs, Name: "base.verbs.txt", Data: []byte(base)},
		{Kind: dict.KindVerbs, Name: "later.verbs.txt", Data: []byte(later)},
	})
	if err != nil {
		t.Fatal(err)
	}
	sc := scopesOf(set)
	tests := []struct {
		pattern string
		want    string // "" for a pattern of the whole block
	}{
		{"* CROWD [141]", "RALLY"},
		{"* TO PROTEST [141]", "RALLY"},
		// SUMMON is not listed under the later section but is a verb of
		// the block it extends: the comment scopes the row to it (before
		// round thirty-two it scoped nothing, and dyad.verbs.txt's
		// "# SEIZE" rows under +APPREHEND fired for ARREST).
		{"* DEMANDING [141]", "SUMMON"},
		{"* ENVOY [114]", ""}, // no comment
	}
	got := map[string]string{}
	for b := range set.Verbs.Blocks {
		for i, p := range set.Verbs.Blocks[b].Patterns {
			if sc != nil && sc[b] != nil {
				got[p.Text] = strings.Join(sc[b][i], " ")
			} else {
				got[p.Text] = ""
			}
		}
	}
	for _, tt := range tests {
		if g, ok := got[tt.pattern]; !ok || g != tt.want {
			t.Errorf("%s: scope %q (found %v), want %q", tt.pattern, g, ok, tt.want)
		}
	}
}
