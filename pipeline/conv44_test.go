package pipeline_test

import "testing"

// TestAttributionAfterDateline: the parser hangs a closing attribution
// after a dateline on the dateline's FRAG as a second clause ("NEW DELHI
// (Reuters) - Indian jets shot down …, Prime Minister Narendra Modi said on
// Sunday."), and the comma options set it aside as an aside although
// without the dateline it is the main clause's own verb and kept
// (coder/comma.go, datelineSecond). Kept, every rule reading the speaker
// sees it as it does without a dateline. Dev rows: fresh31 ao-023, fresh46
// bd-084. Run with the rule coder alone.
func TestAttributionAfterDateline(t *testing.T) {
	checkRuleCodes(t, "2025-05-04", []struct{ text, want string }{
		{"NEW DELHI (Reuters) - Indian jets shot down a Pakistani drone over Kashmir, Prime Minister Narendra Modi said on Sunday.", "IND>PAK 195; INDGOV>PAK 015"},
		{"ANKARA (Reuters) - Turkish warplanes struck militant camps in northern Iraq, the army said on Friday.", "TURMIL>IRQREB 195; TURMIL>IRQREB 015"},
		// Negatives: without a dateline the attribution was already
		// kept (today's behaviour, unchanged); a closing comma phrase that
		// is no attribution names no speaker.
		{"Indian jets shot down a Pakistani drone over Kashmir, Prime Minister Narendra Modi said on Sunday.", "IND>PAK 195; INDGOV>PAK 015"},
		{"Turkish warplanes struck militant camps in northern Iraq, the army said on Friday.", "TURMIL>IRQREB 195; TURMIL>IRQREB 015"},
		{"NEW DELHI (Reuters) - Indian jets shot down a Pakistani drone over Kashmir on Sunday, the second in a week.", "IND>PAK 195"},
		{"ANKARA (Reuters) - Turkish warplanes struck militant camps in northern Iraq on Friday, the second such raid in a week.", "TURMIL>IRQREB 195"},
	})
}
