package coder

// regionEvents uncodes a region adjective that only says where a gathering
// is from: "met on the sidelines of a European summit in Prague", "an
// African summit", "an Arab summit". The CAMEO region (EUR, AFR, ARB,
// dyad.actors.txt's Table 3.3 adjectives) names no one who meets or is
// met; the summit is a venue. A mention whose every code is a bare region
// and whose last word is a gathering noun is left with no code, so the
// verb's target search passes it (a compound acts on itself). A named body
// ("an EU summit", "the Arab League summit") or a state keeps its code.
func (s *sent) regionEvents() {
	for m := range s.nes {
		n := &s.nes[m]
		if len(n.codes) == 0 || !gatheringNoun[s.words[n.last]] {
			continue
		}
		regional := true
		for _, c := range n.codes {
			regional = regional && len(c.code) == 3 && c.code == c.base && regionCode[c.code]
		}
		if regional {
			n.codes = nil
		}
	}
}

// gatheringNoun are the nouns of a meeting held somewhere.
var gatheringNoun = map[string]bool{
	"SUMMIT": true, "SUMMITS": true, "CONFERENCE": true, "CONFERENCES": true, "FORUM": true, "MEETING": true,
}

// regionCode are CAMEO's region codes (isCountryCode's regions).
var regionCode = map[string]bool{
	"AFR": true, "ASA": true, "EUR": true, "LAM": true, "MEA": true, "WST": true, "ARB": true, "CRB": true,
	"WAF": true, "EAF": true, "SAF": true, "NAF": true, "CAF": true, "SAM": true, "NMR": true, "CAS": true,
	"SAS": true, "SEA": true, "BLK": true, "BAL": true, "SCN": true, "PGS": true, "CAU": true, "EEU": true,
	"WEU": true,
}
