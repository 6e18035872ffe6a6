package pipeline_test

import "testing"

// TestSharedSubject: a clause coordinated after ", and" with no subject of
// its own shares the first clause's subject (coder/sharedsubject.go), not
// the nearest actor before its verb (Estonia's ministries, Lithuania's
// border posts).
func TestSharedSubject(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Britain accused Moscow of hacking attacks on Estonian ministries, and summoned the Russian ambassador.", "GBR>RUS 1123; GBR>RUSGOV 114"},
		{"Poland accused Belarus of pushing migrants toward Lithuanian border posts, and expelled the Belarusian ambassador.", "POL>BLR 112; POL>BLRGOV 161"},
	}
	checkCodes(t, "2023-05-10", tests)
}
