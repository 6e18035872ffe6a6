package pipeline_test

import "testing"

// TestRoundElevenExtras codes, through the whole pipeline, sentences written
// for the round-eleven precision rules (coder/merestatement.go,
// accusedact.go, pasttarget.go), each beside a shape the rule must leave
// alone.
func TestRoundElevenExtras(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// A plain statement (010) yields to any other act of the same
		// source's state in the sentence, not only to one the parser puts
		// in its reported clause; another state's act, or an accusation of
		// the statement's own target, leaves it.
		{"Kenya's anti-graft agency said on Monday it had seized 40 houses in Nairobi belonging to a former minister.", "KENGOV>KEN 173"},
		{`Kenya's foreign ministry spokesman said Ugandan troops had crossed the border and "attacked" Kenyan police, urging Kampala to restrain its forces.`, "KENGOV>UGAMIL 010; KENGOV>UGAMIL 111; UGAMIL>KENCOP 190"},
		{"Kenya said on Monday that Uganda was a friend.", "KEN>UGA 010"},
		// Nor is a statement about its source's own state or one of its
		// bodies; about another state's it stays, as do domestic acts.
		{"The signing in Nairobi was witnessed by Kenyan President William Ruto, who praised the deal.", ""},
		{"Kenya's anti-graft agency said on Monday that Nairobi would recover the money.", ""},
		{"Kenyan President William Ruto announced on Monday that the Kenyan army would be cut by 5,000 troops.", ""},
		{"Kenyan President William Ruto said the Ugandan army would be cut by 5,000 troops.", "KENGOV>UGAMIL 010"},
		{"Kenya's interior minister said the opposition had been invited to the talks.", "KENGOV>KENOPP 110"},
		{"Kenya said Uganda was a friend and signed a trade deal with Tanzania.", "KEN>UGA 010; UGA>TZA 057; TZA>UGA 057"},
		// An act named by "accusing X of (...) VBG" exists only in the
		// accusation, also where the parser breaks the accusation's phrase.
		{"The court issued an arrest warrant on Monday for Kenyan President William Ruto, accusing him of the crime of illegally deporting hundreds of refugees to Somalia.", ""},
		{"Kenyan President William Ruto deported hundreds of refugees to Somalia on Monday.", "KENGOV>SOM 201"},
		// Nor is an act a verb of denial takes as its gerund object.
		{"Russia denied shelling the Ukrainian nuclear plant on Monday.", ""},
		// A pattern with no target slot takes no target past a comma and a
		// participle of another verb, as the verb's own code does not.
		{"Japanese Prime Minister Fumio Kishida visited the Yasukuni shrine on Tuesday, drawing criticism from South Korea and an expression of regret from the Chinese embassy in Tokyo.", "KOR>JPNGOV 111"},
		{"Kenyan President William Ruto visited Uganda on Tuesday, drawing criticism from Tanzania.", "KENGOV>UGA 042; UGA>KENGOV 043; TZA>KENGOV 111"},
		// Nor does a statement take its target from an adverbial clause
		// after it ("..., days after ..."); from its reported clause it does.
		{"Kenyan officials said the situation was calm, days after Ugandan troops had withdrawn from the border.", ""},
		{"Kenya said on Monday that Uganda had closed the border.", "KEN>UGA 010"},
	}
	checkCodes(t, "2024-06-01", tests)
}
