package pipeline_test

import "testing"

// TestIgo31ResolutionContent: a body that adopts, passes or approves a
// resolution acts toward the resolution's object by the resolution's content
// verb (accusing 112, condemning and denouncing 111, ordering and urging a
// demand or appeal the complement refines), not by signing an agreement (057)
// or making a bare statement (010). A content verb the rows do not name, and
// an "ordering" that follows no resolution, stay as they were. The rule coder
// alone, since the relabeller may move a code.
func TestIgo31ResolutionContent(t *testing.T) {
	checkRuleCodes(t, "2024-01-01", []struct{ text, want string }{
		{"The U.N. Security Council adopted a resolution on Tuesday accusing Eritrea of arming rebels in Somalia.", "IGOUNO>ERI 112"},
		{"The IAEA board passed a resolution on Monday ordering Syria to grant inspectors access to the site.", "IGOUNOIAE>SYR 1055"},
		{"The General Assembly approved a resolution condemning Russia's invasion of Ukraine.", "IGOUNO>RUS 111"},
		{"The U.N. Human Rights Council passed a resolution denouncing Belarus for its treatment of prisoners.", "IGOUNO>BLR 111"},
		// Not a content verb the rows name: no accusation, no demand.
		{"The U.N. Human Rights Council passed a resolution on Friday praising Norway for its work on refugees.", "IGOUNO>NOR 010"},
		// No resolution: approving a budget orders nothing of an actor.
		{"The Security Council approved the budget on Monday, ordering the secretariat to cut costs.", ""},
	})
}

// TestIgo31ResolutionBeforeAid: APPROVE and PASS share ALLOW's block, so the
// resolution's content verb has to be read before ALLOW's "aid into" rows,
// or "approved a resolution urging Israel to allow aid into Gaza" is the
// body letting aid into Gaza (0863 to Gaza, codes31's misreading). Allowing
// aid in as the main verb keeps its 0863.
func TestIgo31ResolutionBeforeAid(t *testing.T) {
	checkRuleCodes(t, "2024-01-01", []struct{ text, want string }{
		{"The General Assembly approved a resolution urging Israel to allow aid into Gaza.", "IGOUNO>ISR 023"},
		{"Israel allowed aid trucks into Gaza on Monday.", "ISR>PSEGZA 0863"},
	})
}
