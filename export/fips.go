package export

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/fips.tsv
var fipsTSV string

// country is a country's FIPS 10-4 code and English name.
type country struct{ fips, name string }

// countries maps ISO 3166-1 alpha-3 codes to FIPS 10-4 codes and names
// (data/README.md says where the table comes from). It is read on first use,
// not when any dyad command starts.
var countries = sync.OnceValue(func() map[string]country {
	m := map[string]country{}
	for _, line := range strings.Split(fipsTSV, "\n") {
		f := strings.Split(line, "\t")
		if len(f) == 3 && !strings.HasPrefix(line, "#") {
			m[f[0]] = country{fips: f[1], name: f[2]}
		}
	}
	return m
})
