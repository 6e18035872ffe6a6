package pipeline_test

import "testing"

// TestRoundTwentyEightVerbs codes, through the whole pipeline, sentences
// written for round twenty-eight's rows, sub-code phrases and implied
// targets, each beside a shape the rule must leave alone.
func TestRoundTwentyEightVerbs(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// Sanctions named by their instrument: asset freezes in the
		// plural, a price cap imposed or enforced, a levy raised on an
		// actor's imports (163).
		{"Canada imposed asset freezes on Belarusian officials on Tuesday.", "CAN>BLRGOV 163"},
		{"Norway began enforcing a price cap on Russian diesel on Sunday.", "NOR>RUS 163"},
		{"Washington raised the levy on Brazilian steel to 50 percent.", "USA>BRA 163"},
		// Property seized or its confiscation ordered is 1711; a
		// supertanker seized by force is a ship hijacked (181).
		{"Dutch police seized a yacht owned by a Russian businessman on Monday.", "NLDCOP>RUSBUS 1711"},
		{"A Swiss court ordered the confiscation of assets from a Nigerian businessman.", "CHEJUD>NGABUS 1711"},
		{"Houthi fighters seized a Greek supertanker in the Red Sea.", "YEMREB>GRCBUS 181"},
		// Money asked for, paused or withdrawn is economic aid (0231,
		// 1621), funding to the WHO too (the fifth harmonisation, session
		// twelve: funding to the WHO or UNESCO 1621, to UNRWA 1623).
		{"Ukraine asked the European Union on Friday for emergency funding to repair power plants.", "UKR>IGOEUREEC 0231"},
		{"Jordan appealed to Western donors on Friday for funds to house refugees.", "JOR>WST 0231"},
		{"The World Bank paused disbursements to Mali on Tuesday.", "IGOUNODEVWBK>MLI 1621"},
		{"Germany said it was halting funding to the World Health Organization.", "DEU>IGOUNOHLHWHO 1621"},
		// The internet or social media cut, suspended, shut down or
		// restricted by a state is a restriction of political freedoms
		// (1721) on its own country, restored an easing (0811); a
		// restriction on a group named keeps the group.
		{"Bangladesh's government suspended mobile internet services nationwide on Thursday.", "BGDGOV>BGD 1721"},
		{"Iran's government shut down the internet on Saturday.", "IRNGOV>IRN 1721"},
		{"Ethiopia restored mobile internet in the Tigray region on Monday.", "ETHGOV>ETH 0811"},
		{"Guinea's government restricted access to social media on Tuesday.", "GINGOV>GIN 1721"},
		// An election postponed or delayed by those in power rejects the
		// change it would bring (1231), aimed at the state's opposition;
		// talks postponed are no election.
		{"Mali's junta postponed the presidential election on Monday.", "MLIGOV>MLIOPP 1231"},
		{"The president of Haiti delayed the vote by a year.", "HTIGOV>HTIOPP 1231"},
		{"The government postponed talks with the rebels.", ""},
		// All political parties dissolved, banned or suspended (1722), or
		// their ban lifted (0812), with no party named: the opposition.
		{"Burkina Faso's junta dissolved all political parties on Friday.", "BFAGOV>BFAOPP 1722"},
		{"Guinea's junta lifted its ban on political parties on Monday.", "GINGOV>GINOPP 0812"},
		// A state deploying its own army at home mobilizes it (154) as a
		// measure on its own country, GOV > country; troops sent to
		// another state stay military aid (072).
		{"Kenya deployed the army in Nairobi on Tuesday after days of riots.", "KENGOV>KEN 154"},
		{"Russia deployed troops to Belarus on Monday.", "RUS>BLR 072"},
	}
	checkCodes(t, "2025-01-01", tests)
}
