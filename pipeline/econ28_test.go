package pipeline_test

import "testing"

// TestRoundTwentyEightMoneyAid codes money named as funding, funds,
// financing, aid payments or disbursements as economic aid (round
// twenty-eight, coder/data/subcodes.txt, ECONAID): asked for it is 0231,
// pledged 0331, frozen 1621. Aid not named as money keeps its family's
// code.
func TestRoundTwentyEightMoneyAid(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Moldova asked the European Union on Thursday for emergency funding to pay for gas imports.", "MDA>IGOEUREEC 0231"},
		{"Kenya urged the United Nations on Tuesday to speed up funding for the mission.", "KEN>IGOUNO 0231"},
		{"The World Bank froze aid payments to Mali on Wednesday.", "IGOUNODEVWBK>MLI 1621"},
		{"The EU pledged new funding for Ukraine on Monday.", "IGOEUREEC>UKR 0331"},
		{"Kenya urged the United Nations on Tuesday to speed up the deployment.", "KEN>IGOUNO 020"},
	}
	checkCodes(t, "2024-01-01", tests)
}
