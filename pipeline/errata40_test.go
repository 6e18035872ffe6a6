package pipeline_test

import "testing"

// TestRoundThirtyFiveErrata pins round thirty-five's corrections of
// malformed upstream dictionary lines (branch errata40), with the learned
// component off so that the codes are the coder's.
//
//   - Phoenix.agents.txt:1927 lists ISLAMIC_EXTREMIST with no code and was
//     skipped; dyad.agents.txt gives it the ~MUSRAD of its neighbours
//     (ISLAMIC_EXTREMIST_GROUP, MUSLIM_EXTREMIST), so "Islamic extremists"
//     are radicals, not the bare ~MUS of ISLAMIC.
//   - CAMEO.verbpatterns.150430.txt:5860, "SAID * AN OFFER + FOR TALKS"
//     without a code, is restored in the REFUSE block with the block's
//     125 for talks refused.
func TestRoundThirtyFiveErrata(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		// The corrected row's ~MUSRAD. Pinned NGAMUS until round
		// thirty-eight (bugs44): the tagger read "extremists" as a verb
		// after "Nigerian Islamic", and only ISLAMIC's ~MUS was left. The
		// dev gold codes extremists RAD: cameo_examples cameo-094
		// "Croatian extremists" HRVRAD, cameo-1721 "Protestant extremist
		// organization" GBRRAD.
		{"Nigerian Islamic extremists attacked a police station in Maiduguri on Sunday.", "NGAMUSRAD>NGACOP 190"},
		// Talks refused: 125 (the block's "* TALKS [125]" codes it already;
		// the restored pattern agrees with it).
		{"Sudan rejected an offer by the SPLA for talks.", "SDN>SSDMIL 125"},
		// Negative: no target named, nothing.
		{"The government said it rejected an offer from the rebels.", ""},
	}
	checkRuleCodes(t, "2024-06-01", tests)
}
