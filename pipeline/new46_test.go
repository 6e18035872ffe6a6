package pipeline_test

import "testing"

// TestClosingAttributionWithTail: a state's own strike announced by its
// leader in a closing attribution gets the leader's claim (015) when the
// attribution is followed by a time expression ("…, the president announced
// on Friday night.") or by a comma that opens a participle clause ("…, the
// president said, adding that …"), as it did when the verb was the
// sentence's last word (coder/ownstrike.go's closingSay; round thirty-eight,
// form G). Dev rows of the construction: m-181, ao-014, ar-109, bd-084. Run
// with the rule coder alone.
func TestClosingAttributionWithTail(t *testing.T) {
	checkRuleCodes(t, "2024-02-03", []struct{ text, want string }{
		{"PARIS (AFP) - French warplanes struck an Islamic State camp in Syria, President Emmanuel Macron announced on Friday night.",
			"FRAMIL>IMGMUSISI 195; FRAGOV>IMGMUSISI 015"},
		{"PARIS (AFP) - French warplanes struck an Islamic State camp in Syria, President Emmanuel Macron said, adding that the camp had been destroyed.",
			"FRAMIL>IMGMUSISI 195; FRAGOV>IMGMUSISI 015"},
		// Negatives: another country's leader reporting the strike claims
		// nothing, whatever follows the attribution.
		{"PARIS (AFP) - French warplanes struck an Islamic State camp in Syria, German Chancellor Olaf Scholz said on Friday night.",
			"FRAMIL>IMGMUSISI 195"},
		{"PARIS (AFP) - French warplanes struck an Islamic State camp in Syria, German Chancellor Olaf Scholz said, adding that Berlin backed the strike.",
			"FRAMIL>IMGMUSISI 195"},
	})
}

// TestHostageRescueNoAid: forces rescuing hostages or captives give no
// humanitarian aid (073) to the place they were held: the rescue is an
// armed operation against the captors (dyad.verbs.txt, round thirty-eight,
// form J). Dev rows: af-091, bd-038 (RESCUE gave ISRMIL>PSEGZA 073). Run
// with the rule coder alone.
func TestHostageRescueNoAid(t *testing.T) {
	checkRuleCodes(t, "2024-06-08", []struct{ text, want string }{
		{"French special forces rescued two hostages in northern Mali on Friday.", ""},
		{"Colombian troops rescued three captives from a rebel camp in Cauca on Monday.", ""},
		// Negative: people rescued at sea or after a disaster are still aid.
		{"Indonesia's coast guard rescued 75 Rohingya refugees off Aceh on Tuesday.", "IDNMIL>MMRREF 073"},
	})
}
