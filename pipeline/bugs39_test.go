package pipeline_test

import "testing"

// The cases of this file pin verb rows that read their object against the
// codebook (round thirty-five, bugs39), with the rule coder alone
// (checkRuleCodes): the relabeller may move a code.

// TestBugs39VoteToLiftSanctions: SELECT's "- * SANCTIONS + [163]" (VOTE,
// DECIDE) reached past an infinitive of lifting, so a vote to lift
// sanctions was coded as sanctions imposed. Lifting, easing or ending them
// by a vote or a decision is 085; a vote to impose them stays 163.
func TestBugs39VoteToLiftSanctions(t *testing.T) {
	checkRuleCodes(t, "2024-06-01", []struct{ text, want string }{
		{"The UN Security Council voted to lift sanctions on Eritrea.", "IGOUNO>ERI 085"},
		{"The European Union decided to ease sanctions on Syria.", "IGOEUREEC>SYR 085"},
		// Imposed, not lifted.
		{"The UN Security Council voted to impose sanctions on Eritrea.", "IGOUNO>ERI 163"},
	})
}

// TestBugs39AnnouncedAidSuspension: EXPLAIN_VERBAL's "- * AID [033]"
// (ANNOUNCE) read a suspension of aid announced as aid promised, the
// opposite. A suspension, freeze or halt of aid announced is 162 (the
// sub-code table names military aid, 1622); aid announced stays 033.
func TestBugs39AnnouncedAidSuspension(t *testing.T) {
	checkRuleCodes(t, "2024-06-01", []struct{ text, want string }{
		{"Germany announced the suspension of aid to Niger.", "DEU>NER 162"},
		{"Germany announced the suspension of military aid to Niger.", "DEU>NER 1622"},
		// Aid announced is aid promised.
		{"Germany announced new aid to Niger.", "DEU>NER 033"},
	})
}

// TestBugs39DealSealed: a deal, accord or pact "sealed" with an actor is a
// deal made, the 057 pair, as one struck or clinched (SEAL was in no
// dictionary, so nothing was coded). A deal only hoped to be sealed is no
// deal made, and sealing off a border is no event.
func TestBugs39DealSealed(t *testing.T) {
	checkRuleCodes(t, "2024-06-01", []struct{ text, want string }{
		{"Japan sealed a trade deal with Australia.", "JPN>AUS 057; AUS>JPN 057"},
		{"Japan and Australia sealed an accord on Monday.", "JPN>AUS 057; AUS>JPN 057"},
		// Not sealed yet: HOPE's own 013, no 057.
		{"Japan hopes to seal a trade deal with Australia.", "JPN>AUS 013"},
		// Sealing a border is no deal.
		{"Israeli troops sealed off the border with Gaza.", ""},
	})
}

// TestBugs39AgreedOnDayToCeasefire: one side agreeing to a ceasefire with
// a weekday between the verb and TO fell to AGREE's "- *_ON [030]", the
// weekday read as what was agreed on (0356 after the sub-codes), where the
// AGREE block's own comment codes a ceasefire agreed to 0871. Talks on a
// ceasefire agreed are no ceasefire, and a trade-war truce stays 0354.
func TestBugs39AgreedOnDayToCeasefire(t *testing.T) {
	checkRuleCodes(t, "2024-06-01", []struct{ text, want string }{
		{"Hamas agreed on Wednesday to a ceasefire with Israel.", "PSEREBHMS>ISR 0871"},
		{"Hamas agreed on Wednesday to a permanent cessation of hostilities with Israel.", "PSEREBHMS>ISR 0871"},
		{"China agreed on Thursday to a truce in its trade war with the United States.", "CHN>USA 0354"},
		// Talks agreed, not a ceasefire.
		{"Hamas agreed on Wednesday to hold talks with Israel on a ceasefire.", "PSEREBHMS>ISR 036"},
	})
}
