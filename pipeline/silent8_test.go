package pipeline_test

import "testing"

// TestRoundEightSilent codes, through the whole pipeline, sentences written
// for the round-eight (silent8) groups at the end of data/dyad.verbs.txt,
// each beside a shape the group must leave alone.
func TestRoundEightSilent(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// Armour and air defence sent, supplied or delivered are military aid.
		{"Poland sent tanks to Ukraine.", "POL>UKR 072"},
		{"Spain delivered armoured vehicles to Ukraine.", "ESP>UKR 072"},
		{"Italy supplied air defence systems to Ukraine.", "ITA>UKR 072"},
		{"The United States supplied Israel with tanks.", "USA>ISR 072"},
		{"Norway will send tanks to Ukraine.", "NOR>UKR 0332"},
		// Oil tankers are no tanks.
		{"Iran sent oil tankers to Venezuela.", ""},
		// The euro zone and its Eurogroup are the European Union's.
		{"The Eurogroup criticized Italy.", "IGOEUREEC>ITA 111"},
		{"Portugal thanked its euro zone partners.", "PRT>IGOEUREEC 051"},
		// A party dissolved is banned; a parliament dissolved is no event.
		{"The Thai court dissolved the opposition party.", "THAJUD>THAOPP 1722"},
		{"The Thai king dissolved parliament.", ""},
		// An agreement initialled is signed.
		{"Serbia initialed an agreement with Kosovo.", "SRB>KSV 057; KSV>SRB 057"},
		// Coming to another's defence defends it verbally; to its aid, aids it.
		{"Cuba came to the defense of Venezuela.", "CUB>VEN 052"},
		{"Russia rushed to the defence of Syria.", "RUS>SYR 052"},
		{"Turkey came to the aid of Azerbaijan.", "TUR>AZE 070"},
		{"Cuba came to Venezuela.", "CUB>VEN 040"},
		// Condemnation drawn from actors in a closing participle is theirs
		// (coder/reaction.go); a list needs its "and".
		{"Iran tested a ballistic missile, drawing condemnation from France and Germany.", "FRA>IRN 111; DEU>IRN 111"},
		{"Iran tested a ballistic missile, drawing condemnation from France, German officials said.", "FRA>IRN 111"},
		{"Iran tested a ballistic missile, drawing attention from analysts.", ""},
		// A bombing with no perpetrator named (coder/bombing.go).
		{"A bomb exploded at a market in Mogadishu, killing eight people.", "SOM>SOMCVL 183"},
	}
	checkCodes(t, "2023-02-01", tests)
}
