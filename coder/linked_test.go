package coder

import "testing"

// TestLinkedEvents codes, as the pipeline does (references resolved,
// sub-codes and linked events on), trees dyad's parser gives sentences written for the
// linked-event rules of round five, each beside a shape the rule must leave
// alone.
func TestLinkedEvents(t *testing.T) {
	tests := []treeCase{
		// hostvisit.go: a meeting at a third location is a visit to the host.
		{"a meeting in a third country visits the host",
			"Biden and Putin met in Geneva.",
			"(ROOT (S (NP (NNP Biden) (CC and) (NNP Putin)) (VP (VBD met) (PP (IN in) (NP (NNP Geneva)))) (. .)))",
			"USAGOV>RUSGOV 044; RUSGOV>USAGOV 044; USAGOV>CHE 042; RUSGOV>CHE 042"},
		// A meeting in one party's country is no third location: the
		// other's visit and its hosting (thirdplace.go), as the dev gold
		// codes it: fresh30 an-139 "Ethiopian and Somali leaders met in
		// Addis Ababa" SOMGOV>ETH 042, ETHGOV>SOMGOV 043; fresh27 ak-126
		// "Erdogan and Putin met in St Petersburg" TURGOV>RUS 042,
		// RUSGOV>TURGOV 043. Every 044 of the 36 read dev halves (16 pairs)
		// is at a third place. Until round thirty-three this case pinned
		// the 044 pair.
		{"a meeting in one party's country is the other's visit",
			"Biden and Putin met in Moscow.",
			"(ROOT (S (NP (NNP Biden) (CC and) (NNP Putin)) (VP (VBD met) (PP (IN in) (NP (NNP Moscow)))) (. .)))",
			"USAGOV>RUS 042; RUSGOV>USAGOV 043"},
		// A meeting in a sentence that names no place was held where the
		// dateline says (placecountry.go meetingPlaceOf), as the dev gold
		// codes it: fresh28 al-191 "BALI, Indonesia — Xi Jinping and Joe
		// Biden met for three hours on Monday" CHNGOV<>USAGOV 044,
		// CHNGOV>IDN and USAGOV>IDN 042; fresh3 h-039 "BEIJING … Xi Jinping
		// and … Shinzo Abe met on Monday" JPNGOV>CHN 042, CHNGOV>JPNGOV 043;
		// fresh37 au-109 "TAIPEI — … Pelosi met Taiwan's President"
		// USALEG>TWN 042, TWNGOV>USALEG 043; fresh35 as-149 "WASHINGTON …
		// Trump confronted … Ramaphosa in the Oval Office" ZAFGOV>USA 042,
		// USAGOV>ZAFGOV 043. No dev gold codes such a meeting 040 (fresh36
		// at-079, under VIENTIANE, is talks: 046 and no visit). Until round
		// thirty-three this case pinned the 040 pair.
		{"a plain meeting (040) under a dateline is held there",
			"GENEVA (Reuters) -- Biden and Putin met on Wednesday.",
			"(ROOT (FRAG (NP (NP (NNP GENEVA)) (PRN (-LRB- -LRB-) (NP (NNP Reuters)) (-RRB- -RRB-))) (: --) (S (NP (NNP Biden) (CC and) (NNP Putin)) (VP (VBD met) (PP (IN on) (NP (NNP Wednesday))))) (. .)))",
			"USAGOV>RUSGOV 044; RUSGOV>USAGOV 044; USAGOV>CHE 042; RUSGOV>CHE 042"},
		// hostvisit.go: an act done on a visit is also the visit.
		{"an act on a visit abroad is also the visit and its hosting",
			"On a visit to Tehran, Putin criticized Iraq.",
			"(ROOT (S (PP (IN On) (NP (DT a) (NN visit))) (PP (TO to) (NP (NNP Tehran))) (, ,) (NP (NNP Putin)) (VP (VBD criticized) (NP (NNP Iraq))) (. .)))",
			"RUSGOV>IRQ 111; RUSGOV>IRN 042; IRN>RUSGOV 043"},
		{"a visit still ahead is no visit",
			"Putin criticized Iraq ahead of a visit to Tehran.",
			"(ROOT (S (NP (NNP Putin)) (VP (VBD criticized) (NP (NNP Iraq)) (ADVP (RB ahead)) (PP (IN of) (NP (DT a) (NN visit))) (PP (TO to) (NP (NNP Tehran)))) (. .)))",
			"RUSGOV>IRQ 111"},
		{"a trip home is no visit",
			"Putin criticized Iraq during a visit to Moscow.",
			"(ROOT (S (NP (NNP Putin)) (VP (VBD criticized) (NP (NNP Iraq)) (PP (IN during) (NP (DT a) (NN visit))) (PP (TO to) (NP (NNP Moscow)))) (. .)))",
			"RUSGOV>IRQ 111"},
		// swap.go: a swap frees people on both sides.
		{"a release in a prisoner swap is mirrored",
			"Iran freed four Americans in a prisoner swap with the United States.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD freed) (NP (CD four) (NNPS Americans)) (PP (IN in) (NP (DT a) (NN prisoner) (NN swap))) (PP (IN with) (NP (DT the) (NNP United) (NNPS States)))) (. .)))",
			"IRN>USA 0841; USA>IRN 0841"},
		{"a release alone is one-way",
			"Iran freed four Americans on Saturday.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD freed) (NP (CD four) (NNPS Americans)) (PP (IN on) (NP (NNP Saturday)))) (. .)))",
			"IRN>USA 0841"},
		// timed.go: an as / while clause with its own actor is its own event.
		{"an as clause with its own actor is coded beside the main verb",
			"Iran criticized Iraq as Putin visited Tehran.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD criticized) (NP (NNP Iraq)) (SBAR (IN as) (S (NP (NNP Putin)) (VP (VBD visited) (NP (NNP Tehran)))))) (. .)))",
			"IRN>IRQ 111; RUSGOV>IRN 042; IRN>RUSGOV 043"},
		{"an as clause without an actor of its own stays part of the main event",
			"Iran criticized Iraq as it had promised.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD criticized) (NP (NNP Iraq)) (SBAR (IN as) (S (NP (PRP it)) (VP (VBD had) (VP (VBN promised)))))) (. .)))",
			"IRN>IRQ 111"},
		// threat.go: a force verb in the future tense threatens force.
		{"a strike in the future tense is a threat of force",
			"Israel will strike Iran's nuclear sites.",
			"(ROOT (S (NP (NNP Israel)) (VP (MD will) (VP (VB strike) (NP (NP (NNP Iran) (POS 's)) (JJ nuclear) (NNS sites)))) (. .)))",
			"ISR>IRN 1384"},
		{"a boycott in the future tense is no threat of force",
			"Iran will boycott the talks with Israel.",
			"(ROOT (S (NP (NNP Iran)) (VP (MD will) (VP (VB boycott) (NP (DT the) (NNS talks)) (PP (IN with) (NP (NNP Israel))))) (. .)))",
			"IRN>ISR 134"}, // the table reads "talks": threaten to halt negotiations
	}
	checkTrees(t, newsCoder(t), "2021-06-16", tests)
}
