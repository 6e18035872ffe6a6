package pipeline_test

import "testing"

// The cases of this file pin acts told through a report (round thirty-six,
// attrib41). They use the rule coder alone (checkRuleCodes): the
// relabeller may move a code.

// TestAttrib41DatelineAgency: the news agency in a dateline's parentheses
// wrote the story and is no actor of it, also when the dateline carries the
// date ("CITY, Month DD (Agency) -"). With the sentence's subject uncoded the
// agency was taken as the source of the act. An agency named in the
// sentence itself ("told Reuters") is still coded as the patterns read it,
// and a dateline whose subject codes keeps that subject.
func TestAttrib41DatelineAgency(t *testing.T) {
	checkRuleCodes(t, "2023-07-26", []struct{ text, want string }{
		{"BAMAKO, Sept 5 (AFP) - Jihadists attacked a police station in Bamako on Tuesday.", "MLI>MLICOP 190"},
		{"BAMAKO (AFP) - Jihadists attacked a police station in Bamako on Tuesday.", "MLI>MLICOP 190"},
		{"NIAMEY, Oct 3 (Reuters) - Soldiers from the presidential guard detained President Bazoum on Wednesday.", "NERMIL>NERGOV 173"},
		// A coded subject after the dateline is unchanged.
		{"ISLAMABAD, May 4 (Reuters) - Pakistan accused India of violating the ceasefire on Monday.", "PAK>IND 1123"},
		// An agency named in the sentence itself is no dateline's.
		{"Kenyan police detained a Reuters photographer in Nairobi on Monday.", "KENCOP>MED 173"},
	})
}
