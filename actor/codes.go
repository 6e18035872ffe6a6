package actor

import (
	_ "embed"
	"strings"
	"sync"
)

var (
	//go:embed data/iso3.txt
	iso3Data string
	//go:embed data/cameo_actor_codes.tsv
	cameoCodesData string
	//go:embed data/phoenix_org_codes.txt
	phoenixCodesData string

	codesOnce               sync.Once
	firstCodes, roles, iso3 map[string]bool
	orgCodes                map[string]bool
)

func loadCodes() {
	firstCodes, roles, orgCodes, iso3 = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, c := range strings.Fields(iso3Data) {
		firstCodes[c] = true
		iso3[c] = true
	}
	for _, l := range strings.Split(cameoCodesData, "\n")[1:] {
		f := strings.Split(l, "\t")
		if len(f) < 2 {
			continue
		}
		switch f[1] {
		case "international_generic", "international_region":
			firstCodes[f[0]] = true
		default:
			roles[f[0]] = true
		}
	}
	for _, c := range strings.Fields(phoenixCodesData) {
		orgCodes[c] = true
	}
}

// ValidCode reports whether code is a CAMEO actor code: a country (ISO 3166-1
// alpha-3) or an international/region code followed by CAMEO role codes
// ("IRNGOV", "CHNMIL", "IRNGOVMIL"), or a full code the Phoenix dictionaries
// use for an organisation ("IGOUNO", "IGOWSTNAT", "PSEREBHMS").
func ValidCode(code string) bool {
	codesOnce.Do(loadCodes)
	if orgCodes[code] {
		return true
	}
	if len(code) < 3 || len(code)%3 != 0 || !firstCodes[code[:3]] {
		return false
	}
	for i := 3; i < len(code); i += 3 {
		if !roles[code[i:i+3]] {
			return false
		}
	}
	return true
}

// firstIsCountry reports whether c is an ISO alpha-3 country code.
func firstIsCountry(c string) bool {
	codesOnce.Do(loadCodes)
	return iso3[c]
}

// IsRole reports whether c is one of CAMEO's three-letter role codes
// ("GOV", "MIL", "REB", "OPP"), which follow a country code, rather than a
// country, region or sub-state territory code ("SRB" in "SCGSRB").
func IsRole(c string) bool {
	codesOnce.Do(loadCodes)
	return roles[c]
}
