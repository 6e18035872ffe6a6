package pipeline_test

import "testing"

// TestRoundTwentyPrecision codes, through the whole pipeline, sentences
// written for the round-twenty precision rows: each shape once gave an event
// the sentence does not report, and each stands beside a shape the change
// must leave alone.
func TestRoundTwentyPrecision(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// Troops deployed or sent to a state: the sender's military aid
		// (072) only; the receiver's 086 (allowing involvement) is an act
		// the sentence does not report.
		{"Kenya deployed 500 troops to Somalia on Monday.", "KEN>SOM 072"},
		{"France sent soldiers to Chad on Tuesday.", "FRA>TCD 072"},
		// Drones sold to a state are an arms sale (062 one way), not two
		// sides' trade (SELL's 061:061).
		{"Iran sold drones to Russia.", "IRN>RUS 062"},
		// Drills or exercises held are no detention (CONFINE's 173 or
		// 170); joint exercises and drills near another keep their rows.
		{"Egypt held drills with Sudanese troops on Tuesday.", ""},
		// Two states' ships holding exercises together are joint military
		// cooperation between them (062 both ways, round twenty-two).
		{"Ships from India and Japan held their annual exercises with the U.S. Navy.", "IND>JPN 062; JPN>IND 062"},
		{"Japan and India held military drills in the Indian Ocean on Friday.", "JPN>IND 062; IND>JPN 062"},
		{"Russia held war games near the Lithuanian border.", "RUS>LTU 150"},
		{"Police held two Kenyan journalists on Friday.", "KENCOP>KENMED 173"},
		// A passive killing "near", "at" or "on" a place names where, not
		// who killed (KILL's "&PREPOSIT1 $" and bare "$" rows); the killer
		// after "by" and an actor inside "in ..." still code.
		{"A senior Hezbollah commander was killed near Damascus on Tuesday.", ""},
		{"Two Kenyan police officers were killed at the Somali border.", ""},
		{"A French journalist was killed on the Ukrainian front line.", ""},
		{"Five Malian soldiers were killed by Burkinabe troops on Monday.", "BFAMIL>MLIMIL 190"},
		{"Two Palestinians were killed in an Israeli air strike on Tuesday.", "ISR>PSE 195"},
	}
	checkCodes(t, "2024-06-01", tests)
}
