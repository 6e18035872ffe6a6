package coder

import "testing"

// TestBrokerForCompound: a compound's mutual event is not done with the
// third party a participle's "by" phrase names (broker.go); a single source,
// and a "by" phrase of the event's own verb, keep theirs.
func TestBrokerForCompound(t *testing.T) {
	tests := []treeCase{
		{"a deal brokered by a third state is signed between the two",
			"Chile and Peru signed a peace agreement on Friday in a deal brokered by Brazil.",
			"(ROOT (S (NP (NNP Chile) (CC and) (NNP Peru)) (VP (VBD signed) (NP (DT a) (NN peace) (NN agreement)) (PP (IN on) (NP (NNP Friday))) (PP (IN in) (NP (NP (DT a) (NN deal)) (VP (VBN brokered) (PP (IN by) (NP (NNP Brazil))))))) (. .)))",
			"CHL>PER 057; PER>CHL 057; BRA>CHL 045; BRA>PER 045"},
		{"a ceremony hosted by a third leader is signed between the two",
			"Chile and Peru signed a peace agreement at a ceremony hosted by Brazilian President Lula.",
			"(ROOT (S (NP (NNP Chile) (CC and) (NNP Peru)) (VP (VBD signed) (NP (DT a) (NN peace) (NN agreement)) (PP (IN at) (NP (NP (DT a) (NN ceremony)) (VP (VBN hosted) (PP (IN by) (NP (JJ Brazilian) (NNP President) (NNP Lula))))))) (. .)))",
			"CHL>PER 057; PER>CHL 057; BRAGOV>CHL 043; CHL>BRA 042; BRAGOV>PER 043; PER>BRA 042"},
		{"a single signer keeps the broker as its target",
			"Chile signed a peace agreement on Friday in a deal brokered by Brazil.",
			"(ROOT (S (NP (NNP Chile)) (VP (VBD signed) (NP (DT a) (NN peace) (NN agreement)) (PP (IN on) (NP (NNP Friday))) (PP (IN in) (NP (NP (DT a) (NN deal)) (VP (VBN brokered) (PP (IN by) (NP (NNP Brazil))))))) (. .)))",
			"CHL>BRA 057; BRA>CHL 057; BRA>CHL 045"},
	}
	checkTrees(t, newsCoder(t), "2025-06-27", tests)
}
