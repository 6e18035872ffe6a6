package pipeline_test

import "testing"

// TestReceivedThingNoVisit: a thing received is no visit. RECEIVE's last
// row "- $ * + [043:042]" made whoever sent the thing a guest hosted by the
// receiver; the rows before it (pipeline/data/dyad.verbs.txt, round
// thirty-seven) read food sent FROM a giver as aid, a call as talks both
// ways, and a request, plan, report, information, aid named only by its
// giver's adjective, or the dead handed back as no event of receiving.
func TestReceivedThingNoVisit(t *testing.T) {
	checkRuleCodes(t, "2024-05-06", []struct{ text, want string }{
		{"Egypt received a consignment of grain from Russia on Sunday.", "RUS>EGY 073"},
		{"Lula received Xi's congratulatory call on Monday.", "BRAGOV>CHNGOV 041; CHNGOV>BRAGOV 041"},
		{"The Kenyan president received Ethiopia's request for help on Tuesday.", ""},
		{"Peru received Japanese aid after the earthquake.", ""},
		{"Egypt received the remains of two pilots from the Red Crescent.", ""},
		// Negatives: a leader, a minister or a delegation received is still
		// hosted, and aid FROM its giver keeps its row.
		{"Erdogan received the Iraqi prime minister in Ankara on Tuesday.", "TURGOV>IRQGOV 043; IRQGOV>TUR 042"},
		{"Macron received Zelensky in Paris on Monday.", "FRAGOV>UKRGOV 043; UKRGOV>FRA 042"},
		{"Lula received aid from China on Monday.", "CHN>BRAGOV 070"},
	})
}

// TestReceivedDelegationOf: "a delegation of" a state is its visit, as
// "a delegation from" it was (the OF twin of RECEIVE's DELEGATION FROM row).
// Without the twin such a delegation reached only the fallback, and now the
// thing-received rows before the fallback would take a delegation bearing a
// proposal as the proposal.
func TestReceivedDelegationOf(t *testing.T) {
	checkRuleCodes(t, "2024-05-06", []struct{ text, want string }{
		{"Pyongyang received a delegation of the Chinese Communist Party on Monday.", "CHNGOV>PRK 042; PRK>CHNGOV 043"},
		{"Hanoi received a delegation of the Chinese Communist Party bearing a proposal on trade.", "CHNGOV>VNM 042; VNM>CHNGOV 043"},
		// Negative: the FROM row itself is unchanged.
		{"Kim Jong Un received a delegation from Moscow on Monday.", "RUS>PRK 042; PRKGOV>RUS 043"},
	})
}

// TestHostedTalksNoVisit: talks hosted by a third party with no broker's
// role are the parties' talks alone, and a virtual summit is no visit, so
// the hosting participle adds no 043/042 pairs (coder/hosted.go,
// hostedNoVisit).
func TestHostedTalksNoVisit(t *testing.T) {
	checkRuleCodes(t, "2024-05-06", []struct{ text, want string }{
		{"Sudan's army chief and the RSF commander met in Jeddah on Sunday for talks hosted by the Saudi foreign minister.", "SDNMIL>SDNREB 046; SDNREB>SDNMIL 046"},
		{"Members of the Arab League endorsed the plan on Monday at a virtual summit hosted by Egypt.", "IGOMEAARL>EGY 051"},
		// Negative: a ceremony hosted keeps the host's 043 and the parties' 042.
		{"Serbia and Kosovo signed an accord at the White House on Friday in a ceremony hosted by President Joe Biden.", "SRB>KSV 057; KSV>SRB 057; USAGOV>SRB 043; SRB>USA 042; USAGOV>KSV 043; KSV>USA 042"},
	})
}
