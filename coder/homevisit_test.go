package coder

import "testing"

// TestHomeVisits codes, as the pipeline does, a meeting in one party's
// country as the other's visit and its hosting (hostvisit.go), with no
// meeting (040) beside them (hostedmeeting.go), and talks, which take
// precedence over the visit.
func TestHomeVisits(t *testing.T) {
	tests := []treeCase{
		{"a meeting in the counterpart's capital is a visit and its hosting",
			"Blinken met Saudi Crown Prince Mohammed bin Salman in Riyadh on Tuesday.",
			"(ROOT (S (NP (NNP Blinken)) (VP (VBD met) (NP (NNP Saudi) (NNP Crown) (NNP Prince) (NNP Mohammed) (NN bin) (NNP Salman)) (PP (IN in) (NP (NNP Riyadh))) (PP (IN on) (NP (NNP Tuesday)))) (. .)))",
			"USAGOV>SAU 042; SAUGOV>USAGOV 043"},
		{"the other way round in the visitor's own capital",
			"Blinken met Saudi Crown Prince Mohammed bin Salman in Washington on Tuesday.",
			"(ROOT (S (NP (NNP Blinken)) (VP (VBD met) (NP (NNP Saudi) (NNP Crown) (NNP Prince) (NNP Mohammed) (NN bin) (NNP Salman)) (PP (IN in) (NP (NNP Washington))) (PP (IN on) (NP (NNP Tuesday)))) (. .)))",
			"SAUGOV>USA 042; USAGOV>SAUGOV 043"},
		{"an ambassador met where he is posted makes no visit",
			"Nepali Prime Minister Pushpa Kamal Dahal met Chinese Ambassador Chen Song in Kathmandu on Thursday.",
			"(ROOT (S (NP (NNP Nepali) (NNP Prime) (NNP Minister) (NNP Pushpa) (NNP Kamal) (NNP Dahal)) (VP (VBD met) (NP (JJ Chinese) (NNP Ambassador) (NNP Chen) (NNP Song)) (PP (IN in) (NP (NNP Kathmandu))) (PP (IN on) (NP (NNP Thursday)))) (. .)))",
			"NPLGOV>CHNGOV 040; CHNGOV>NPLGOV 040"},
		{"talks take precedence over the visit",
			"Blinken held talks with Saudi Crown Prince Mohammed bin Salman in Riyadh on Tuesday.",
			"(ROOT (S (NP (NNP Blinken)) (VP (VBD held) (NP (NNS talks)) (PP (IN with) (NP (NNP Saudi) (NNP Crown) (NNP Prince) (NNP Mohammed) (NN bin) (NNP Salman))) (PP (IN in) (NP (NNP Riyadh))) (PP (IN on) (NP (NNP Tuesday)))) (. .)))",
			"USAGOV>SAUGOV 046; SAUGOV>USAGOV 046"},
	}
	checkTrees(t, newsCoder(t), "2023-03-26", tests)
}
