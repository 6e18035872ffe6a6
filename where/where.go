// Package where finds where an event took place: a gazetteer of countries,
// capitals, major cities and landmarks (the Kremlin, the White House), and the
// place a sentence gives for its event.
package where

import (
	"bufio"
	_ "embed"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/token"
)

// Place is one gazetteer entry.
type Place struct {
	Country string  // ISO 3166-1 alpha-3
	Kind    string  // country, capital, city or landmark
	Name    string  // the gazetteer's name; for a landmark, the city it stands in
	Lat     float64 //
	Lon     float64 //
}

// Gazetteer finds place names in text. Names are matched as token sequences,
// case-insensitively except for short all-capital names (US, UK, UAE), and a
// name must start with a capital letter in the text.
type Gazetteer struct {
	places []Place
	// byFirst maps the lower-cased first token of a name to its names,
	// longest first.
	byFirst map[string][]name
	// demonyms maps a lower-cased demonym ("iranian") to its country, and
	// capitals a country to its capital's place index.
	demonyms map[string]string
	capitals map[string]int
	// landmarks maps the lower-cased first token of a landmark's name
	// ("kremlin") to its names, longest first. They are kept apart from
	// byFirst so that Lookup and Capital read only countries and cities
	// ("Capitol Hill" is also the Northern Mariana Islands' capital, and
	// "the Kremlin said" must not turn into a capital saying it).
	landmarks map[string][]name
	// mains are every row's kind and main name as written, in file order
	// (demonyms too), for Names.
	mains []mainName
}

type mainName struct{ kind, name string }

type name struct {
	words []string // lower-cased tokens
	exact []string // tokens as written, for case-sensitive names; nil otherwise
	place int      // index into places
}

//go:embed data/gazetteer.tsv
var gazetteerData string

//go:embed data/landmarks.tsv
var landmarksData string

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the gazetteer that ships with dyad: data/gazetteer.tsv
// (generated) and data/landmarks.tsv (written by hand).
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g := newGazetteer()
		for _, f := range []struct{ data, name string }{
			{gazetteerData, "gazetteer.tsv"}, {landmarksData, "landmarks.tsv"}} {
			if err := g.read(strings.NewReader(f.data), f.name); err != nil {
				panic("where: embedded " + f.name + ": " + err.Error())
			}
		}
		defaultGaz = g
	})
	return defaultGaz
}

func newGazetteer() *Gazetteer {
	return &Gazetteer{byFirst: map[string][]name{}, landmarks: map[string][]name{},
		demonyms: map[string]string{}, capitals: map[string]int{}}
}

// Load reads a gazetteer: TAB-separated rows of iso3, kind (country, capital,
// city, landmark or demonym), name, lat, lon and "|"-separated other names;
// "#" lines are comments. A landmark row's name is the city the landmark
// stands in and its other names are the landmark's names ("Moscow" with
// "Kremlin|Russian White House"): only those are matched, and only by
// Find. Demonyms are not places; they read "the Iranian capital", and a
// demonym two rows give goes to the first read (the generator writes each for
// one country only: "French" for France, not the French Southern
// Territories). When two places share a name, a country wins over a capital
// and a capital over a city; among equals the one read first wins (the
// generator writes cities largest first across countries, so "Guadalajara" is
// Mexico's). Bad rows are reported and skipped.
func Load(r io.Reader, file string) (*Gazetteer, error) {
	g := newGazetteer()
	return g, g.read(r, file)
}

// read adds the rows of r to g.
func (g *Gazetteer) read(r io.Reader, file string) error {
	var errs dyad.ErrorList
	sc := bufio.NewScanner(r)
	seen := map[string]int{} // name → index in byFirst[first word]
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 6 {
			errs.Add(file, line, "%d fields, want 6", len(f))
			continue
		}
		lat, err1 := strconv.ParseFloat(f[3], 64)
		lon, err2 := strconv.ParseFloat(f[4], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			errs.Add(file, line, "bad coordinates %q %q", f[3], f[4])
			continue
		}
		switch f[1] {
		case "country", "capital", "city":
			g.mains = append(g.mains, mainName{f[1], f[2]})
		case "landmark":
			g.places = append(g.places, Place{Country: f[0], Kind: f[1], Name: f[2], Lat: lat, Lon: lon})
			for _, n := range strings.Split(f[5], "|") {
				// Two landmarks of one name would both be read by the
				// first; the table has none, so the first simply wins.
				if nm := makeName(n, len(g.places)-1); len(nm.words) > 0 {
					g.landmarks[nm.words[0]] = append(g.landmarks[nm.words[0]], nm)
				}
			}
			continue
		case "demonym":
			g.mains = append(g.mains, mainName{f[1], f[2]})
			for _, n := range append([]string{f[2]}, strings.Split(f[5], "|")...) {
				if k := strings.ToLower(n); n != "" && g.demonyms[k] == "" {
					g.demonyms[k] = f[0]
				}
			}
			continue
		default:
			errs.Add(file, line, "kind %q: want country, capital, city, landmark or demonym", f[1])
			continue
		}
		p := Place{Country: f[0], Kind: f[1], Name: f[2], Lat: lat, Lon: lon}
		g.places = append(g.places, p)
		if _, ok := g.capitals[p.Country]; !ok && p.Kind == "capital" {
			g.capitals[p.Country] = len(g.places) - 1
		}
		names := []string{f[2]}
		if f[5] != "" {
			names = append(names, strings.Split(f[5], "|")...)
		}
		for _, n := range names {
			nm := makeName(n, len(g.places)-1)
			if len(nm.words) == 0 {
				continue
			}
			k := strings.Join(nm.words, " ")
			if at, ok := seen[k]; ok {
				// A shared name goes to the country, else to a capital
				// ("Tripoli": Libya's, not Lebanon's), else to the first read.
				old := &g.byFirst[nm.words[0]][at]
				if rank[p.Kind] < rank[g.places[old.place].Kind] {
					*old = nm
				}
				continue
			}
			seen[k] = len(g.byFirst[nm.words[0]])
			g.byFirst[nm.words[0]] = append(g.byFirst[nm.words[0]], nm)
		}
	}
	if err := sc.Err(); err != nil {
		errs.Add(file, line+1, "%v", err)
	}
	for _, idx := range []map[string][]name{g.byFirst, g.landmarks} {
		for _, ns := range idx {
			sort.SliceStable(ns, func(i, j int) bool { return len(ns[i].words) > len(ns[j].words) })
		}
	}
	return errs.Err()
}

var rank = map[string]int{"country": 0, "capital": 1, "city": 2}

func makeName(s string, place int) name {
	nm := name{place: place}
	short := true
	for _, t := range token.Tokenize(s) {
		nm.words = append(nm.words, strings.ToLower(t.Word))
		nm.exact = append(nm.exact, t.Word)
		if len(strings.Trim(t.Word, ".")) > 3 || strings.ToUpper(t.Word) != t.Word {
			short = false
		}
	}
	if !short {
		nm.exact = nil
	}
	return nm
}

// Lookup returns the country, capital or city a name denotes ("Tehran",
// "Iran", "U.S."); landmarks are not looked up (see Gazetteer.landmarks).
func (g *Gazetteer) Lookup(s string) (Place, bool) {
	toks := token.Tokenize(s)
	if len(toks) == 0 {
		return Place{}, false // "" or blanks: match reads toks[0]
	}
	if i, n := g.match(g.byFirst, toks, 0); n == len(toks) && n > 0 {
		return g.places[i], true
	}
	return Place{}, false
}

// match returns the place of idx (g.byFirst or g.landmarks) whose name starts
// at toks[i] and how many tokens it covers; n is 0 when none does.
func (g *Gazetteer) match(idx map[string][]name, toks []token.Token, i int) (place, n int) {
	for _, nm := range byFirstWord(idx, toks[i].Word) { // lower.go
		if i+len(nm.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range nm.words {
			t := toks[i+k].Word
			if nm.exact != nil && t != nm.exact[k] || nm.exact == nil && !lowerIs(t, w) {
				ok = false
				break
			}
		}
		if ok {
			return nm.place, len(nm.words)
		}
	}
	return 0, 0
}

// Capital reports the country (ISO alpha-3) whose national capital name is, as
// in "Beijing said": the form coref.Resolver.Capital expects.
func (g *Gazetteer) Capital(name string) (string, bool) {
	p, ok := g.Lookup(name)
	if !ok || p.Kind != "capital" {
		return "", false
	}
	return p.Country, true
}

// Names returns the main names (the gazetteer's third column, as written) of
// the rows of the given kinds (country, capital, city, demonym), in file
// order. The composers hand them to the repair (pipeline.DefaultNames →
// clean.NewNames) to restore the capitals scraped text lost ("pakistan",
// "oscow").
func (g *Gazetteer) Names(kinds ...string) []string {
	var out []string
	for _, m := range g.mains {
		for _, k := range kinds {
			if m.kind == k {
				out = append(out, m.name)
				break
			}
		}
	}
	return out
}
