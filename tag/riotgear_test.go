package tag

import (
	"testing"

	"github.com/dyadproject/dyad/token"
)

// TestRiotGearNoun checks that the first word of a crowd-control weapon's
// name is a noun before its head, and keeps its own tag elsewhere.
func TestRiotGearNoun(t *testing.T) {
	tests := []wordTag{
		{"Kenyan police fired tear gas at protesters .", "tear", "NN"},
		{"Riot police used water cannon and tear gas on the crowd .", "tear", "NN"},
		{"Police used water cannon and rubber bullets against the marchers .", "rubber", "NN"},
		{"Police fired stun grenades and pepper spray at students .", "pepper", "NN"},
		{"Officers fired pepper sprays at students .", "pepper", "NN"},
		{"Pepper sprays were used against the crowd .", "Pepper", "NN"},
		{"The talks could tear the coalition apart .", "tear", "VB"},
	}
	checkWordTags(t, tests)
}

// TestRiotGearNounAllocs keeps the check off the heap: it runs for every
// token the tagger sees.
func TestRiotGearNounAllocs(t *testing.T) {
	toks := []token.Token{{Word: "Belarusian"}, {Word: "Rubber"}, {Word: "Bullets"}}
	if n := testing.AllocsPerRun(100, func() {
		for i := range toks {
			riotGearNoun(toks, i)
		}
	}); n != 0 {
		t.Errorf("riotGearNoun allocates %.0f times per sentence", n)
	}
}
