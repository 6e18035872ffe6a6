package pipeline_test

import "testing"

// TestPenaltyForetold pins round thirty-six's foretold penalties (branch
// future41, coder/penalty.go), with the learned component off. A speaker
// who says an actor "would pay a heavy price" or "would face a bitter
// fate" threatens that actor (130 for consequences of no named kind, 138
// for punishment or revenge), though the actor is the subject of PAY or
// FACE; the bare statement (010) the speech verb gave yields to it. Only
// the future with will or would is read: a price paid in the past, a
// price refused and charges to be faced are no threats of the speaker's.
func TestPenaltyForetold(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"North Korea said on Friday that the United States would \"pay dearly\" for the new sanctions.", "PRK>USA 130"},
		{"Iran's supreme leader said on Monday that Israel would face a \"bitter and painful\" fate after the strikes.", "IRNGOV>ISR 138"},
		{"The Houthis said on Sunday that the United States would receive its just punishment.", "YEMREB>USA 138"},
		// Negative: a price paid, reported in the past, is a verdict, not a threat.
		{"Egypt said on Monday that Israel had paid a heavy price for the war.", "EGY>ISR 012"},
		// Negative: a price the subject will not pay threatens no one.
		{"The finance minister said on Monday that Germany would not pay a price for the tariffs.", ""},
		// Negative: charges to be faced are a court's, not a penalty the speaker deals.
		{"Kenya's president said on Monday that Uganda would face charges of fraud.", "KENGOV>UGA 010"},
	}
	checkRuleCodes(t, "2025-03-10", tests)
}

// TestReservedRightToRespond pins round thirty-six's "reserved the right
// to respond" (branch future41, coder/retaliate.go retaliationAt), with
// the learned component off: a promise to answer kept open is a threat to
// the author of the act answered, as "would respond" is.
func TestReservedRightToRespond(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Kuwait condemned the Iraqi missile attack as a violation of its sovereignty and said it reserved the right to respond.", "KWT>IRQ 111; KWT>IRQ 130"},
		{"Iraq fired missiles at Kuwait on Monday, and Kuwait reserved the right to respond.", "IRQ>KWT 194; KWT>IRQ 138"},
		// Negative: a right to appeal is no answer to anyone.
		{"Kuwait reserved the right to appeal the ruling.", ""},
	}
	checkRuleCodes(t, "2025-03-10", tests)
}
