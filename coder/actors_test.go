package coder

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/treebank"
)

// mentions codes the actor phrases of one parsed sentence with the
// production dictionaries and writes them as "words=CODE CODE; ...".
func mentions(t *testing.T, c *Coder, text, tree, date string) string {
	t.Helper()
	root, err := treebank.Parse(tree)
	if err != nil {
		t.Fatal(err)
	}
	treebank.Align(root, text, 0)
	d, _ := time.Parse(dyad.DateLayout, date)
	s := &sent{}
	s.reset(c, root, d)
	s.dropCommaClauses()
	s.findActors()
	var out []string
	for _, m := range s.nes {
		var cs []string
		for _, a := range m.codes {
			cs = append(cs, a.code)
		}
		out = append(out, s.text(m.first, m.last)+"="+strings.Join(cs, " "))
	}
	return strings.Join(out, "; ")
}

// TestActorPhrases: which actor a noun phrase names, with the production
// dictionaries. The trees are dyad's parser's output for the sentences.
func TestActorPhrases(t *testing.T) {
	opt := DefaultOptions()
	opt.KeepMainVerb = true
	c := New(newsDicts(t), opt)
	tests := []struct {
		name, date, text, tree, want string
	}{
		{"a specific organisation beats the generic phrase before it", "2003-06-15",
			"Human rights organization Amnesty International demanded it.",
			"(ROOT (S (NP (NNP Human) (NNS rights) (NN organization) (NNP Amnesty) (NNP International)) (VP (VBD demanded) (NP (PRP it))) (. .)))",
			"Human rights organization Amnesty International=NGOHRIAMN"},
		{"a person's code beats the nationality before it", "2000-01-01",
			"Israeli right-winger Ariel Sharon criticized the Palestinian militant group Hamas.",
			"(ROOT (S (NP (JJ Israeli) (NN right-winger) (NNP Ariel) (NNP Sharon)) (VP (VBD criticized) (NP (DT the) (JJ Palestinian) (NN militant) (NN group) (NNP Hamas))) (. .)))",
			"Israeli right-winger Ariel Sharon=ISRELI; the Palestinian militant group Hamas=PSEREBHMS"},
		{"a country word and a generic role stay", "2000-01-01",
			"Indian business leaders met Kenyan lawmakers.",
			"(ROOT (S (NP (JJ Indian) (NN business) (NNS leaders)) (VP (VBD met) (NP (NNP Kenyan) (NNS lawmakers))) (. .)))",
			"Indian business leaders=INDBUS; Kenyan lawmakers=KENLEG"},
		{"coordinated nationalities share the head noun", "1990-10-15",
			"French and Egyptian warships launched war games.",
			"(ROOT (S (NP (ADJP (JJ French) (CC and) (JJ Egyptian)) (NNS warships)) (VP (VBD launched) (NP (NN war) (NNS games))) (. .)))",
			"French and Egyptian warships=FRAMIL EGYMIL"},
		{"the head's role, the country of the phrase after it", "2006-02-10",
			"Members of parliament from Kenya's Liberal Democratic Party called on him.",
			"(ROOT (S (NP (NP (NP (NNS Members)) (PP (IN of) (NP (NN parliament)))) (PP (IN from) (NP (NP (NNP Kenya) (POS 's)) (NNP Liberal) (NNP Democratic) (NNP Party)))) (VP (VBD called) (PP (IN on) (NP (PRP him)))) (. .)))",
			"Members of parliament from Kenya 's Liberal Democratic Party=KENLEG"},
		{"workers of a company are labour, not business", "2005-12-20",
			"Iranian authorities pressured workers of the United Bus Company of Tehran.",
			"(ROOT (S (NP (JJ Iranian) (NNS authorities)) (VP (VBD pressured) (NP (NP (NNS workers)) (PP (IN of) (NP (NP (DT the) (NNP United) (NNP Bus) (NNP Company)) (PP (IN of) (NP (NNP Tehran))))))) (. .)))",
			"Iranian authorities=IRNGOV; workers of the United Bus Company of Tehran=IRNLAB"},
		{"a count of a role takes the place after it", "1998-03-14",
			"Tens of thousands of university students throughout Indonesia staged mass demonstrations.",
			"(ROOT (S (NP (NP (NP (NNS Tens)) (PP (IN of) (NP (NP (NNS thousands)) (PP (IN of) (NP (NN university) (NNS students)))))) (PP (IN throughout) (NP (NNP Indonesia)))) (VP (VBD staged) (NP (NN mass) (NNS demonstrations))) (. .)))",
			"Tens of thousands of university students throughout Indonesia=IDNEDU"},
		{"an agent phrase running into the PP, without the apposition", "2000-06-15",
			"The Nigerian Union of Teachers (NUT), the umbrella union for primary school teachers, called off a strike.",
			"(ROOT (S (NP (NP (DT The) (NNP Nigerian) (NNP Union)) (PP (IN of) (NP (NP (NP (NNP Teachers)) (PRN (-LRB- -LRB-) (NP (NNP NUT)) (-RRB- -RRB-))) (, ,) (NP (NP (DT the) (NN umbrella) (NN union)) (PP (IN for) (NP (JJ primary) (NN school) (NNS teachers)))) (, ,)))) (VP (VBD called) (PRT (RP off)) (NP (DT a) (NN strike))) (. .)))",
			"The Nigerian Union of Teachers -LRB- NUT -RRB- ,=NGALAB"},
		{"a deputy is not a policeman", "1999-01-31",
			"Hezbollah guerrillas killed the deputy chief of Israel's militia ally.",
			"(ROOT (S (NP (NNP Hezbollah) (NNS guerrillas)) (VP (VBD killed) (NP (NP (DT the) (NN deputy) (NN chief)) (PP (IN of) (NP (NP (NNP Israel) (POS 's)) (NN militia) (NN ally))))) (. .)))",
			"Hezbollah guerrillas=LBNREB; the deputy chief of Israel 's militia ally=ISRUAF"},
		{"the longer of two overlapping names", "2000-01-01",
			"Israel closed the West Bank and criticized the West.",
			"(ROOT (S (NP (NNP Israel)) (VP (VP (VBD closed) (NP (DT the) (NNP West) (NNP Bank))) (CC and) (VP (VBD criticized) (NP (DT the) (NNP West)))) (. .)))",
			"Israel=ISR; the West Bank=PSE; the West=WST"},
		{"a new demonym keeps its country's dates", "1999-04-15",
			"Serb troops attacked Sri Lankan troops.",
			"(ROOT (S (NP (JJ Serb) (NNS troops)) (VP (VBD attacked) (NP (NNP Sri) (NNP Lankan) (NNS troops))) (. .)))",
			"Serb troops=SCGSRBMIL; Sri Lankan troops=LKAMIL"},
		{"a defence minister is GOV, as every minister", "1990-05-15",
			"British Defence Secretary Tom King promised aid.",
			"(ROOT (S (NP (JJ British) (NNP Defence) (NNP Secretary) (NNP Tom) (NNP King)) (VP (VBD promised) (NP (NN aid))) (. .)))",
			"British Defence Secretary Tom King=GBRGOV"},
		{"a one-word name in lower case is the common word", "2000-01-01",
			"Iran accused us of lying and the US of hiding it.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD accused) (NP (PRP us)) (PP (IN of) (S (VP (VBG lying)))) (CC and) (NP (DT the) (NNP US)) (PP (IN of) (S (VP (VBG hiding) (NP (PRP it)))))) (. .)))",
			"Iran=IRN; the US=USA"},
		{"a role takes the country of a place phrase the parser gave the verb", "2005-06-15",
			"The UN urged the Maoists rebels in Nepal to honor human rights.",
			"(ROOT (S (NP (DT The) (NNP UN)) (VP (VBD urged) (NP (DT the) (NNPS Maoists) (NNS rebels)) (PP (IN in) (NP (NNP Nepal))) (S (VP (TO to) (VP (VB honor) (NP (JJ human) (NNS rights)))))) (. .)))",
			"The UN=IGOUNO; the Maoists rebels=NPLREB; Nepal=NPL"},
		{"an embassy in a capital is not of that country", "1990-06-15",
			"Sri Lanka opened an embassy in Tehran.",
			"(ROOT (S (NP (NNP Sri) (NNP Lanka)) (VP (VBD opened) (NP (DT an) (NN embassy)) (PP (IN in) (NP (NNP Tehran)))) (. .)))",
			"Sri Lanka=LKA; an embassy=---GOV; Tehran=IRN"},
		{"hyphenated given names; a coalition X-led is X's", "2004-06-15",
			"Haitian President Jean-Bertrand Aristide criticized the US-led coalition.",
			"(ROOT (S (NP (JJ Haitian) (NNP President) (NNP Jean-Bertrand) (NNP Aristide)) (VP (VBD criticized) (NP (DT the) (JJ US-led) (NN coalition))) (. .)))",
			"Haitian President Jean-Bertrand Aristide=HTIELI; the US-led coalition=USA"},
		{"an armed group's members add no second armed role; a spokesman speaks for his body", "2010-01-01",
			"Hamas militants attacked Taliban fighters, the Iranian foreign ministry spokesman said.",
			"(ROOT (S (S (NP (NNP Hamas) (NNS militants)) (VP (VBD attacked) (NP (NNP Taliban) (NNS fighters)))) (, ,) (NP (DT the) (JJ Iranian) (NN foreign) (NN ministry) (NN spokesman)) (VP (VBD said)) (. .)))",
			"Hamas militants=PSEREBHMS; Taliban fighters=AFGREB; the Iranian foreign ministry spokesman=IRNGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, tt.date); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestPossessiveRole: "its army" is the army of the actor "its" refers to,
// the nearest one before it in the sentence.
func TestPossessiveRole(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	s := sentence{"Israel said its army attacked Hamas.",
		"(ROOT (S (NP (NNP Israel)) (VP (VBD said) (SBAR (S (NP (PRP$ its) (NN army)) (VP (VBD attacked) (NP (NNP Hamas)))))) (. .)))"}
	evs := codeDoc(t, c, "2010-01-01", true, s)
	var army *dyad.Actor
	for i := range evs {
		for _, a := range []*dyad.Actor{&evs[i].Source, &evs[i].Target} {
			if a.Text == "its army" {
				army = a
			}
		}
	}
	if army == nil || army.Code != "ISRMIL" || !strings.HasPrefix(army.Resolved, "Israel [") {
		t.Fatalf("events %s; want \"its army\" as ISRMIL, resolved to Israel (%+v)", triples(evs), army)
	}
	if evs := codeDoc(t, c, "2010-01-01", false, s); strings.Contains(triples(evs), "ISRMIL") {
		t.Errorf("without references: %s", triples(evs))
	}
}
