package pipeline_test

import "testing"

// TestRoundThirtyEightKurti (new47): Albin Kurti, Kosovo's prime minister
// from 2021, was Phoenix's opposition alone (Phoenix:35575 [KSVOPP], no
// dates), and news naming him by family name alone ("after hosting Vucic and
// Kurti") found no actor. dyad.errata.actors.txt dates his two terms and
// dyad.actors.txt joins "Kurti" to the entry. The sentences are written for
// the test; the first two fail without the rows. The guards: before his first
// term and between the terms he leads the opposition.
func TestRoundThirtyEightKurti(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"full name, in office", "Prime Minister Albin Kurti accused Serbia of arming the gunmen on Sunday.", "2023-09-24", "KSVGOV>SRB 112", "KSVOPP>SRB 112"},
		{"family name", "Kurti accused Serbia of arming the gunmen on Sunday.", "2023-09-24", "KSVGOV>SRB 112", ""},
		{"guard: before his first term", "Albin Kurti accused Serbia of arming the gunmen on Sunday.", "2018-09-23", "KSVOPP>SRB 112", "KSVGOV>SRB 112"},
		{"guard: between the terms", "Kurti accused Serbia of arming the gunmen on Sunday.", "2020-11-22", "KSVOPP>SRB 112", "KSVGOV>SRB 112"},
	})
}

// TestRoundThirtyEightFico (new47): Robert Fico by family name alone
// (dyad.actors.txt joins "Fico" to Phoenix's entry, whose dated codes stay
// in force). The sentences are written for the test; the first fails without
// the row. The guard: before his first government (2006) Phoenix has him as
// a political elite, no government.
func TestRoundThirtyEightFico(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"family name", "Fico accused Ukraine on Friday of blocking the gas transit.", "2025-01-03", "SVKGOV>UKR 112", ""},
		{"guard: before his first government", "Fico accused Ukraine on Friday of blocking the gas transit.", "2003-01-03", "", "SVKGOV>UKR 112"},
	})
}
