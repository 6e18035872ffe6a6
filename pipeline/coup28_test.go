package pipeline_test

import "testing"

// TestCoupDetentions codes, through the whole pipeline, the ousted
// government's 0831 to the military beside a coup's detention
// (coder/coupyield.go, coupDetentions): the harmonised coup rule gives it
// when the sentence reports power changing hands (an emergency declared,
// the government dissolved, a resignation). A detention alone, an
// attempted coup or one the army denies is the 173 alone.
func TestCoupDetentions(t *testing.T) {
	tests := []struct {
		text string
		date string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Burundi's army detained President Pierre Nkurunziza on Tuesday and declared a state of emergency.", "2015-05-13",
			"BDIMIL>BDIGOV 173; BDIMIL>BDI 1724; BDIGOV>BDIMIL 0831"},
		{"Soldiers detained Burundi's President Pierre Nkurunziza on Tuesday and dissolved the government.", "2015-05-13",
			"BDIMIL>BDIGOV 173; BDIGOV>BDIMIL 0831"},

		// The outcome open: the detention alone.
		{"Burundi's army detained President Pierre Nkurunziza on Tuesday.", "2015-05-13", "BDIMIL>BDIGOV 173"},
		// An attempted coup, or one denied, has no yielding.
		{"Burundi's army detained President Pierre Nkurunziza on Tuesday in what officials called an attempted coup.", "2015-05-13", "BDIMIL>BDIGOV 173"},
		{"Burundi's army detained President Pierre Nkurunziza on Tuesday but insisted it was not staging a coup.", "2015-05-13", "BDIMIL>BDIGOV 173"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCoupSeizedPower codes "X's army seized power", which the tagger read
// as one noun phrase ("army/JJ seized/JJ power"; tag/seizedpower.go), as
// the coup it reports: the ousted government's 0831 to the military.
// Seized weapons are no coup.
func TestCoupSeizedPower(t *testing.T) {
	tests := []struct {
		text string
		date string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Bolivia's army chief seized power on Tuesday.", "2019-11-12", "BOLGOV>BOLMIL 0831"},
		{"Bolivia's army chief seized weapons on Tuesday.", "2019-11-12", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCoupDayLeader codes a junta leader as the military on the day of
// his coup and as the government from the next day (dyad.actors.txt, as
// for Goita and Tiani): the coup's 0831 runs from the ousted government to
// him.
func TestCoupDayLeader(t *testing.T) {
	tests := []struct {
		text string
		date string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"General Prayuth Chan-ocha seized power in a coup on Thursday.", "2014-05-22", "THAGOV>THAMIL 0831"},
		{"Prayuth Chan-ocha met Hun Sen on Saturday.", "2014-05-24", "THAGOV>KHMGOV 040"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
