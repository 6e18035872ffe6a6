package pipeline_test

import "testing"

// TestDomesticCustody codes, through the whole pipeline, a finite passive
// arrest or sentence with no agent (coder/custody.go): the subject is the
// person held, and the state that holds him is the source — its judiciary
// for a sentence, its government otherwise. Beside them, shapes the rule
// must leave alone: an agent named after "by", an active verb.
func TestDomesticCustody(t *testing.T) {
	tests := []struct {
		text string
		date string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Kenyan opposition leader Raila Odinga was sentenced to three years in prison on Friday.", "2016-07-04", "KENJUD>KENOPP 173"},
		{"Gabonese opposition leader Jean Ping was detained on Tuesday.", "2016-07-04", "GABGOV>GABOPP 173"},

		// An agent after "by" is the source, as before.
		{"Kenyan opposition leader Raila Odinga was arrested by police on Friday.", "2016-07-04", "KENCOP>KENOPP 173"},
		// An active verb keeps its subject as the source.
		{"A Kenyan court sentenced opposition leader Raila Odinga to three years in prison on Friday.", "2016-07-04", "KENJUD>KENOPP 173"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDomesticProtestArrests codes people a state's police arrest in a
// sentence about protest or the opposition as its OPP, where the coder
// found only the bare country (coder/protestarrest.go). Outside such news
// the bare country stays.
func TestDomesticProtestArrests(t *testing.T) {
	tests := []struct {
		text string
		date string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Belarusian police detained more than 200 people in Minsk on Sunday as thousands protested against the election result.", "2020-08-16", "BLRCOP>BLROPP 173"},
		// No protest or opposition named: the bare country stays.
		{"Belarusian police detained more than 200 people in Minsk on Sunday.", "2020-08-16", "BLRCOP>BLR 173"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
