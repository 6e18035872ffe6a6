package pipeline_test

import "testing"

// TestIrregularFireOnCrowd: gunmen, gangs or rebels firing on a crowd or
// on protesters are an armed attack with small arms, 193, not a state's
// violent repression, 175 (coder/irregularfire.go, round thirty-eight,
// fire44). ops44's notes found "Gunmen opened fire on the crowd in Moscow"
// coded 175, against subcodes.txt's FIREONCROWD, which documents the 175 as
// troops or police firing on a crowd; the dev gold codes gunmen firing on a
// concert crowd 193 (fresh2 g-023). Negatives: police, troops and
// peacekeepers firing on protesters or a crowd stay 175 (fresh34 ar-032,
// fresh45 bc-196, fresh12 u-110 in the dev gold), gunmen beating protesters
// (no firing) keep the protester row's 175, and gunmen firing on a market
// with no people named stay 193. Run with the rule coder alone.
func TestIrregularFireOnCrowd(t *testing.T) {
	checkRuleCodes(t, "2024-03-22", []struct{ text, want string }{
		{"Gunmen opened fire on the crowd in Moscow on Friday.", "RUSUAF>RUS 193"},
		{"Gang members opened fire on protesters in Haiti on Sunday.", "HTICRM>HTIOPP 193"},
		{"Rebels shot at a crowd in Goma on Sunday.", "CODREB>COD 193"},
		// Negatives: a state's forces, and no firing.
		{"Kenyan police opened fire on protesters on Tuesday.", "KENCOP>KENOPP 175"},
		{"Police opened fire on the crowd in Nairobi on Tuesday.", "KENCOP>KEN 175"},
		{"U.N. peacekeepers fired on protesters in Congo on Tuesday.", "IGOUNO>CODOPP 175"},
		{"Gunmen beat protesters in Moscow on Friday.", "RUSUAF>RUSOPP 175"},
		{"Gunmen opened fire on the market in Kabul on Saturday.", "AFGUAF>AFG 193"},
	})
}
