package pipeline_test

import "testing"

// The cases of this file pin acts told by a noun (round thirty-five,
// noun39), with the rule coder alone (checkRuleCodes): the relabeller may
// move a code.

// TestNoun39StrikeBegun: a labour strike told by its noun after a verb of
// beginning ("began a nationwide strike", "launched a general strike") is
// the strikers' 143 against their government, as "staged" and "called"
// already coded it; a strike noun with the modifier nationwide, national or
// indefinite is a strike after those verbs and "went on" too. A military
// strike launched stays no labour strike, and a strike only threatened is
// not begun.
func TestNoun39StrikeBegun(t *testing.T) {
	checkRuleCodes(t, "2024-06-01", []struct{ text, want string }{
		{"Kenyan unions began a nationwide strike on Monday over unpaid wages.", "KENLAB>KENGOV 1432"},
		{"Ghanaian unions launched a general strike on Tuesday.", "GHALAB>GHAGOV 143"},
		{"Nigerian workers went on a nationwide strike on Monday over fuel prices.", "NGALAB>NGAGOV 1432"},
		{"Nigerian unions called a nationwide strike over fuel prices.", "NGALAB>NGAGOV 1432"},
		// A military strike launched is no walkout (its 190 is
		// TestNoun39StrikeLaunched's).
		{"Russia launched a strike on Kyiv on Monday.", "RUS>UKR 190"},
		// Threatened, not begun.
		{"Nigerian unions threatened to begin a nationwide strike next week.", ""},
	})
}

// TestNoun39StrikeLaunched: strikes told by the bare noun after a verb of
// launching or carrying out, with their target after "on", are the
// attacker's 190 ("launched strikes on", "carried out a strike on"), and a
// joint operation launched against an actor is an offensive. A strike
// launched against a reform is a labour strike, not an attack, and a strike
// led against a government is no attack either; a hunger strike keeps its
// 142.
func TestNoun39StrikeLaunched(t *testing.T) {
	checkRuleCodes(t, "2024-06-01", []struct{ text, want string }{
		{"Israel launched strikes on Iran's nuclear facilities on Friday.", "ISR>IRN 190"},
		{"Israel launched a strike on Iran on Friday.", "ISR>IRN 190"},
		{"Israel carried out a strike on Iran on Friday.", "ISR>IRN 190"},
		// NGAMIL since round thirty-eight (bugs44): "troops" was tagged a
		// verb after "Nigerian" and the source was the bare demonym. The
		// dev gold codes Nigerian troops NGAMIL: fresh28 al-170 (195, 015),
		// fresh30 an-172 (190, 015).
		{"Nigerian troops launched a joint operation against Boko Haram on Monday.", "NGAMIL>NGAREB 190"},
		// Labour strikes: no attack.
		{"Kenyan unions launched a strike against the pension reform on Monday.", ""},
		{"Nigerian unions led a strike against the government on Monday.", ""},
		{"Palestinian prisoners launched a hunger strike against Israel on Monday.", "PSE>ISR 142"},
	})
}
