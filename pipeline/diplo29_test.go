package pipeline_test

import "testing"

// TestRoundTwentyNineWitnessedSignings: two leaders who witnessed (or
// watched) the signing of agreements are the parties to them, 057 both
// ways; one leader watching a signing names no other party, and a compound
// subject that witnessed something else keeps OBSERVE's reading.
func TestRoundTwentyNineWitnessedSignings(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Kenyan President William Ruto and Chinese Premier Li Qiang witnessed the signing of five trade agreements on Monday.",
			"KENGOV>CHNGOV 057; CHNGOV>KENGOV 057"},
		{"Kenyan President William Ruto and Chinese Premier Li Qiang watched the signing of five trade agreements on Monday.",
			"KENGOV>CHNGOV 057; CHNGOV>KENGOV 057"},
		{"Kenyan President William Ruto witnessed the signing of the railway deal on Monday.", ""},
		{"Kenyan President William Ruto and Chinese Premier Li Qiang watched a football match on Monday.", ""},
	}
	checkCodes(t, "2025-01-01", tests)
}

// TestRoundTwentyNineHandshakes: leaders who shook hands met (040, placed
// as any meeting: 044 and the visits at a third country's venue); a
// handshake beside talks between the same two is the talks alone; a
// refused handshake stays a refusal, and shaking other things is no
// meeting.
func TestRoundTwentyNineHandshakes(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Kenyan President William Ruto and Chinese President Xi Jinping shook hands on Monday.",
			"KENGOV>CHNGOV 040; CHNGOV>KENGOV 040"},
		{"Kenyan President William Ruto shook hands with Chinese President Xi Jinping in Geneva on Monday.",
			"KENGOV>CHNGOV 044; CHNGOV>KENGOV 044; KENGOV>CHE 042; CHNGOV>CHE 042"},
		{"Kenyan President William Ruto and Chinese President Xi Jinping shook hands and held talks on Monday.",
			"KENGOV>CHNGOV 046; CHNGOV>KENGOV 046"},
		{"Kenyan President William Ruto refused to shake hands with Chinese President Xi Jinping on Monday.",
			"KENGOV>CHNGOV 120"},
		{"The earthquake shook buildings in Nairobi on Monday.", ""},
	}
	checkCodes(t, "2025-01-01", tests)
}
