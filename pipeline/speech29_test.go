package pipeline_test

import "testing"

// speech29Cases runs sentences through the whole pipeline and compares all
// their events, "SRC>TGT CODE; …".
func speech29Cases(t *testing.T, tests []struct{ text, date, want string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSpeechHazardNotDiscarded: a storm, flood or tsunami named in a
// sentence no longer throws the sentence away (naturalHazard): the aid
// pledged or asked for on its occasion is coded as it would be without the
// storm's name. A sentence telling only the storm's toll stays eventless.
func TestSpeechHazardNotDiscarded(t *testing.T) {
	speech29Cases(t, []struct{ text, date, want string }{
		{"South Korea said on Monday it would send humanitarian aid to Vietnam to help families hit by Typhoon Yagi.", "2024-09-09", "KOR>VNM 0333"},
		{"Australia said on Monday it would send humanitarian aid to Fiji after a tropical storm flattened villages.", "2024-09-09", "AUS>FJI 0333"},
		{"The Philippines asked Japan on Sunday for helicopters after the typhoon.", "2024-09-09", "PHL>JPN 020"},
		{"Indonesia said it would send humanitarian aid to Japan after the tsunami.", "2011-03-14", "IDN>JPN 0333"},
		// The storm alone: no actor acts on another.
		{"Typhoon Yagi killed at least 50 people in northern Vietnam on Sunday, officials said.", "2024-09-09", ""},
	})
}

// TestSpeechClosingRejection: a closing participle rejecting an ask made by
// a name ("…, rejecting Ankara's call for …") is kept as its own rejection
// (coder/rejecting.go) from the clause's subject to the asker; a closing
// "rejecting the allegations" names no asker and stays an aside.
func TestSpeechClosingRejection(t *testing.T) {
	speech29Cases(t, []struct{ text, date, want string }{
		{"Serbian police will stay in the northern villages, Serbia's government said on Tuesday, rejecting Germany's call for a withdrawal.", "2023-10-03", "SRBGOV>DEU 1246"},
		{"Egypt said it would keep the crossing closed, rejecting Israel's demand for its reopening.", "2023-10-03", "EGY>ISR 120"},
		// No asker named: an aside.
		{"Egypt said it would keep the crossing closed, rejecting the allegations.", "2023-10-03", ""},
	})
}

// TestSpeechQuotedVerb: a partial quote that is the verb of a reported
// clause (`said it "strongly condemns" …`) is read as the verb, with its
// adverb (chunk's retagQuotedVerb), so the reported clause is coded as it
// is without the marks. A quoted adjective after "called it" is left to
// the naming rules.
func TestSpeechQuotedVerb(t *testing.T) {
	speech29Cases(t, []struct{ text, date, want string }{
		{`Seoul's foreign ministry said it "strongly condemns" North Korea's latest missile launch.`, "2023-07-12", "KORGOV>PRK 111"},
		{`Canada's foreign minister said she "deeply regretted" Beijing's decision to expel the diplomat.`, "2023-05-09", "CANGOV>CHN 111"},
		// A quoted adjective, not a verb: one criticism as before.
		{`Seoul's foreign ministry called the launch "provocative".`, "2023-07-12", ""},
	})
}
