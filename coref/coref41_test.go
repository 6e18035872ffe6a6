package coref

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// resolveLast resolves phrase at its last occurrence in text (a document
// built by doc) and returns the codes, or nil when nothing resolves.
func resolveLast(r *Resolver, text, phrase string) []string {
	off := strings.LastIndex(text, phrase)
	sent := strings.Count(text[:off], ". ")
	actors, ok := r.Resolve(phrase, dyad.Span{Start: off, End: off + len(phrase)}, sent)
	if !ok {
		return nil
	}
	var codes []string
	for _, a := range actors {
		codes = append(codes, a.Code)
	}
	return codes
}

// resolution is one case of a table test: the document marked as doc reads
// it, the phrase resolved at its last occurrence, and the codes wanted
// joined by spaces ("" when nothing may resolve).
type resolution struct {
	name, marked, phrase string
	want                 string
}

// checkResolutions resolves each case's phrase in its document and reports
// the cases whose codes differ from the wanted ones.
func checkResolutions(t *testing.T, tests []resolution) {
	t.Helper()
	for _, tt := range tests {
		r, text := doc(tt.marked, nil)
		got := strings.Join(resolveLast(r, text, tt.phrase), " ")
		if got != tt.want {
			t.Errorf("%s: %q resolved to %q, want %q", tt.name, tt.phrase, got, tt.want)
		}
	}
}

// TestDescriptionAgreement: a description resolves only to an antecedent
// whose code is the kind of body its head names (agreement), and "the
// junta" is the "military government" or "military rulers" named before.
func TestDescriptionAgreement(t *testing.T) {
	tests := []resolution{ // want "": nothing may resolve
		{"army to a state's military", "[[Sudan's army|SDNMIL|]] retook the palace. [[The Rapid Support Forces|SDNREB|]] denied it. Then the army said more. ", "the army", "SDNMIL"},
		// Negative: "Forces" shares the army's head class, but a paramilitary is no army.
		{"army not to a paramilitary", "[[The Rapid Support Forces|SDNREB|]] denied it. Then the army said more. ", "the army", ""},
		{"military not to the police", "[[Pakistani security forces|PAKCOP|]] killed six. Then the military said more. ", "the military", ""},
		{"bloc to an IGO", "[[the BRICS bloc|IGO|]] met. Then the bloc said more. ", "the bloc", "IGO"},
		{"bloc to a region", "[[The Western bloc|WST|]] met. Then the bloc said more. ", "the bloc", "WST"},
		// Negative: a mention with "bloc" in it coded as one state is no bloc.
		{"bloc not to a state", "[[the China-led bloc|CHN|]] met. Then the bloc said more. ", "the bloc", ""},
		{"ministry to a government", "[[Russia's foreign ministry|RUSGOV|]] spoke. Then the ministry said more. ", "the ministry", "RUSGOV"},
		{"ministry not to a company", "[[the ministry of sound|GBRBUS|]] spoke. Then the ministry said more. ", "the ministry", ""},
		{"militants to an armed group", "[[six militants|PAKREB|]] died. Then the militants said more. ", "the militants", "PAKREB"},
		{"militants not to troops", "[[militant-hunting troops|PAKMIL|]] moved. Then the militants said more. ", "the militants", ""},
		{"junta to a military government", "[[Myanmar's military government|MMRGOV|]] spoke. Then the junta said more. ", "the junta", "MMRGOV"},
		{"junta to military rulers", "[[Niger's military rulers|NERGOV|]] spoke. Then the junta said more. ", "the junta", "NERGOV"},
		// Negative: a government with no "military" before it is no junta.
		{"junta not to a civilian government", "[[Thailand's government|THAGOV|]] spoke. Then the junta said more. ", "the junta", ""},
		// Negative: a junta is a state's organ, not a region's.
		{"junta not to an IGO", "[[the West African military rulers|WAF|]] spoke. Then the junta said more. ", "the junta", ""},
		// Heads with no agreement entry are unchanged.
		{"delegation unchanged", "[[the Chinese delegation|CHNMIL|]] came. Then the delegation said more. ", "the delegation", "CHNMIL"},
	}
	checkResolutions(t, tests)
}

// TestBreak: after Break no reference resolves to the mentions before it,
// and mentions added after it resolve as before.
func TestBreak(t *testing.T) {
	r, text := doc("[[Beijing's foreign ministry|CHNGOV|]] summoned the envoy. [[China|CHN|]] and [[the Philippines|PHL|]] clashed. ", nil)
	if got := resolveLast(r, text, "the envoy"); got != nil {
		t.Fatalf("no reference expected for the envoy, got %v", got)
	}
	if got := resolveLast(r, text+"The ministry said. ", "The ministry"); strings.Join(got, " ") != "CHNGOV" {
		t.Fatalf("before the break the ministry should be CHNGOV, got %v", got)
	}
	r.Break()
	text += "Related coverage. The ministry said. Both sides met. It said. "
	for _, phrase := range []string{"The ministry", "Both sides", "It"} {
		if got := resolveLast(r, text, phrase); got != nil {
			t.Errorf("after the break %q resolved to %v, want nothing", phrase, got)
		}
	}
	start := len(text)
	text += "Iran's foreign ministry spoke. The ministry said."
	r.Add(Mention{Sentence: strings.Count(text[:start], ". "), Span: dyad.Span{Start: start, End: start + 22}, Text: "Iran's foreign ministry", Code: "IRNGOV"})
	if got := resolveLast(r, text, "The ministry"); strings.Join(got, " ") != "IRNGOV" {
		t.Errorf("a mention after the break should resolve: got %v", got)
	}
	if n := len(r.Mentions()); n != 4 {
		t.Errorf("Break must keep the mentions: %d, want 4", n)
	}
}

// TestArmedDescriptions: "the rebels", "the militants", "the insurgents"
// and "the guerrillas" name the armed group of the last sentences, as "the
// group" and "the militia" do, when no earlier mention shares the word.
func TestArmedDescriptions(t *testing.T) {
	tests := []resolution{
		{"rebels to a named rebel group", "[[the Houthis|YEMREB|]] demanded talks. Then the rebels said more. ", "the rebels", "YEMREB"},
		{"guerrillas to rebels named before", "[[the ELN|COLREB|]] resumed talks. Then the guerrillas said more. ", "the guerrillas", "COLREB"},
		{"insurgents to an international militant group", "[[Islamic State|IMGMUSISI|]] attacked. Then the insurgents said more. ", "the insurgents", "IMGMUSISI"},
		// Negatives: a state or its army is no armed group; three sentences back is out of reach.
		{"rebels not to a state", "[[Saudi Arabia|SAU|]] hosted talks. Then the rebels said more. ", "the rebels", ""},
		{"militants not to an army", "[[Israel's army|ISRMIL|]] struck. Then the militants said more. ", "the militants", ""},
		{"rebels out of reach", "[[the Houthis|YEMREB|]] demanded talks. One. Two. Then the rebels said more. ", "the rebels", ""},
	}
	checkResolutions(t, tests)
}

// TestGovernmentNamed: "the government" is the government named as such in
// the last sentences before it is the last state named; "the country" is
// still the last state.
func TestGovernmentNamed(t *testing.T) {
	tests := []resolution{
		{"a government named before a state", "[[Syrian government forces|SYRMIL|]] shelled towns. [[Turkey|TUR|]] condemned it. Then the government said more. ", "the government", "SYRGOV"},
		{"the regime too", "[[Syrian government forces|SYRMIL|]] shelled towns. [[Turkey|TUR|]] condemned it. Then the regime said more. ", "the regime", "SYRGOV"},
		// Negatives: out of reach the last state stands; "the country" is the last state.
		{"government out of reach", "[[Syrian government forces|SYRMIL|]] shelled towns. One. Two. [[Turkey|TUR|]] condemned it. Then the government said more. ", "the government", "TURGOV"},
		{"the country is the last state", "[[Syrian government forces|SYRMIL|]] shelled towns. [[Turkey|TUR|]] condemned it. Then the country said more. ", "the country", "TUR"},
		{"no government named", "[[Israel|ISR|]] struck. [[Egypt|EGY|]] mediated. Then the government said more. ", "the government", "EGYGOV"},
		// Negative: an IGO's "government" word names no state.
		{"not an IGO", "[[the government of the European Union|IGOEUREEC|]] met. [[Egypt|EGY|]] mediated. Then the government said more. ", "the government", "EGYGOV"},
	}
	checkResolutions(t, tests)
}

// TestKingdom: "the kingdom" is the last kingdom named, not the last state.
func TestKingdom(t *testing.T) {
	tests := []struct {
		name, marked string
		want         string
	}{
		{"the last kingdom", "[[Saudi Arabia|SAU|]] hosted talks. The rebels wanted [[Sanaa airport|YEM|]] open. Then the kingdom said more. ", "SAU"},
		// Negative: no kingdom named, nothing.
		{"no kingdom", "[[Iran|IRN|]] hosted talks. Then the kingdom said more. ", ""},
	}
	for _, tt := range tests {
		r, text := doc(tt.marked, nil)
		if got := strings.Join(resolveLast(r, text, "the kingdom"), " "); got != tt.want {
			t.Errorf("%s: the kingdom resolved to %q, want %q", tt.name, got, tt.want)
		}
	}
}
