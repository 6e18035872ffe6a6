package topic

import (
	"reflect"
	"testing"
)

func TestNounForms(t *testing.T) {
	tests := map[string][]string{
		"drone":      {"drone", "drones"},
		"technology": {"technology", "technologies"},
		"day":        {"day", "days"},
		"missile":    {"missile", "missiles"},
		"crisis":     {"crisis", "crises"},
		"match":      {"match", "matches"},
		"chairman":   {"chairman", "chairmen", "chairmans"},
		"child":      {"child", "children"},
		"knife":      {"knife", "knifes", "knives"},
		"torpedo":    {"torpedo", "torpedos", "torpedoes"},
		"arms":       {"arms", "arms"},
		"attaché":    {"attaché", "attachés"},
	}
	for w, want := range tests {
		if got := nounForms(w); !reflect.DeepEqual(got, want) {
			t.Errorf("nounForms(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestVerbForms(t *testing.T) {
	tests := map[string][]string{
		"drill":   {"drill", "drills", "drilled", "drilling"},
		"strike":  {"strike", "struck", "stricken", "strikes", "striked", "striking"},
		"supply":  {"supply", "supplies", "supplied", "supplying"},
		"ban":     {"ban", "bans", "baned", "baning", "banned", "banning"},
		"tie":     {"tie", "ties", "tied", "tying"},
		"agree":   {"agree", "agrees", "agreed", "agreeing"},
		"smash":   {"smash", "smashes", "smashed", "smashing"},
		"sell":    {"sell", "sold", "sells", "selled", "selling"},
		"stay":    {"stay", "stays", "stayed", "staying"},
		"embargo": {"embargo", "embargoes", "embargoed", "embargoing"},
	}
	for w, want := range tests {
		if got := verbForms(w); !reflect.DeepEqual(got, want) {
			t.Errorf("verbForms(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestSplitWords(t *testing.T) {
	tests := map[string][]string{
		"Cyber-Attack":          {"cyber", "attack"},
		"P5+1":                  {"p5", "1"},
		"the U.S.-led West's":   {"the", "u", "s", "led", "west", "s"},
		"  “ÉLAN” — ok":         {"élan", "ok"},
		"astrovirus†infection":  {"astrovirus", "infection"},
		"--":                    nil,
		"":                      nil,
		"Ünïcode\u0301 café":    {"ünïcode\u0301", "café"},
		"weapons_grade uranium": {"weapons", "grade", "uranium"},
	}
	for s, want := range tests {
		if got := splitWords(s); !reflect.DeepEqual(got, want) {
			t.Errorf("splitWords(%q) = %q, want %q", s, got, want)
		}
	}
}
