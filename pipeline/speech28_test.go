package pipeline_test

import "testing"

// TestRoundTwentyEightSpeech codes, through the whole pipeline, the
// criticism a closing noun phrase reports of the act before it (", a move
// X denounced as …", "…, in what X called …"): the critic's 111 of the
// act's author, also when the act itself was not coded; and the claim
// (015) of a strike its own side reports in a trailing attribution; and
// another's decision regretted (111). Each
// beside a shape that must code nothing of the kind.
func TestRoundTwentyEightSpeech(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// An adverb between the critic and the verb of criticism, and
		// an act the coder does not code: the authors are the subject of
		// the clause, every one of a coordination.
		{"Sweden and Finland unveiled a joint naval plan on Monday, a move Moscow swiftly denounced as reckless.", "RUS>SWE 111; RUS>FIN 111"},
		// "rejected as" judges; a plan rejected without "as" is no
		// criticism, nor is "a bill rejected by" a critic's verdict.
		{"Hungary's parliament adopted a new media law on Tuesday, a step Brussels rejected as illegitimate.", "BEL>HUNLEG 111"},
		{"The cabinet drafted a pension plan on Monday, a plan the unions rejected.", ""},
		// "in what X called / described as" a critical name.
		{"Two Iranian speedboats sailed close to a British frigate on Friday, in what the Royal Navy called a reckless manoeuvre.", "GBRMIL>IRN 111"},
		{"Rebels shelled a market in Goma on Sunday, in what the governor described as a war crime.", "CODREB>COD 190; CODGOV>CODREB 111"},
		// A critic named by a common noun or after "the": the leaf
		// before its phrase is the apposed noun.
		{"Zambia's president dissolved the electoral board on Monday, a move the Zambian opposition called a coup.", "ZMBOPP>ZMBGOV 111"},
		{"Zambia's president dissolved the electoral board on Monday, a move the European Union called a coup.", "IGOEUREEC>ZMBGOV 111"},
		// A trailing attribution by the striking side claims the strike
		// (015, the sets' convention for a state announcing its own
		// strike); by the struck side it does not. The jets are the
		// state's military, TURMIL, as the dev gold codes a state's jets
		// striking (27 rows of 17 sets, the bare state once; y-212 is this shape; see
		// extras13_test.go) — the role relabeller's, under rule 4 (d).
		{"Turkish jets struck militant positions in northern Iraq on Sunday, Turkey's defence ministry said.", "TURMIL>IRQREB 195; TURGOV>IRQREB 015"},
		{"Turkish jets struck militant positions in northern Iraq on Sunday, Iraq's foreign ministry said.", "TURMIL>IRQREB 195"},
		// Another's decision regretted is criticism (111), not the bare
		// disapproval (110) of CAMEO's REGRET block; one's own remarks
		// regretted name no other actor.
		{"Canada regretted the Indian government's decision on Monday.", "CAN>INDGOV 111"},
		{"The Dutch prime minister said he regretted his remarks.", ""},
	}
	checkCodes(t, "2025-01-01", tests)

	// A neutral name is no criticism. Checked against the rule coder:
	// the code of the act itself is the relabeller's to move. (Troops
	// pledged to Haiti's security are 0334 in the read sets' dev gold,
	// fresh f-178, fresh5 m-210, fresh12 u-178, and the relabeller took
	// them there over the row's 0332 from round twenty-nine until the
	// eighth harmonisation made troops sent to fight beside a host's
	// forces 072: retrained on that gold it keeps the 0332.)
	checkRuleCodes(t, "2025-01-01", []struct{ text, want string }{
		{"Chile will send troops to Haiti, in what officials called a routine step.", "CHL>HTI 0332"},
	})
}
