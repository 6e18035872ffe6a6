package pipeline_test

import "testing"

// TestRoundTwentyTwoVerbs codes, through the whole pipeline, sentences written
// for the round-twenty-two verb rows, each beside a shape the rule must leave
// alone.
func TestRoundTwentyTwoVerbs(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// Drills begun or held by two actors together are joint military
		// cooperation (062 both ways) whether or not the text says
		// "joint"; drills near another actor stay a show of force (150),
		// and one actor's drills with no partner are no event.
		{"Indian and French troops began exercises in Rajasthan on Monday.", "INDMIL>FRAMIL 062; FRAMIL>INDMIL 062"},
		{"Egypt and Greece held naval drills in the Mediterranean on Tuesday.", "EGY>GRC 062; GRC>EGY 062"},
		{"Russia and China held naval drills near Japan on Monday.", "RUS>JPN 150; CHN>JPN 150"},
		{"China began drills in the South China Sea on Monday.", ""},
		// Missiles, rockets and drones intercepted are the interceptor's
		// use of force against the launcher (190), not property seized;
		// an arms shipment intercepted stays a seizure (1711).
		{"Saudi forces intercepted a ballistic missile fired by the Houthis at Jizan on Saturday.", "SAUMIL>YEMREB 190"},
		{"Ukraine intercepted 40 Russian drones overnight.", "UKR>RUS 190"},
		{"Indian police intercepted a shipment of weapons from Pakistan.", "INDCOP>PAK 1711"},
	}
	checkCodes(t, "2024-06-01", tests)
}
