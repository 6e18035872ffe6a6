package coder

// vetoedWords are the objects of a veto that a legislature passed: "vetoed
// the media law", "vetoed the 'foreign agents' bill".
var vetoedWords = map[string]bool{
	"BILL": true, "BILLS": true, "LAW": true, "LAWS": true, "LEGISLATION": true,
	"AMENDMENT": true, "AMENDMENTS": true, "BUDGET": true,
}

// vetoedLaw reports whether a veto (129) with no target is a head of state's
// veto of a law: its source is a government's and the sentence names a
// bill, law or legislation and no resolution (a veto at the U.N. is of a
// resolution, and its target is named or unknown). The veto is then against
// the legislature that passed the law (CAMEO 129 Veto: "Reject ... a
// proposal, decision or law"; the news sets code "President X vetoed the
// bill" GOV > LEG of the same country).
func (s *sent) vetoedLaw(code string, src *acode) bool {
	if code != "129" || len(src.code) != 6 || src.code[3:] != "GOV" {
		return false
	}
	law := false
	for _, w := range s.words {
		switch {
		case w == "RESOLUTION" || w == "RESOLUTIONS":
			return false
		case vetoedWords[w]:
			law = true
		}
	}
	return law
}
