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
