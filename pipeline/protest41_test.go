package pipeline_test

import "testing"

// TestForeignDatelineCrowd: a dateline's place says where the story was
// filed, not whose police or protesters these are. A bare group beside a
// named state's force takes that state's country, not nothing, when the
// dateline names another country (coder/thestate.go, soleCountry3; dev
// row au-064, "DUBAI (Reuters) - Iranian security forces fired on
// protesters"). With no other country named the dateline still gives its
// own, and with neither a country nor a place the group stays uncoded.
func TestForeignDatelineCrowd(t *testing.T) {
	checkRuleCodes(t, "2024-06-25", []struct{ text, want string }{
		{"DUBAI (Reuters) - Iranian police detained dozens of protesters on Friday.", "IRNCOP>IRNOPP 173"},
		{"DUBAI (Reuters) - Iranian security forces fired tear gas at demonstrators in several cities on Friday.", "IRNCOP>IRNOPP 175"},
		// Negatives: no country and no place; a party named keeps it; two
		// states named besides the dateline are left as they were.
		{"Police detained dozens of protesters on Friday.", ""},
		{"DUBAI (Reuters) - Members of Iran's main reformist party marched in Tehran on Friday.", "IRNOPP>IRNGOV 141"},
		{"BEIRUT (Reuters) - Syrian troops and Israeli forces clashed near the border on Friday.", "SYRMIL>ISRMIL 190; ISRMIL>SYRMIL 190"},
	})
}
