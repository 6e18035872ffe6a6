package pipeline_test

import "testing"

// TestRoundThirtySixFamilyNames (new42): leaders of the Sahel, the Horn,
// Central Asia, the Caucasus and the Pacific by family name alone, joined
// in dict/data/dyad.actors.txt to the entries whose dated codes stay in
// force, and the terms Phoenix left open closed where the office ended.
// The sentences are written for the test; the positive cases fail without
// the rows. The guards: a family name outside its holder's office keeps
// the code of that time (Sogavare out of office, Bainimarama after his
// defeat, Massimov after his dismissal), and Damiba before his coup is an
// officer, not the government.
func TestRoundThirtySixFamilyNames(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"Aliyev", "Aliyev accused Armenia of violating the ceasefire on Tuesday.", "2023-05-16", "AZEGOV>ARM 1123", ""},
		{"Sogavare in office", "Sogavare criticised Australia on Friday.", "2022-04-22", "SLBGOV>AUS 111", ""},
		{"guard: Sogavare out of office", "Sogavare criticised Australia on Friday.", "2024-09-20", "SLBELI>AUS 111", "SLBGOV>AUS 111"},
		{"Bazoum", "Soldiers of the presidential guard detained Bazoum on Wednesday.", "2023-07-26", "NERMIL>NERGOV 173", ""},
		{"Japarov", "Japarov accused Tajikistan of shelling border villages on Monday.", "2022-09-19", "KGZGOV>TJK 1123", ""},
		{"guard: Bainimarama after his defeat", "Bainimarama accused the government of persecuting him on Friday.", "2023-03-10", "FJIELI>FJIGOV 112", "FJIGOV>FJIGOV 112"},
		{"guard: Massimov after his dismissal", "Prosecutors charged Massimov with high treason on Monday.", "2022-03-14", "KAZJUD>KAZELI 115", "KAZJUD>KAZSPY 115"},
		{"Damiba in power", "Damiba criticised France on Monday.", "2022-03-14", "BFAGOV>FRA 111", ""},
		{"guard: Damiba before his coup", "Damiba criticised the government on Monday.", "2021-11-29", "BFAMIL>BFAGOV 111", "BFAGOV>BFAGOV 111"},
		{"Kavelashvili president", "Kavelashvili accused the European Union of interfering on Tuesday.", "2025-02-11", "GEOGOV>IGOEUREEC 112", ""},
		{"Masra prime minister", "Masra accused the opposition of stirring unrest on Monday.", "2024-03-18", "TCDGOV>TCDOPP 112", ""},
	})
}

// TestRoundThirtySixArmedBodies (new42): Niger's junta, Ethiopia's army and
// South Sudan's armed opposition by the names news gives them. The guard:
// the SPLM itself, South Sudan's ruling movement, is not the opposition.
func TestRoundThirtySixArmedBodies(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"CNSP", "The National Council for the Safeguard of the Homeland accused France of massing troops on Thursday.", "2023-08-10", "NERMIL>FRA 1123", ""},
		{"ENDF", "The Ethiopian National Defence Force accused Eritrea of shelling a base on Friday.", "2023-08-04", "ETHMIL>ERI 1123", ""},
		{"SPLA-IO", "The SPLA-IO accused government troops of shelling its positions on Monday.", "2025-03-10", "SSDREB>SSDMIL 1123", ""},
		{"guard: the ruling SPLM", "The Sudan People's Liberation Movement accused the rebels of attacking civilians on Monday.", "2025-03-10", "", "SSDREB>SSDREB 112"},
	})
}
