package coder

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coref"
	"github.com/dyadproject/dyad/treebank"
	"github.com/dyadproject/dyad/where"
)

// TestCapitalHosts codes visits whose destination is a capital
// (visithost.go): no hosting (043) unless a host is named or a meeting
// reported, beside the shapes that keep it.
func TestCapitalHosts(t *testing.T) {
	tests := []treeCase{
		{"a visit to a capital names no host: no 043",
			"Japanese Prime Minister Fumio Kishida visited New Delhi on Saturday.",
			"(ROOT (S (NP (JJ Japanese) (NNP Prime) (NNP Minister) (NNP Fumio) (NNP Kishida)) (VP (VBD visited) (NP (NNP New) (NNP Delhi)) (PP (IN on) (NP (NNP Saturday)))) (. .)))",
			"JPNGOV>IND 042"},
		{"a country visited is the host (the CAMEO manual's 042 example)",
			"Taiwan's Vice Foreign Minister visited Russia on Monday.",
			"(ROOT (S (NP (NP (NNP Taiwan) (POS 's)) (NNP Vice) (NNP Foreign) (NNP Minister)) (VP (VBD visited) (NP (NNP Russia)) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"TWNGOV>RUS 042; RUS>TWNGOV 043"},
		{"a host of the capital's country named in a set-aside clause hosts",
			"German Chancellor Olaf Scholz travelled to Beijing on Friday for a one-day visit, meeting Chinese leader Xi Jinping.",
			"(ROOT (S (NP (JJ German) (NNP Chancellor) (NNP Olaf) (NNP Scholz)) (VP (VBD travelled) (PP (TO to) (NP (NNP Beijing))) (PP (IN on) (NP (NNP Friday))) (PP (IN for) (NP (DT a) (JJ one-day) (NN visit))) (, ,) (S (VP (VBG meeting) (NP (JJ Chinese) (NN leader) (NNP Xi) (NNP Jinping))))) (. .)))",
			"DEUGOV>CHN 042; CHNGOV>DEUGOV 043"},
		{"arriving in a capital for a state visit: no 043",
			"Chinese President Xi Jinping arrived in Moscow on Monday for a state visit.",
			"(ROOT (S (NP (JJ Chinese) (NNP President) (NNP Xi) (NNP Jinping)) (VP (VBD arrived) (PP (IN in) (NP (NNP Moscow))) (PP (IN on) (NP (NNP Monday))) (PP (IN for) (NP (DT a) (NN state) (NN visit)))) (. .)))",
			"CHNGOV>RUS 042"},
		{"a capital as the subject of hosting keeps it",
			"Moscow hosted Indian Prime Minister Narendra Modi on Monday.",
			"(ROOT (S (NP (NNP Moscow)) (VP (VBD hosted) (NP (JJ Indian) (NNP Prime) (NNP Minister) (NNP Narendra) (NNP Modi)) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"RUS>INDGOV 043; INDGOV>RUS 042"},
		{"a nominal visit to a capital: no 043",
			"The Dutch king apologised to Indonesia on Tuesday during a state visit to Jakarta.",
			"(ROOT (S (NP (DT The) (NNP Dutch) (NN king)) (VP (VBD apologised) (PP (TO to) (NP (NNP Indonesia))) (PP (IN on) (NP (NNP Tuesday))) (PP (IN during) (NP (DT a) (NN state) (NN visit))) (PP (TO to) (NP (NNP Jakarta)))) (. .)))",
			"NLDGOV>IDN 055; NLDGOV>IDN 042"},
		{"a meeting in the capital with a host the dictionaries do not code keeps the country's 043",
			"Turkish President Recep Tayyip Erdogan visited Tehran on Tuesday and met the supreme leader.",
			"(ROOT (S (NP (JJ Turkish) (NNP President) (NNP Recep) (NNP Tayyip) (NNP Erdogan)) (VP (VP (VBD visited) (NP (NNP Tehran)) (PP (IN on) (NP (NNP Tuesday)))) (CC and) (VP (VBD met) (NP (DT the) (JJ supreme) (NN leader)))) (. .)))",
			"TURGOV>IRN 042; IRN>TURGOV 043"},
	}
	checkCapitalTrees(t, newsCoder(t), "2023-03-20", tests)
}

// codeWithCapitals codes one sentence as the pipeline does, its reference
// resolver knowing the gazetteer's capitals.
func codeWithCapitals(t *testing.T, c *Coder, date, text, tree string) []dyad.Event {
	t.Helper()
	d, _ := time.Parse(dyad.DateLayout, date)
	n, err := treebank.Parse(tree)
	if err != nil {
		t.Fatal(err)
	}
	treebank.Align(n, text, 0)
	evs, err := c.CodeIn(n, d, &coref.Resolver{Capital: where.Default().Capital}, 0)
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// checkCapitalTrees is checkTrees with codeWithCapitals.
func checkCapitalTrees(t *testing.T, c *Coder, date string, cases []treeCase) {
	t.Helper()
	for _, tc := range cases {
		got := triples(codeWithCapitals(t, c, date, tc.text, tc.tree))
		if got != tc.want {
			t.Errorf("%s:\n got  %s\n want %s", tc.name, got, tc.want)
		}
	}
}
