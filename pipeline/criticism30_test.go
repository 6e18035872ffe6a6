package pipeline_test

import "testing"

// TestCriticismPastAfterModal: a past verb in -ed coordinated after a
// modal's verb phrase ("said its troops would stay and condemned …") cannot
// be the modal's bare complement, so it belongs to the clause above and
// its subject is the speaker, not the subject of the reported clause
// (coder/clause.go, conjoinedPastUnderModal). The parse puts "condemned"
// under "would"; without the rule the condemnation went to the troops or
// was lost behind the statement. Only a modal's phrase is read so: after
// "had" the -ed form may be the reported clause's own participle.
func TestCriticismPastAfterModal(t *testing.T) {
	speech29Cases(t, []struct{ text, date, want string }{
		{"Ireland said its peacekeepers would remain in Lebanon and condemned Israel's shelling of their positions.", "2024-10-12", "IRL>ISR 111"},
		{"Spain said its warship would stay in the area and condemned Morocco's seizure of the fishing boat.", "2024-10-12", "ESP>MAR 111"},
		// No modal: "had stayed and condemned" may be the soldiers' own
		// pair of acts, and the rule leaves it to the parse.
		{"Ireland said its soldiers had stayed and condemned Israel's shelling of the peacekeepers.", "2024-10-12", "IRLMIL>ISR 111"},
	})
}
