package coder

import "testing"

// TestMediators codes, as the pipeline does, a broker named in an absolute
// "with" clause (mediate.go) as mediating (045) toward each party of the
// sentence's events, beside with-clauses that give no broker's role. Talks
// the broker reaches both parties of lose the parties' 046 pair
// (mediatedpair.go), as the dev gold codes them: f-076 (fresh, "shuttling
// between the two delegations"), w-192 (written, "acting as mediators"),
// ac-086 (fresh19, "facilitating") and h-183 (fresh3) want the 045 rows
// alone.
func TestMediators(t *testing.T) {
	tests := []treeCase{
		{"brokers acting as mediators mediate toward each party",
			"Israel and Hamas agreed to a ceasefire on Sunday, with Egypt and Qatar acting as mediators.",
			"(ROOT (S (S (NP (NNP Israel) (CC and) (NNP Hamas)) (VP (VBD agreed) (PP (TO to) (NP (DT a) (NN ceasefire))) (PP (IN on) (NP (NNP Sunday))))) (, ,) (PP (IN with) (NP (NNP Egypt) (CC and) (NNP Qatar))) (S (VP (VBG acting) (PP (IN as) (NP (NNS mediators))))) (. .)))",
			"ISR>PSEREBHMS 0356; PSEREBHMS>ISR 0356; EGY>ISR 045; EGY>PSEREBHMS 045; QAT>ISR 045; QAT>PSEREBHMS 045"},
		{"coordinating a swap is a broker's role",
			"Russia freed two Americans in a prisoner exchange, with Turkey's intelligence agency coordinating the swap.",
			"(ROOT (S (S (NP (NNP Russia)) (VP (VBD freed) (NP (CD two) (NNPS Americans)) (PP (IN in) (NP (DT a) (NN prisoner) (NN exchange))))) (, ,) (PP (IN with) (NP (NP (NNP Turkey) (POS 's)) (NN intelligence) (NN agency))) (S (VP (VBG coordinating) (NP (DT the) (NN swap)))) (. .)))",
			"RUS>USA 0841; USA>RUS 0841; TURSPY>RUS 045; TURSPY>USA 045"},
		{"shuttling between the parties is a broker's role",
			"Iranian and U.S. negotiators held indirect talks in Geneva on Saturday, with the Swiss foreign minister shuttling between the two delegations.",
			"(ROOT (S (S (NP (NP (JJ Iranian)) (CC and) (NP (NNP U.S.) (NNS negotiators))) (VP (VBD held) (NP (JJ indirect) (NNS talks)) (PP (IN in) (NP (NNP Geneva))) (PP (IN on) (NP (NNP Saturday))))) (, ,) (PP (IN with) (NP (DT the) (NNP Swiss) (JJ foreign) (NN minister))) (S (VP (VBG shuttling) (PP (IN between) (NP (DT the) (CD two) (NNS delegations))))) (. .)))",
			"CHEGOV>IRNGOV 045; CHEGOV>USAGOV 045"},
		{"shuttling elsewhere is no broker's role",
			"Iranian and U.S. negotiators held indirect talks in Geneva on Saturday, with the Swiss foreign minister shuttling to Rome.",
			"(ROOT (S (S (NP (NP (JJ Iranian)) (CC and) (NP (NNP U.S.) (NNS negotiators))) (VP (VBD held) (NP (JJ indirect) (NNS talks)) (PP (IN in) (NP (NNP Geneva))) (PP (IN on) (NP (NNP Saturday))))) (, ,) (PP (IN with) (NP (DT the) (NNP Swiss) (JJ foreign) (NN minister))) (S (VP (VBG shuttling) (PP (TO to) (NP (NNP Rome))))) (. .)))",
			"IRNGOV>USAGOV 046; USAGOV>IRNGOV 046"},
		{"a bystander is no broker",
			"Israel struck Gaza on Sunday, with Egypt watching.",
			"(ROOT (S (S (NP (NNP Israel)) (VP (VBD struck) (NP (NNP Gaza)) (PP (IN on) (NP (NNP Sunday))))) (, ,) (PP (IN with) (NP (NNP Egypt))) (S (VP (VBG watching))) (. .)))",
			"ISR>PSEGZA 190"},
		{"guarantors are not mediators",
			"Israel and Hamas agreed to a ceasefire on Sunday, with Egypt and Qatar acting as guarantors.",
			"(ROOT (S (S (NP (NNP Israel) (CC and) (NNP Hamas)) (VP (VBD agreed) (PP (TO to) (NP (DT a) (NN ceasefire))) (PP (IN on) (NP (NNP Sunday))))) (, ,) (PP (IN with) (NP (NNP Egypt) (CC and) (NNP Qatar))) (S (VP (VBG acting) (PP (IN as) (NP (NNS guarantors))))) (. .)))",
			"ISR>PSEREBHMS 0356; PSEREBHMS>ISR 0356"},
	}
	checkTrees(t, newsCoder(t), "2023-03-26", tests)
}
