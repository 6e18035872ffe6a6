package coder

import (
	"strings"
	"testing"
)

// TestRoles8Agents: agents added in round eight (dyad.agents.txt), and a
// body that is no state taking no GOV agent (investigator.go).
func TestRoles8Agents(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"opposition lawmakers are the opposition, not the legislature",
			"Serbian opposition lawmakers threw eggs at the speaker.",
			"(ROOT (S (NP (NNP Serbian) (NN opposition) (NNS lawmakers)) (VP (VBD threw) (NP (NNS eggs)) (PP (IN at) (NP (DT the) (NN speaker)))) (. .)))",
			"Serbian opposition lawmakers=SRBOPP"},
		{"an opposition legislator is the opposition",
			"Police detained an opposition legislator in Kampala.",
			"(ROOT (S (NP (NNP Police)) (VP (VBD detained) (NP (DT an) (NN opposition) (NN legislator)) (PP (IN in) (NP (NNP Kampala)))) (. .)))",
			"Police=UGACOP; an opposition legislator=UGAOPP; Kampala=UGA"},
		{"public sector workers are labour, not government",
			"Kenyan public sector workers went on strike on Monday.",
			"(ROOT (S (NP (NNP Kenyan) (JJ public) (NN sector) (NNS workers)) (VP (VBD went) (PP (IN on) (NP (NN strike))) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"Kenyan public sector workers=KENLAB"},
		{"a government school is a school (EDU), not the government",
			"Gunmen attacked a government school in Nigeria on Monday.",
			"(ROOT (S (NP (NNP Gunmen)) (VP (VBD attacked) (NP (DT a) (NN government) (NN school)) (PP (IN in) (NP (NNP Nigeria))) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"Gunmen=NGAUAF; a government school=NGAEDU; Nigeria=NGA"},
		{"Brussels as an actor is the European Union",
			"Hungary criticized Brussels on Friday.",
			"(ROOT (S (NP (NNP Hungary)) (VP (VBD criticized) (NP (NNP Brussels)) (PP (IN on) (NP (NNP Friday)))) (. .)))",
			"Hungary=HUN; Brussels=IGOEUREEC"},
		{"Brussels as a place is Belgium",
			"Hungarian farmers protested in Brussels on Friday.",
			"(ROOT (S (NP (NNP Hungarian) (NNS farmers)) (VP (VBD protested) (PP (IN in) (NP (NNP Brussels))) (PP (IN on) (NP (NNP Friday)))) (. .)))",
			"Hungarian farmers=HUNAGR; Brussels=BEL"},
		{"an IGO's envoy is the IGO: it has no government",
			"A U.N. envoy criticized the Haitian government.",
			"(ROOT (S (NP (DT A) (NNP U.N.) (NN envoy)) (VP (VBD criticized) (NP (DT the) (NNP Haitian) (NN government))) (. .)))",
			"A U.N. envoy=IGOUNO; the Haitian government=HTIGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2025-03-04"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestCounterpartOfOfficeHolder: a counterpart takes the sector of a named
// office holder the dictionaries code with no agent words (counterpart.go).
func TestCounterpartOfOfficeHolder(t *testing.T) {
	tests := []treeCase{
		{"a named minister's counterpart is his country's government",
			"Turkish Foreign Minister Hakan Fidan met his Somali counterpart on Monday.",
			"(ROOT (S (NP (JJ Turkish) (NNP Foreign) (NNP Minister) (NNP Hakan) (NNP Fidan)) (VP (VBD met) (NP (PRP$ his) (NNP Somali) (NN counterpart)) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"TURGOV>SOMGOV 040"},
	}
	checkTrees(t, newsCoder(t), "2024-07-01", tests)
}

// TestTitledSurname: a title followed by a surname alone names the one
// person of that surname in a state office on the date (surname.go).
func TestTitledSurname(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, date, want string
	}{
		{"the surname of a prime minister in office",
			"Prime Minister Orban criticized Russia on Tuesday.",
			"(ROOT (S (NP (NNP Prime) (NNP Minister) (NNP Orban)) (VP (VBD criticized) (NP (NNP Russia)) (PP (IN on) (NP (NNP Tuesday)))) (. .)))",
			"2000-03-01", "Prime Minister Orban=HUNGOV; Russia=RUS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, tt.date); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
	// A given name between title and surname: someone the dictionaries do
	// not know, not the office holder of that surname.
	got := mentions(t, c, "Opposition leader Maria Orban criticized Russia on Tuesday.",
		"(ROOT (S (NP (NNP Opposition) (NN leader) (NNP Maria) (NNP Orban)) (VP (VBD criticized) (NP (NNP Russia)) (PP (IN on) (NP (NNP Tuesday)))) (. .)))",
		"2000-03-01")
	if strings.Contains(got, "HUN") {
		t.Errorf("a given name before the surname: got %s", got)
	}
}

// TestStaleElite: past Phoenix's years a sitting title beats its
// open-ended ELI default (stale.go); within them, and after "former", the
// dictionary's reading stands.
func TestStaleElite(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	const text = "Hungarian Prime Minister Viktor Orban criticized the European Union on Thursday."
	const tree = "(ROOT (S (NP (NNP Hungarian) (NNP Prime) (NNP Minister) (NNP Viktor) (NNP Orban)) (VP (VBD criticized) (NP (DT the) (NNP European) (NNP Union)) (PP (IN on) (NP (NNP Thursday)))) (. .)))"
	for date, want := range map[string]string{
		"2021-07-08": "Hungarian Prime Minister Viktor Orban=HUNGOV; the European Union=IGOEUREEC",
		"2005-07-08": "Hungarian Prime Minister Viktor Orban=HUNELI; the European Union=IGOEUREEC",
	} {
		if got := mentions(t, c, text, tree, date); got != want {
			t.Errorf("%s on %s\n got %s\nwant %s", text, date, got, want)
		}
	}
}

// TestPossessedOrgan: a person's forces, army or police are his state's
// organ, not his own code (possorgan.go).
func TestPossessedOrgan(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	const text = "Kerry criticized Russian President Vladimir Putin's troops on Monday."
	const tree = "(ROOT (S (NP (NNP Kerry)) (VP (VBD criticized) (NP (NP (JJ Russian) (NNP President) (NNP Vladimir) (NNP Putin) (POS 's)) (NNS troops)) (PP (IN on) (NP (NNP Monday)))) (. .)))"
	want := "Kerry=USAGOV; Russian President Vladimir Putin 's troops=RUSMIL"
	if got := mentions(t, c, text, tree, "2013-06-01"); got != want {
		t.Errorf("%s\n got %s\nwant %s", text, got, want)
	}
}
