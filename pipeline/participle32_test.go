package pipeline_test

import "testing"

// TestParticipleClosingSaying: a closing ", saying …" gives the words with
// which the subject did the act its clause reports; it is no statement
// addressed to an actor the words happen to name, so SAY's plain 010 there
// is dropped (coder/closingsay.go). A "saying" whose own pattern codes
// something else (a demand) keeps it, and a finite "said" keeps its 010.
func TestParticipleClosingSaying(t *testing.T) {
	speech31Cases(t, []struct{ text, date, want string }{
		{"China's commerce ministry responded to the new rules on Tuesday, saying trade between Chinese and Ghanaian companies should not be disrupted.", "2024-05-06", ""},
		{"India's army responded to the reports on Friday, saying Chinese troops had behaved in a calm manner.", "2024-05-06", ""},
		{"Ghana's army responded to the video on Friday, saying Togolese soldiers had stayed on their side of the line.", "2024-05-06", ""},
		// The participle's own pattern codes a demand: kept.
		{"Ghana's foreign ministry released a statement on Friday, saying Togo must withdraw its troops from the border.", "2024-05-06", "GHAGOV>TGO 1056"},
		// A finite verb of saying is a statement of its own.
		{"Ghana's foreign minister said on Friday that Togolese troops had withdrawn from the border.", "2024-05-06", "GHAGOV>TGOMIL 010"},
	})
}
