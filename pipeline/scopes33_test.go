package pipeline_test

import "testing"

// TestScopes33CrowdRows: the crowd rows under +VERBAL_CONFLICT ("- THOUSANDS
// * [141]" …) were written for PROTEST, as their comment says ("a crowd that
// protested … PROTEST sits in VERBAL_CONFLICT"), but carried no "# PROTEST",
// so every verb of the block took them: a crowd of lawmakers that opposed a
// plan became a street demonstration. Scoped, OPPOSE keeps its own reading.
// A scoped row is still the fallback of a verb with no pattern that fits
// (DISPUTE, CHALLENGE), which a scope cannot change. Sentences written for
// the test; rule coder alone.
func TestScopes33CrowdRows(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Hundreds of Kenyan lawmakers opposed the Somali government plan on Monday.", "KENLEG>SOMGOV 111"},
		// The rows' own verb keeps them.
		{"Thousands of Kenyans protested against the Somali government on Monday.", "KEN>SOMGOV 141"},
		{"Dozens of Kenyan students protested against the Somali government on Monday.", "KENEDU>SOMGOV 141"},
	})
}
