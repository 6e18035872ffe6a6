package export

import (
	"regexp"
	"slices"
	"testing"

	"github.com/dyadproject/dyad"
)

// FIPS codes differ from ISO alpha-2 for many states GDELT users filter on;
// these are the ones a careless table gets wrong.
func TestFIPS(t *testing.T) {
	if len(countries()) < 200 {
		t.Fatalf("%d countries in data/fips.tsv", len(countries()))
	}
	code := regexp.MustCompile(`^[A-Z]{2}$`)
	for iso, c := range countries() {
		if len(iso) != 3 || !code.MatchString(c.fips) || c.name == "" {
			t.Errorf("%s: %+v", iso, c)
		}
	}
	for iso, want := range map[string]string{
		"DEU": "GM", "GBR": "UK", "ISR": "IS", "CHN": "CH", "RUS": "RS", "IRN": "IR",
		"KOR": "KS", "PRK": "KN", "CYP": "CY", "KSV": "KV", "USA": "US", "SAU": "SA", "ARE": "AE",
	} {
		if got := countries()[iso].fips; got != want {
			t.Errorf("FIPS of %s = %q, want %q", iso, got, want)
		}
	}
}

func TestGDELTGeo(t *testing.T) {
	for _, tt := range []struct {
		loc  *dyad.Location
		want []string
	}{
		{nil, []string{"0", "", "", "", "", "", "", ""}},
		{&dyad.Location{Country: "ISR", Lat: 31.5, Lon: 34.75}, []string{"1", "Israel", "IS", "IS", "", "31.5", "34.75", "IS"}},
		{&dyad.Location{Country: "DEU", Place: "Berlin", Lat: 52.52, Lon: 13.405}, []string{"4", "Berlin, Germany", "GM", "GM", "", "52.52", "13.405", ""}},
		{&dyad.Location{Country: "XYZ"}, []string{"1", "XYZ", "", "", "", "", "", ""}},
	} {
		if got := gdeltGeo(nil, tt.loc); !slices.Equal(got, tt.want) {
			t.Errorf("gdeltGeo(%+v) = %q, want %q", tt.loc, got, tt.want)
		}
	}
}
