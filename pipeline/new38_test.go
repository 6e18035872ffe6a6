package pipeline_test

import "testing"

// TestNew38HyphenBroker: a mediator named in a hyphenated participle before
// the thing it brokered ("a Turkish-brokered truce", "Norwegian-mediated
// talks") mediates between the parties of the act that made it, as "a
// truce brokered by Turkey" does (coder/hosted.go, hyphenBroker): 045 to
// each party (README: "brokered" gives 045 to each party; dev rows in
// fresh3, fresh5, fresh18, fresh34 and fresh38). Negatives: an agreement
// only carried out, broken or welcomed, and talks only agreed to (accepting
// mediation, not yet mediated), give no 045. Sentences written for the
// test; rule coder alone.
func TestNew38HyphenBroker(t *testing.T) {
	checkRuleCodes(t, "2024-03-04", []struct{ text, want string }{
		{"Armenia and Azerbaijan agreed on Friday to a Turkish-brokered truce.",
			"ARM>AZE 0871; AZE>ARM 0871; TUR>ARM 045; TUR>AZE 045"},
		{"Russia and Ukraine agreed on Friday to a Turkish-brokered truce.",
			"RUS>UKR 0871; UKR>RUS 0871; TUR>RUS 045; TUR>UKR 045"},
		{"Russia and Ukraine exchanged 300 prisoners on Friday in a Turkish-brokered swap.",
			"RUS>UKR 0841; UKR>RUS 0841; TUR>RUS 045; TUR>UKR 045"},
		// Negatives.
		{"The two sides have agreed to a new round of Kenyan-mediated talks next month.", ""},
		{"Ethiopia suspended its part in the Kenyan-brokered peace deal on Sunday.", ""},
		// A single party's welcome names no other side: the hyphenated
		// broker is not the deal's author (actors36's compoundBroker).
		{"Chad welcomed a Qatari-brokered deal.", ""},
	})
}

// TestNew38MediatedPair: talks a mediator reaches both parties of are the
// mediator's 045 to each and no 046 pair between the parties (the sets'
// harmonised convention since session nine; coder/mediatedpair.go; dev rows
// in written, fresh, fresh3 and fresh19). Negatives: talks with no mediator
// keep their pair, and a hosting (043/042) is no mediation. Sentences
// written for the test; rule coder alone.
func TestNew38MediatedPair(t *testing.T) {
	checkRuleCodes(t, "2024-03-04", []struct{ text, want string }{
		{"Peru's government and the rebels opened peace talks in Oslo on Tuesday, with Norway acting as mediator.",
			"NOR>PERGOV 045; NOR>PERREB 045"},
		{"Peru's government and the rebels held Norwegian-mediated talks in Oslo on Tuesday.",
			"NOR>PERGOV 045; NOR>PERREB 045"},
		// Negatives.
		{"Peru's government and the rebels opened peace talks in Lima on Tuesday.",
			"PERGOV>PERREB 046; PERREB>PERGOV 046"},
		{"Peru's government and the rebels held peace talks on Tuesday, Norway said after hosting their leaders.",
			"PERGOV>PERREB 046; PERREB>PERGOV 046; NOR>PERGOV 043; PERGOV>NOR 042; NOR>PERREB 043; PERREB>NOR 042"},
	})
}

// TestNew38ReleasedForces: a foreign state's soldiers or fighters set free
// take their country, as released prisoners do in every set's convention
// (coder/releasedforce.go; dev rows fresh38 av-086, av-189 and fresh25
// ai-106), and the mirrored release of a swap starts from it. Negatives:
// rebels freeing their own country's soldiers keep the army, and an arrest
// of foreign soldiers is no release. Sentences written for the test; rule
// coder alone.
func TestNew38ReleasedForces(t *testing.T) {
	checkRuleCodes(t, "2024-03-04", []struct{ text, want string }{
		{"Azerbaijan freed 32 Armenian soldiers on Monday.", "AZE>ARM 0841"},
		{"Ukraine freed 50 Russian servicemen in a swap.", "UKR>RUS 0841; RUS>UKR 0841"},
		// Negatives.
		{"Colombia's ELN rebels freed four Colombian soldiers.", "COLREB>COLMIL 0841"},
		{"Azerbaijan arrested 32 Armenian soldiers on Monday.", "AZE>ARMMIL 173"},
	})
}

// TestNew38UnilateralTruce: a truce a state's government or army declares
// in its own country's conflict, naming no other party, is declared toward
// the country's rebels (coder/unilateraltruce.go; dev rows in fresh2,
// fresh13, fresh14, fresh24, fresh30 and fresh38). Negatives: a truce not
// declared, one declared in a war with another state, one only planned, and
// one declared with a named party (the verb's own target). Sentences
// written for the test; rule coder alone.
func TestNew38UnilateralTruce(t *testing.T) {
	checkRuleCodes(t, "2024-03-04", []struct{ text, want string }{
		{"Nepal's government declared a unilateral ceasefire on Friday to allow flood relief.", "NPLGOV>NPLREB 0871"},
		{"Sudan's army announced a three-day humanitarian truce on Monday.", "SDNMIL>SDNREB 0871"},
		// Negatives.
		{"Nepal's government did not declare a ceasefire.", ""},
		{"Nepal's government will declare a ceasefire next week.", ""},
		{"Putin declared a two-day truce for Orthodox Christmas, saying he expected Ukraine to do the same.", ""},
		{"Myanmar's junta declared a ceasefire with the Arakan Army.", "MMRGOV>MMRREB 0871"},
	})
}

// TestNew38BrokeredCompound: two parties signing or agreeing to a deal a
// third state brokered act on each other, the broker named in a hyphenated
// word mediating (coder/broker.go, brokerForCompound; fresh34 ar-117).
// Negative: a single signer has no other side, since the hyphenated broker
// is not read as the deal's author (actors36, merged first).
// Sentences written for the test; rule coder alone.
func TestNew38BrokeredCompound(t *testing.T) {
	checkRuleCodes(t, "2024-03-04", []struct{ text, want string }{
		{"Chad and Sudan signed a Qatari-brokered peace agreement in Doha on Monday.",
			"TCD>SDN 057; SDN>TCD 057; QAT>TCD 045; QAT>SDN 045"},
		{"Armenia and Azerbaijan exchanged fire after a Turkish-brokered truce expired.",
			"ARM>AZE 190; AZE>ARM 190"},
		// Negative.
		{"Chad signed a Qatari-brokered peace agreement.", ""},
	})
}

// TestNew38ReportedTruce: a truce two parties agreed to, reported by a
// speaker, is the parties' pair, not the speaker's truce with each
// (coder/reportedtruce.go; fresh11 t-119, fresh38 av-018). Negatives: a
// truce the parties rejected, or only should accept, is not theirs; the
// speaker's rows stay as the saying block codes them. Sentences written for
// the test; rule coder alone.
func TestNew38ReportedTruce(t *testing.T) {
	checkRuleCodes(t, "2024-03-04", []struct{ text, want string }{
		{"Kenya's president announced on Friday that Ethiopia and Eritrea had accepted a ceasefire.",
			"ETH>ERI 0871; ERI>ETH 0871"},
		{"Turkey said that Armenia and Azerbaijan had agreed to a ceasefire along their border.",
			"ARM>AZE 0871; AZE>ARM 0871"},
		// Negatives.
		{"Kenya's president said that Ethiopia and Eritrea had rejected a ceasefire.",
			"KENGOV>ETH 0871; KENGOV>ERI 0871"},
		{"Kenya's president said Ethiopia and Eritrea should accept a ceasefire.",
			"KENGOV>ETH 0256; KENGOV>ERI 0256"},
	})
}

// TestNew38TreatyText: parties agreeing the text of a treaty have
// concluded it, the 057 pair (pipeline/data/dyad.verbs.txt, AGREE; fresh22
// af-103, fresh38 av-087). Negative: agreeing to discuss the text stays
// the agreement to act (030) it was.
// Sentences written for the test; rule coder alone.
func TestNew38TreatyText(t *testing.T) {
	checkRuleCodes(t, "2025-03-13", []struct{ text, want string }{
		{"Serbia and Kosovo said they had agreed the text of a border treaty.", "SRB>KSV 057; KSV>SRB 057"},
		{"Serbia and Kosovo have agreed on the text of a border treaty.", "SRB>KSV 057; KSV>SRB 057"},
		// Negatives.
		{"Serbia and Kosovo have agreed to discuss the text of a border treaty.", "SRB>KSV 030; KSV>SRB 030"},
	})
}
