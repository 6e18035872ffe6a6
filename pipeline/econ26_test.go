package pipeline_test

import "testing"

// TestRoundTwentySixEconomic codes, through the whole pipeline, sentences
// written for round twenty-six's economic-statecraft rows
// (pipeline/data/dyad.verbs.txt, "Round twenty-six"), each beside a shape
// the rows must leave alone.
func TestRoundTwentySixEconomic(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// A border closed with, or to, another state is a sanction (163),
		// not the domestic administrative sanction 172.
		{"Kenya closed its border with Somalia on Tuesday.", "KEN>SOM 163"},
		{"Poland closed all border crossings with Belarus after the incident.", "POL>BLR 163"},
		{"Finland closed its land border with Russia on Friday.", "FIN>RUS 163"},
		// Sanctions restored, reinstated or widened, a blacklisting and an
		// asset freeze imposed are sanctions (163); a credit line approved
		// is economic aid (071).
		{"Canada restored sanctions on Cuba on Tuesday.", "CAN>CUB 163"},
		{"Australia widened sanctions against Iran's oil sector on Friday.", "AUS>IRN 163"},
		{"The U.S. Treasury blacklisted two Syrian banks on Monday.", "USAGOV>SYRBUS 163"}, // banks BUS (roles28)
		{"France imposed an asset freeze on Malian officials on Friday.", "FRA>MLIGOV 163"},
		{"China approved a $2 billion line of credit to Pakistan on Friday.", "CHN>PAK 071"},
		{"The rebels widened their offensive in the north on Friday.", ""},
		// Humanitarian aid named makes a pattern's economic cooperation a
		// promise of humanitarian aid (0333), as economic aid makes it 0331.
		{"Japan will provide $8 million in emergency food aid to Haiti, the embassy said.", "JPN>HTI 0333"},
		{"Japan will provide $5 million in emergency grant aid to Laos, the ministry said.", "JPN>LAO 0333"},
		{"Japan will provide $5 million in grant aid to Laos, the ministry said.", "JPN>LAO 0331"},
	}
	checkCodes(t, "2024-01-01", tests)
}
