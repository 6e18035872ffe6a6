package pipeline_test

import "testing"

// TestBugs32DrivenOut: a population driven or pushed out of a place is a
// mass expulsion (201). DRIVE and PUSH had no active OUT OF rows that could
// match before parse31 kept the particle in the verb phrase; armed forces,
// armed groups and protesters driven out are guarded (no expulsion).
func TestBugs32DrivenOut(t *testing.T) {
	checkRuleCodes(t, "2024-03-12", []struct{ text, want string }{
		{"Angolan security forces drove thousands of Congolese out of Lunda Norte province.", "AGOCOP>COD 201"},
		{"Angolan police pushed thousands of Congolese out of Lunda Norte province.", "AGOCOP>COD 201"},
		// Must not change: fighters and armies driven out, and PUSH's demands.
		{"Syrian rebels drove the army out of Aleppo.", ""},
		{"Israeli forces pushed Hezbollah fighters out of the village.", ""},
		{"Russia pushed for talks with Ukraine.", "RUS>UKR 106"},
	})
}
