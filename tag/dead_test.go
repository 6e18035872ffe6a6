package tag

import "testing"

// TestResultativeDead checks "shot dead" and its kind: "dead" is an
// adjective, the verb a past tense, or a participle after "be" or "have".
func TestResultativeDead(t *testing.T) {
	tests := []struct {
		sentence, want string // want: the tags of the verb and of "dead"
	}{
		{"Gunmen shot dead a policeman in Karachi .", "VBD JJ"},
		{"Israeli troops shot dead a Palestinian in Hebron .", "VBD JJ"},
		{"A farmer was hacked dead by a mob .", "VBN JJ"},
		{"The talks are dead .", "VBP JJ"},
	}
	tg := New(Default())
	for _, tt := range tests {
		toks := tagFields(tg, tt.sentence)
		for i, tk := range toks {
			if tk.Word == "dead" {
				if got := toks[i-1].Tag + " " + tk.Tag; got != tt.want {
					t.Errorf("%q: %s/%s dead/%s, want %s", tt.sentence, toks[i-1].Word, toks[i-1].Tag, tk.Tag, tt.want)
				}
			}
		}
	}
}
