package coder

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/dict"
)

// TestNewsShapes codes, with the embedded production dictionaries, tree
// shapes dyad's own parser gives real news sentences, each beside the shape
// that already coded, so a mechanism that breaks one of them shows here.
func TestNewsShapes(t *testing.T) {
	set, _ := dict.Default()
	c := New(set, DefaultOptions())
	date := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, tree string
		want       []string // "SRC TGT CODE"
	}{
		{"date after the object",
			"(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD criticized) (NP (NNP Iran)) (PP (IN on) (NP (NNP Thursday)))) (. .)))",
			[]string{"USA IRN 111"}},
		{"date inside the subject",
			"(ROOT (S (NP (NP (DT The) (NNP United) (NNPS States)) (PP (IN on) (NP (NNP Thursday)))) (VP (VBD criticized) (NP (NNP Iran))) (. .)))",
			[]string{"USA IRN 111"}},
		{"weekday after a pattern preposition",
			"(ROOT (S (NP (JJ Israeli) (NNS soldiers)) (VP (VBD arrested) (NP (CD 100) (NNPS Palestinians)) (PP (IN on) (NP (NNP Saturday)))) (. .)))",
			[]string{"ISRMIL PSE 173"}},
		{"month and day before the verb",
			"(ROOT (S (NP (NNP Russia)) (PP (IN on) (NP (NNP March) (CD 3))) (VP (VBD accused) (NP (NNP Georgia))) (. .)))",
			[]string{"RUS USRGEO 112"}},
		{"pattern slot on a phrase with no named actor",
			"(ROOT (S (NP (JJ Soviet) (NNS troops)) (VP (VBD killed) (NP (CD 46) (NNP Afghan) (NNS civilians)) (PP (IN in) (NP (DT an) (NN attack))) (PP (IN on) (NP (DT a) (NN village)))) (. .)))",
			[]string{"SUNMIL AFGCVL 190"}},
		// "- + * &PREPOSIT1 $ [1823]  # BEHEAD" was written for BEHEAD:
		// KILL's own patterns come first, so Pakistan is not the killer.
		{"pattern of another verb of the block",
			"(ROOT (S (NP (JJ Soviet) (NNS troops)) (VP (VBD killed) (NP (CD 46) (NNP Afghan) (NNS civilians)) (PP (IN in) (NP (NNP Pakistan)))) (. .)))",
			[]string{"SUNMIL AFGCVL 190"}},
		// "- * + TO [043:042]  # WELCOME" is not tried before PRAISE's own.
		{"praise is not a welcome",
			"(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD praised) (NP (NP (NNP Haiti) (POS 's)) (NNS efforts)) (S (VP (TO to) (VP (VB improve) (NP (PRP$ its) (NN record)))))) (. .)))",
			[]string{"USA HTI 051"}},
		{"welcome keeps the pattern written for it",
			"(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD welcomed) (NP (NP (NNP Haiti) (POS 's)) (NNS efforts)) (S (VP (TO to) (VP (VB improve) (NP (PRP$ its) (NN record)))))) (. .)))",
			[]string{"USA HTI 043", "HTI USA 042"}},
		// "- NOT * [120]  # ALLOW" before "- WILL NOT * [130]  # TOLERATE".
		{"negation pattern of the verb",
			"(ROOT (S (NP (NNP Israel)) (VP (MD will) (RB not) (VP (VB allow) (NP (NNP Hamas) (NNS candidates)))) (. .)))",
			[]string{"ISR PSEREBHMS 120"}},
		{"negation pattern of another verb",
			"(ROOT (S (NP (NNP Israel)) (VP (MD will) (RB not) (VP (VB tolerate) (NP (NNP Hamas) (NNS candidates)))) (. .)))",
			[]string{"ISR PSEREBHMS 130"}},
		// Not "- WILL * &REFUGEE [0333]", which skips over the NOT.
		{"a negated verb takes the negation pattern",
			"(ROOT (S (NP (NNP Syria)) (VP (MD will) (RB not) (VP (VB accept) (NP (NNS refugees)) (PP (IN from) (NP (NNP Iraq))))) (. .)))",
			[]string{"SYR IRQREF 120"}}, // refugees from Iraq are IRQREF (coder/actors.go placeRoles)
		{"target past an agent-only phrase",
			"(ROOT (S (NP (NP (NNP Iran)) (NP-TMP (NN today))) (VP (VBD threatened) (S (VP (TO to) (VP (VB launch) (NP (DT a) (JJ new) (JJ military) (NN offensive)) (PP (IN in) (NP (PRP$ its) (NNP Gulf) (NN war))) (PP (IN with) (NP (NNP Iraq))))))) (. .)))",
			[]string{"IRN IRQ 130"}},
		{"the verb without the not",
			"(ROOT (S (NP (NNP Israel)) (VP (MD will) (VP (VB allow) (NP (NNP Hamas) (NNS candidates)))) (. .)))",
			[]string{"ISR PSEREBHMS 080"}},
		{"a negated verb with no negation pattern is no event",
			"(ROOT (S (NP (NNP Russia)) (VP (VBZ has) (RB not) (VP (VBN recognized) (NP (NNP Kosovo)))) (. .)))",
			nil},
		{"the same verb not negated",
			"(ROOT (S (NP (NNP Russia)) (VP (VBZ has) (VP (VBN recognized) (NP (NNP Kosovo)))) (. .)))",
			[]string{"RUS YUGKSV 051"}},
		{"a reported event without the reporting statement",
			"(ROOT (S (NP (NNP Turkey)) (VP (VBD said) (NP-TMP (NNP Monday)) (SBAR (S (NP (PRP it)) (VP (VBD had) (VP (VBN asked) (NP (NNP Tehran)) (S (VP (TO to) (VP (VB provide) (NP (JJ urgent) (NN information)))))))))) (. .)))",
			[]string{"TUR IRN 0214"}},
		{"a pattern that reads the reporting verb keeps the statement",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD said) (PP (IN on) (NP (NNP Monday))) (SBAR (IN that) (S (NP (NNP China)) (VP (VBD had) (VP (VBN attacked) (NP (NNP Japan))))))) (. .)))",
			[]string{"IRN CHN 010", "IRN CHN 111"}},
		{"a statement with nothing reported stays",
			"(ROOT (S (NP (NNP Turkey)) (VP (VBD said) (NP-TMP (NNP Monday)) (SBAR (S (NP (NNP Iran)) (VP (VBD was) (ADJP (JJ calm)))))) (. .)))",
			[]string{"TUR IRN 010"}},
		{"a statement is not addressed to the place of what it reports",
			"(ROOT (S (NP (NNP Turkey)) (VP (VBD said) (NP-TMP (NNP Monday)) (SBAR (S (NP (DT the) (NNS talks)) (VP (VBD were) (ADJP (JJ calm)) (PP (IN in) (NP (NNP Baghdad))))))) (. .)))",
			nil},
		{"a statement to an actor named without a place preposition stays",
			"(ROOT (S (NP (NNP Turkey)) (VP (VBD said) (NP-TMP (NNP Monday)) (SBAR (S (NP (DT the) (NNS talks)) (VP (VBD were) (ADJP (JJ calm)) (PP (IN for) (NP (NNP Baghdad))))))) (. .)))",
			[]string{"TUR IRQ 010"}},
		{"a role beside a person takes the person's country",
			"(ROOT (S (NP (NNP Fijian) (NNS rebels)) (VP (VBD released) (NP (NP (NNP Mahendra) (NNP Chaudhry)) (CC and) (NP (NP (NNS members)) (PP (IN of) (NP (PRP$ his) (NN government)))))) (. .)))",
			[]string{"FJIREB FJIELI 084", "FJIREB FJIGOV 084"}},
		{"no target deep in a participle phrase past an agent-only one",
			"(ROOT (S (NP (JJ Turkish) (NNS police)) (VP (VBD prevented) (NP (NP (DT a) (NN rally)) (VP (VBN staged) (PP (IN by) (NP (NNS students))) (S (VP (TO to) (VP (VB protest) (NP (NP (DT the) (NN war)) (PP (IN in) (NP (NNP Iraq)))))))))) (. .)))",
			nil},
		{"a participle phrase's actor is the target when none comes before it",
			"(ROOT (S (NP (JJ French) (NNS authorities)) (VP (VBD released) (NP (NP (DT a) (NN ship)) (VP (VBN operated) (PP (IN by) (NP (NNP Greenpeace)))))) (. .)))",
			[]string{"FRAGOV NGOENV 084"}},
		{"a thing's modifier gives no role to the country it is of",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD criticized) (NP (NP (DT the) (JJ naval) (NN blockade)) (PP (IN of) (NP (NNP Iraq))))) (. .)))",
			[]string{"IRN IRQ 111"}},
		{"a head that names people gives its role",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD criticized) (NP (NP (DT the) (NN government)) (PP (IN of) (NP (NNP Iraq))))) (. .)))",
			[]string{"IRN IRQGOV 111"}},
		{"a plural head that names people gives its role",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD criticized) (NP (NP (DT the) (JJ naval) (NNS officers)) (PP (IN of) (NP (NNP Iraq))))) (. .)))",
			[]string{"IRN IRQMIL 111"}},
		// "- + * &PREPOSIT1 $ [173]" (the synset holds BY) reads a passive.
		{"an active verb does not take a passive pattern",
			"(ROOT (S (NP (JJ Israeli) (NNS soldiers)) (VP (VBD arrested) (NP (CD 100) (NNPS Palestinians)) (PP (IN in) (NP (NNP Hebron)))) (. .)))",
			[]string{"ISRMIL PSE 173"}},
		{"the passive keeps it",
			"(ROOT (S (NP (CD 100) (NNPS Palestinians)) (VP (VBD were) (VP (VBN arrested) (PP (IN by) (NP (NNP Israeli) (NNS soldiers))) (PP (IN in) (NP (NNP Hebron))))) (. .)))",
			[]string{"ISRMIL PSE 173"}},
		{"a verb outside a verb phrase reads only its own phrase",
			"(ROOT (S (NP (NP (JJ Soviet) (NN aircraft)) (PP (VBG including) (NP (JJR helicopter) (NNS gunships)))) (VP (VBD killed) (NP (CD 46) (NNP Afghan) (NNS civilians)) (PP (IN in) (NP (DT an) (NN attack))) (PP (IN on) (NP (DT a) (NN village)))) (. .)))",
			[]string{"SUN AFGCVL 190"}},
		// SAY's "- * ECONOMIC AID [0331]" read past "halted".
		{"a reporting pattern yields to the reported verb it read past",
			"(ROOT (S (NP (NNP Japan)) (VP (VBD said) (PP (IN on) (NP (NNP Tuesday))) (SBAR (S (NP (PRP it)) (VP (VBD had) (VP (VBN halted) (NP (JJ economic) (NN aid)) (PP (TO to) (NP (NNP Yugoslavia)))))))) (. .)))",
			[]string{"JPN YUG 1621"}},
		{"a nationality conjunct shares the head noun's role",
			"(ROOT (S (NP (NP (JJ Senior) (NNP Hungarian)) (CC and) (NP (NNP Romanian) (NNS officials))) (VP (VBD met) (PP (IN in) (NP (NNP Budapest)))) (. .)))",
			[]string{"HUNGOV ROUGOV 044", "ROUGOV HUNGOV 044"}},
		{"a conjunct with its own noun keeps its role",
			"(ROOT (S (NP (NP (NNP Hungarian) (NNS farmers)) (CC and) (NP (NNP Romanian) (NNS officials))) (VP (VBD met) (PP (IN in) (NP (NNP Budapest)))) (. .)))",
			[]string{"HUNAGR ROUGOV 044", "ROUGOV HUNAGR 044"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := codeTree(t, c, tt.tree, date), strings.Join(tt.want, "; "); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestCountryOfRole(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"FJIELI", "FJI"},
		{"USAGOV", "USA"},
		{"PSEREBHMS", "PSEREBHMS"}, // a named group is lent whole
		{"IGOUNO", "IGOUNO"},       // not a country and a sector
		{"DNK", "DNK"},
	} {
		if got := countryOfRole(tt.in); got != tt.want {
			t.Errorf("countryOfRole(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestComposePeacekeepers(t *testing.T) {
	pk := &dict.Agent{Words: []string{"PEACEKEEPING", "TROOPS"}, Code: "IGO", Before: true, Phrase: "PEACEKEEPING_TROOPS"}
	obs := &dict.Agent{Words: []string{"TRUCE", "MONITOR"}, Code: "IGO", Before: true, Phrase: "TRUCE_MONITOR"}
	for _, tt := range []struct {
		actor string
		g     *dict.Agent
		want  string
	}{
		{"BGD", pk, "BGDMIL"},          // a state's troops are its military
		{"IGOWSTNAT", pk, "IGOWSTNAT"}, // a body's stay the body's
		{nullCode, pk, "IGO"},          // no named body: the generic IGO
		{"BGD", obs, "IGOBGD"},         // only troops
	} {
		if got := composeCode(tt.actor, []*dict.Agent{tt.g}); got != tt.want {
			t.Errorf("composeCode(%q, %s) = %q, want %q", tt.actor, tt.g.Phrase, got, tt.want)
		}
	}
}

func TestSameNoun(t *testing.T) {
	for _, tt := range []struct {
		w, n string
		want bool
	}{
		{"SOLDIERS", "SOLDIER", true},
		{"MILITIAS", "MILITIA", true},
		{"AUTHORITIES", "AUTHORITY", true},
		{"GUNMEN", "GUNMAN", true},
		{"GOVERNMENT", "GOVERNMENT", true},
		{"BLOCKADE", "NAVAL", false},
		{"OFFICE", "OFFICER", false},
	} {
		if got := sameNoun(tt.w, tt.n); got != tt.want {
			t.Errorf("sameNoun(%q, %q) = %v, want %v", tt.w, tt.n, got, tt.want)
		}
	}
}
