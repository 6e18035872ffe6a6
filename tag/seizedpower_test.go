package tag

import (
	"testing"

	"github.com/dyadproject/dyad/token"
)

// TestSeizedPower checks that "seized" before "power" after a noun is the
// sentence's verb, and that "seized" elsewhere keeps its own tag.
func TestSeizedPower(t *testing.T) {
	tests := []wordTag{
		{"Guinea's military seized power in a coup on Sunday .", "seized", "VBD"},
		{"Bolivia's army chief seized power on Tuesday .", "seized", "VBD"},
		{"Police displayed the seized weapons on Monday .", "seized", "JJ"},
	}
	checkWordTags(t, tests)
}

// TestSeizedPowerAllocs keeps the pass off the heap: it runs on every
// sentence the tagger sees.
func TestSeizedPowerAllocs(t *testing.T) {
	toks := []token.Token{{Word: "military", Tag: "JJ"}, {Word: "Seized", Tag: "JJ"}, {Word: "Power", Tag: "NN"}}
	if n := testing.AllocsPerRun(100, func() { seizedPower(toks) }); n != 0 {
		t.Errorf("seizedPower allocates %.0f times per sentence", n)
	}
}
