package pipeline_test

import "testing"

// TestRoundNineteenCodes codes, through the whole pipeline, sentences written
// for round nineteen's code refinements (coder/charge.go, coder/verdict.go,
// coder/firefight.go, coder/data/subcodes.txt), each beside a shape the rule
// must leave alone.
func TestRoundNineteenCodes(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// Charges filed and indictments are 115; custody stays 173.
		{"Kenya charged two Somali men with fraud.", "KEN>SOM 115"},
		{"Iran charged British sailors with espionage.", "IRN>GBR 115; IRN>GBR 1125"},
		{"Iran detained British sailors on espionage charges.", "IRN>GBR 173; IRN>GBR 1125"},
		{"Pakistani prosecutors indicted former Prime Minister Imran Khan.", "PAKJUD>PAKELI 115"},
		{"Pakistani police charged the opposition leader with sedition.", "PAKCOP>PAKOPP 115"},
		// Troops sent, vessels rammed, provocations: an accusation of
		// aggression (1123); a crime named stays 1121.
		{"Congo accused Rwanda of sending troops across the border.", "COD>RWA 1123"},
		{"China accused the Philippines of ramming a coast guard vessel.", "CHN>PHL 1123"},
		{"Azerbaijan accused Armenia of provocations.", "AZE>ARM 1123"},
		{"China accused the Philippines of smuggling.", "CHN>PHL 1121"},
		// A statement that calls an act unacceptable or provocative is a
		// criticism (111); a statement without a verdict stays 010.
		{"Britain said Iran's seizure of the tanker was unacceptable.", "GBR>IRN 111"},
		{"Japan said China's military drills were \"provocative and dangerous\".", "JPN>CHNMIL 111"},
		{"Britain said Iran's seizure of the tanker was not illegal.", "GBR>IRN 010"},
		// Fire exchanged with no weapon word is 190; fire met from an
		// attacker stays the small arms' 193.
		{"Kyrgyz and Tajik border guards exchanged fire along their disputed frontier.", "KGZMIL>TJKMIL 190; TJKMIL>KGZMIL 190"},
		{"Israel came under fire from Hamas on Monday.", "PSEREBHMS>ISR 193"},
	}
	checkCodes(t, "2024-01-01", tests)
}
