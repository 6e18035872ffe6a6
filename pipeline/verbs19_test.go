package pipeline_test

import "testing"

// TestRoundNineteenVerbs codes, through the whole pipeline, sentences written
// for the round-nineteen verb rows, each beside a shape the rule must leave
// alone.
func TestRoundNineteenVerbs(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// Inspectors arriving in a state: the host receives them (0862,
		// the host as source); the arrival is no investigation of the
		// host by the inspectors' body (the 090 half is gone). Inspectors
		// sent keep DESPATCH's rows.
		{"U.N. weapons inspectors arrived in Libya on Tuesday.", "LBY>IGOUNO 0862"},
		{"IAEA inspectors arrived in Syria on Sunday to visit two sites.", "SYR>IGOUNOIAE 0862"},
		// Leaders who met for talks held them (046 both ways), not an
		// intent to meet (MEET's 036:036); a meeting for talks still to
		// come keeps the intent.
		{"Kenya's president and Somalia's president met in Nairobi on Friday for talks on the border.", "KENGOV>SOMGOV 046; SOMGOV>KENGOV 046"},
		{"Macron met Scholz in Berlin for talks on Monday.", "FRAGOV>DEUGOV 046; DEUGOV>FRAGOV 046"},
		{"Macron and Scholz agreed to meet for talks.", "FRAGOV>DEUGOV 036; DEUGOV>FRAGOV 036"},
		// A speaker ready or willing to meet another expresses his own
		// intent (036 one way), not the other side's; leaders who agree
		// to meet stay reciprocal (AGREE's rows).
		{"Serbia's president said he was ready to meet Kosovo's prime minister in Brussels.", "SRBGOV>KSVGOV 036"},
		{"Zelenskiy said on Monday he was willing to meet Putin.", "UKRGOV>RUSGOV 036"},
	}
	checkCodes(t, "2024-06-01", tests)
}
