package export

import "github.com/dyadproject/dyad/cameo"

// actorParts is a CAMEO actor code taken apart into its three-letter pieces:
// "CHNMILREB" is country CHN with types MIL and REB; "IGOUNO" is type IGO
// of the known group UNO.
type actorParts struct {
	Country string
	Group   string // known group after IGO, NGO, ...
	Types   []string
}

// internationalGeneric are the CAMEO type codes that a known group follows
// (class international_generic in cameo/data/cameo_actor_codes.tsv).
var internationalGeneric = map[string]bool{"IGO": true, "IMG": true, "INT": true, "MNC": true, "NGM": true, "NGO": true, "UIS": true}

// regions are the CAMEO international region codes, which stand where a
// country code would (class international_region in the same file).
var regions = map[string]bool{"AFR": true, "ASA": true, "BLK": true, "CRB": true, "CAU": true, "CFR": true, "CAS": true,
	"CEU": true, "EIN": true, "EAF": true, "EEU": true, "EUR": true, "LAM": true, "MEA": true, "MDT": true, "NAF": true,
	"NMR": true, "PGS": true, "SCN": true, "SAM": true, "SAS": true, "SEA": true, "SAF": true, "WAF": true, "WST": true}

func splitActor(code string) actorParts {
	var p actorParts
	var chunks []string
	for i := 0; i+3 <= len(code); i += 3 {
		chunks = append(chunks, code[i:i+3])
	}
	for i, c := range chunks {
		_, isRole := cameo.RoleName(c)
		switch {
		case i == 0 && (regions[c] || !isRole):
			p.Country = c
		case isRole:
			p.Types = append(p.Types, c)
		case p.Group == "" && i > 0 && internationalGeneric[chunks[i-1]]:
			p.Group = c
		default:
			p.Types = append(p.Types, c) // an unknown piece: keep it rather than drop it
		}
	}
	return p
}

func (p actorParts) typ(i int) string {
	if i < len(p.Types) {
		return p.Types[i]
	}
	return ""
}
