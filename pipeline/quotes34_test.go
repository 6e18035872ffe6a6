package pipeline_test

import "testing"

// TestQuoteFirstAfterMeeting: a speaker named after a quotation, or any
// subject, "said after meeting Y in PLACE" met Y there, and the meeting is
// coded as "X met Y in PLACE" is: the guest's 042 to the host's country and
// the host's 043 (coder/aftermeeting.go). Before, SAY took the one met as
// its statement's target and the meeting stood uncoded. Not when the
// meeting is still to come ("before meeting"), when no place or a third
// country's says who hosted, or when "meeting" is a noun.
func TestQuoteFirstAfterMeeting(t *testing.T) {
	speech31Cases(t, []struct{ text, date, want string }{
		{`"The talks were frank and useful," Ghana's foreign minister said after meeting Togo's foreign minister in Accra on Friday.`, "2024-05-06", "TGOGOV>GHA 042; GHAGOV>TGOGOV 043"},
		{`"Our border must stay open," Ghana's foreign minister said after meeting Togo's foreign minister in Lome on Friday.`, "2024-05-06", "GHAGOV>TGO 042; TGOGOV>GHAGOV 043"},
		{"Ghana's foreign minister praised Togo on Friday after meeting Togo's foreign minister in Accra.", "2024-05-06", "GHAGOV>TGO 051; TGOGOV>GHA 042; GHAGOV>TGOGOV 043"},
		// A meeting still to come is no meeting.
		{`"The talks will be frank," Ghana's foreign minister said before meeting Togo's foreign minister in Accra on Friday.`, "2024-05-06", "GHAGOV>TGOGOV 010"},
		// No place, or a third country's: who hosted is not said.
		{`"The talks were frank and useful," Ghana's foreign minister said after meeting Togo's foreign minister on Friday.`, "2024-05-06", "GHAGOV>TGOGOV 010"},
		{`"The talks were frank and useful," Ghana's foreign minister said after meeting Togo's foreign minister in Geneva on Friday.`, "2024-05-06", "GHAGOV>TGOGOV 010"},
		// "the meeting" is a noun, not the participle.
		{`"The talks were frank and useful," Ghana's foreign minister said after the meeting in Accra on Friday.`, "2024-05-06", ""},
	})
}
