package where

import (
	"math"
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	tests := []struct {
		text    string
		country string // "" = no location
		place   string // city as written; "" for country level
		match   string // the bytes the span covers
	}{
		{"Wei Fenghe, landed in Iran for a visit in late April.", "IRN", "", "Iran"},
		{"The ministers met in Tehran on Saturday.", "IRN", "Tehran", "Tehran"},
		{"Bagheri visited Beijing in 2019.", "CHN", "Beijing", "Beijing"},
		{"Lavrov arrived in Moscow for talks.", "RUS", "Moscow", "Moscow"},
		{"He made a visit to China in 2019.", "CHN", "", "China"},
		{"Troops were deployed to Syria.", "SYR", "", "Syria"},
		{"Protests erupted across the United States.", "USA", "", "United States"},
		{"Talks were held in the U.S. capital.", "USA", "Washington", "U.S. capital"},
		{"The summit in Isfahan ended.", "IRN", "Isfahan", "Isfahan"},
		{"Fighting broke out near Kiev.", "UKR", "Kiev", "Kiev"},
		{"The envoy toured Shanghai.", "CHN", "Shanghai", "Shanghai"},
		{"The meeting took place at Doha.", "QAT", "Doha", "Doha"},
		{"Rioters clashed with police in Tripoli.", "LBY", "Tripoli", "Tripoli"},
		{"They met in the UAE.", "ARE", "", "UAE"},
		{"A blast hit a market in Kabul.", "AFG", "Kabul", "Kabul"},
		{"Syria talks resumed in Astana.", "KAZ", "Astana", "Astana"},
		{"The summit in Sharm el-Sheikh closed.", "EGY", "Sharm el-Sheikh", "Sharm el-Sheikh"},
		{"Air strikes hit targets in Idlib.", "SYR", "Idlib", "Idlib"},
		{"Rockets were fired at Tel Aviv.", "ISR", "Tel Aviv", "Tel Aviv"},
		{"Clashes broke out in Ramallah.", "PSE", "Ramallah", "Ramallah"},
		{"Fighting raged in northern Syria.", "SYR", "", "Syria"},
		{"Shelling hit targets in eastern Ukraine.", "UKR", "", "Ukraine"},
		{"Troops entered the city of Mosul.", "IRQ", "Mosul", "Mosul"},
		{"Russian forces shelled Kharkiv.", "UKR", "Kharkiv", "Kharkiv"},
		{"The minister criticised Iran.", "", "", ""},
		{"Troops fought in the city of Mosul.", "IRQ", "Mosul", "Mosul"},
		{"Protests spread in the streets of Tehran.", "IRN", "Tehran", "Tehran"},
		{"Rebels massed on the outskirts of Kyiv.", "UKR", "Kyiv", "Kyiv"},
		{"The EU imposed sanctions on Iran.", "", "", ""},
		{"Rebels massed at the outskirts of Kyiv.", "UKR", "Kyiv", "Kyiv"},
		{"Talks were held in the Iranian capital.", "IRN", "Tehran", "Iranian capital"},
		{"He arrived in the South Korean capital on Monday.", "KOR", "Seoul", "South Korean capital"},
		{"Protests spread in the Iranian city of Isfahan.", "IRN", "Isfahan", "Isfahan"},
		// Nothing the text supports.
		{"Iranian officials met the delegation.", "", "", ""},
		{"Beijing said the talks were useful.", "", "", ""},
		{"Tehran and Beijing signed an accord.", "", "", ""},
		{"The delegation flew from Tehran.", "", "", ""},
		{"China has an interest in Iran.", "", "", ""},
		{"The talks in Iran's capital went well.", "", "", ""},
		{"Washington imposed sanctions on Iran.", "", "", ""},
		{"It was raining in us all.", "", "", ""},
		{"The Chinese ambassador in Tehran protested.", "", "", ""},
		{"The Iranian capital's mayor resigned.", "", "", ""},
		{"Iranian officials met.", "", "", ""},
		// A place inside an accord's or a process's name is not where
		// anything happened (places36); a meeting's name still places it,
		// and a place named on its own keeps its reading.
		{"The truce was set out in the Minsk agreements.", "", "", ""},
		{"Turkey took part in the Astana peace process.", "", "", ""},
		{"Nothing in the Paris Agreement binds them.", "", "", ""},
		{"The deal was agreed in the Jeddah talks.", "SAU", "Jeddah", "Jeddah"},
		{"The climate agreement was reached in Paris.", "FRA", "Paris", "Paris"},
		{"The leaders met in Minsk to sign an agreement.", "BLR", "Minsk", "Minsk"},
	}
	g := Default()
	for _, tt := range tests {
		locs := g.Find(tt.text)
		if tt.country == "" {
			if len(locs) != 0 {
				t.Errorf("Find(%q) = %+v; want none", tt.text, locs)
			}
			continue
		}
		if len(locs) != 1 {
			t.Errorf("Find(%q) = %+v; want one location", tt.text, locs)
			continue
		}
		l := locs[0]
		if l.Country != tt.country || l.Place != tt.place || tt.text[l.Span.Start:l.Span.End] != tt.match {
			t.Errorf("Find(%q) = %s %q span %q; want %s %q %q", tt.text, l.Country, l.Place,
				tt.text[l.Span.Start:l.Span.End], tt.country, tt.place, tt.match)
		}
	}
}

// Coordinates of cities are the city's, of countries the country's centre.
func TestCoordinates(t *testing.T) {
	tests := []struct {
		name     string
		kind     string
		lat, lon float64
	}{
		{"Tehran", "capital", 35.69, 51.39},
		{"Beijing", "capital", 39.90, 116.41},
		{"Moscow", "capital", 55.75, 37.62},
		{"Washington", "capital", 38.90, -77.04},
		{"Shiraz", "city", 29.61, 52.54},
		{"Iran", "country", 32, 53},
		{"Dallas", "city", 32.79, -96.77},
	}
	g := Default()
	for _, tt := range tests {
		p, ok := g.Lookup(tt.name)
		if !ok || p.Kind != tt.kind || math.Abs(p.Lat-tt.lat) > 0.1 || math.Abs(p.Lon-tt.lon) > 0.1 {
			t.Errorf("Lookup(%q) = %+v, %v; want %s at %.2f,%.2f", tt.name, p, ok, tt.kind, tt.lat, tt.lon)
		}
	}
	// An actor with no text (coder.countryName, Capital) names no place.
	for _, s := range []string{"", "  "} {
		if p, ok := g.Lookup(s); ok {
			t.Errorf("Lookup(%q) = %+v", s, p)
		}
	}
}

func TestNear(t *testing.T) {
	const s = "After talks in Beijing, the delegation landed in Iran."
	g := Default()
	if l := g.Near(s, strings.Index(s, "landed")); l == nil || l.Country != "IRN" {
		t.Errorf("Near(landed) = %+v; want IRN", l)
	}
	if l := g.Near(s, strings.Index(s, "talks")); l == nil || l.Place != "Beijing" {
		t.Errorf("Near(talks) = %+v; want Beijing", l)
	}
	if l := g.Near("Beijing said so.", 8); l != nil {
		t.Errorf("Near without a location = %+v; want nil", l)
	}
}

func TestLoadErrors(t *testing.T) {
	g, err := Load(strings.NewReader("# c\nIRN\tcountry\tIran\t32\t53\tPersia\nXXX\tcity\tNowhere\t95\t0\t\nYYY\tvillage\tA\t1\t1\t\nshort\n"), "g.tsv")
	if err == nil || !strings.Contains(err.Error(), "g.tsv:3: bad coordinates") || !strings.Contains(err.Error(), "2 more errors") {
		t.Errorf("Load error = %v; want three positioned errors starting at line 3", err)
	}
	if p, ok := g.Lookup("Persia"); !ok || p.Country != "IRN" {
		t.Errorf("good row lost: %+v %v", p, ok)
	}
}

func TestCapital(t *testing.T) {
	for name, want := range map[string]string{"Beijing": "CHN", "Tehran": "IRN", "Washington": "USA", "Moscow": "RUS",
		"Shanghai": "", "Iran": "", "Tripoli": "LBY", "Nowhere": ""} {
		got, ok := Default().Capital(name)
		if got != want || ok != (want != "") {
			t.Errorf("Capital(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}

// TestNamesOf: other names count ("astana" for Nur-Sultan), and a name a
// country shares reads as the country, so it is no city ("mexico").
func TestNamesOf(t *testing.T) {
	has := map[string]bool{}
	for _, n := range Default().NamesOf("capital", "city") {
		has[n] = true
	}
	for _, n := range []string{"paris", "astana", "jeddah", "tripoli", "brest"} {
		if !has[n] {
			t.Errorf("NamesOf(capital, city) lacks %q", n)
		}
	}
	for _, n := range []string{"mexico", "iran", "france"} {
		if has[n] {
			t.Errorf("NamesOf(capital, city) has %q", n)
		}
	}
}
