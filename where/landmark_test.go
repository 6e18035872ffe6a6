package where

import (
	"bufio"
	"math"
	"os"
	"strings"
	"testing"
)

// TestLandmarksMatchCoder keeps data/landmarks.tsv in step with the coder's
// table (coder/data/landmarks.txt): the same names with the same states, so
// that a landmark the coder reads as a place is also located, and none is
// located that the coder does not know. The coder's table says only the
// state; the city and coordinates live here. A landmark's city that the
// gazetteer holds must carry the gazetteer's country and coordinates.
func TestLandmarksMatchCoder(t *testing.T) {
	f, err := os.Open("../coder/data/landmarks.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	coder := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		code, name, _ := strings.Cut(l, "\t")
		coder[code+"\t"+name] = true
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(coder) < 90 {
		t.Fatalf("read %d coder landmarks, want the whole table", len(coder))
	}
	g := Default()
	here := map[string]bool{}
	for _, l := range strings.Split(landmarksData, "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		for _, n := range strings.Split(f[5], "|") {
			here[f[0]+"\t"+n] = true
		}
		// A same-named city of another state (Windsor, Ontario) is not
		// the landmark's: such rows carry their own coordinates.
		if p, ok := g.Lookup(f[2]); ok && p.Country == f[0] {
			lat, lon := p.Lat, p.Lon
			if got := g.places[g.landmarkPlace(t, f[5])]; p.Kind == "country" ||
				math.Abs(got.Lat-lat) > 1e-9 || math.Abs(got.Lon-lon) > 1e-9 {
				t.Errorf("%s: the gazetteer's %s (%s %s %.4f,%.4f) differs", l, f[2], p.Country, p.Kind, lat, lon)
			}
		}
	}
	for k := range coder {
		if !here[k] {
			t.Errorf("coder landmark %q missing from data/landmarks.tsv", k)
		}
	}
	for k := range here {
		if !coder[k] {
			t.Errorf("landmark %q not in coder/data/landmarks.txt", k)
		}
	}
}

// landmarkPlace returns the place index of the first name in names.
func (g *Gazetteer) landmarkPlace(t *testing.T, names string) int {
	n := makeName(strings.Split(names, "|")[0], 0)
	for _, nm := range g.landmarks[n.words[0]] {
		if strings.Join(nm.words, " ") == strings.Join(n.words, " ") {
			return nm.place
		}
	}
	t.Fatalf("landmark %q not loaded", names)
	return 0
}

// TestLandmarkLocations: a landmark after a locative word is the event's
// place, given as its city; as a speaker or a possessive, or when the table
// does not hold it (a name several states share), it is no place.
func TestLandmarkLocations(t *testing.T) {
	for _, c := range []struct {
		text, span, country, place string // span "" when no place is found
	}{
		{"The two leaders met at the Kremlin on Tuesday.", "Kremlin", "RUS", "Moscow"},
		{"Hundreds protested outside the White House against the war.", "White House", "USA", "Washington"},
		{"Talks resumed at the Palais des Nations after a pause.", "Palais des Nations", "CHE", "Geneva"},
		{"The president received the minister at the Élysée Palace.", "Élysée Palace", "FRA", "Paris"},
		{"The premier was sworn in at the Russian White House.", "Russian White House", "RUS", "Moscow"},
		{"The accord was signed in the Great Hall of the People.", "Great Hall of the People", "CHN", "Beijing"},
		{"She hosted him at Camp David for two days.", "Camp David", "USA", "Camp David"},
		{"Lawmakers gathered at Capitol Hill to vote.", "Capitol Hill", "USA", "Washington"},
		{"The president visited the Blue House in March.", "Blue House", "KOR", "Seoul"},
		{"Talks at Bogor Palace ended without a deal.", "Bogor Palace", "IDN", "Bogor"},
		{"The president met Tokayev at Akorda on Monday.", "Akorda", "KAZ", "Astana"},
		{"The two presidents met at the presidential Miraflores Palace.", "Miraflores Palace", "VEN", "Caracas"},
		// Negatives: a speaker, a possessive, a table-less name, a
		// landmark with no word making it the place.
		{"The Kremlin said the talks had failed.", "", "", ""},
		{"The White House's spokesman denied the report.", "", "", ""},
		{"At the Kremlin's invitation, the delegation arrived.", "", "", ""},
		{"The governor addressed reporters at State House.", "", "", ""},
		{"Kremlin officials rejected the proposal.", "", "", ""},
		{"He said he had confidence in the White House.", "", "", ""},
		// "at" naming a target, for landmarks and cities alike.
		{"The German foreign minister lashed out at the Kremlin on Monday.", "", "", ""},
		{"Trump hit out at Beijing over its trade surplus.", "", "", ""},
		{"The criticism was aimed at the White House.", "", "", ""},
		// The seat's adjective is for landmarks only: no city follows it.
		{"The talks took place in the presidential Caracas compound.", "", "", ""},
	} {
		locs := Default().Find(c.text)
		if c.span == "" {
			if len(locs) != 0 {
				t.Errorf("%q: found %+v, want no place", c.text, locs)
			}
			continue
		}
		if len(locs) == 0 {
			t.Errorf("%q: no place, want %s %s", c.text, c.country, c.place)
			continue
		}
		l := locs[0]
		if got := c.text[l.Span.Start:l.Span.End]; got != c.span || l.Country != c.country || l.Place != c.place || l.Lat == 0 {
			t.Errorf("%q: got %q %s %q %.4f,%.4f, want %q %s %q", c.text, got, l.Country, l.Place, l.Lat, l.Lon, c.span, c.country, c.place)
		}
	}
}

// TestLookupSkipsLandmarks: Lookup and Capital read countries and cities
// only, so "Capitol Hill" stays the gazetteer's and "Kremlin" is no capital.
func TestLookupSkipsLandmarks(t *testing.T) {
	g := Default()
	if p, ok := g.Lookup("Kremlin"); ok {
		t.Errorf("Lookup(Kremlin) = %+v, want none", p)
	}
	if c, ok := g.Capital("Kremlin"); ok {
		t.Errorf("Capital(Kremlin) = %s, want none", c)
	}
	if p, ok := g.Lookup("Capitol Hill"); !ok || p.Kind != "capital" || p.Country != "MNP" {
		t.Errorf("Lookup(Capitol Hill) = %+v %v, want the MNP capital as before", p, ok)
	}
}
