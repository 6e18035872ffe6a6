package where

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/token"
)

// Words that make a following place name the place of an event. A place name
// without one ("Beijing said", "Iranian officials", "from Tehran") is not
// taken as a location: it names an actor or an origin.
var (
	// locative prepositions: "in Tehran", "at Beijing", "across Syria".
	locative = map[string]bool{"in": true, "at": true, "inside": true, "across": true,
		"throughout": true, "near": true, "outside": true, "within": true}
	// visit words take the place as object: "visited Beijing", "toured Iran".
	visit = map[string]bool{"visit": true, "visits": true, "visited": true, "visiting": true,
		"tour": true, "toured": true, "touring": true, "tours": true}
	// action words take the place as the object where they happen: "shelled
	// Kharkiv", "captured the city of Mosul". Verbs of saying ("criticised
	// Iran") are not among them.
	action = map[string]bool{"entered": true, "captured": true, "seized": true, "attacked": true,
		"bombed": true, "shelled": true, "struck": true, "raided": true, "stormed": true,
		"besieged": true, "invaded": true, "occupied": true, "liberated": true, "retook": true,
		"recaptured": true, "enter": true, "capture": true, "attack": true, "invade": true}
	// travel words take "to": "a visit to Iran", "flew to Moscow".
	travel = map[string]bool{"visit": true, "visits": true, "trip": true, "trips": true,
		"travel": true, "travels": true, "travelled": true, "traveled": true, "traveling": true,
		"travelling": true, "flew": true, "flown": true, "flight": true, "went": true, "came": true,
		"returned": true, "journey": true, "tour": true, "mission": true, "delegation": true,
		"arrived": true, "deployed": true, "sent": true, "dispatched": true, "headed": true}
	// directions and similar words may come between a preposition and a place.
	directions = map[string]bool{"northern": true, "southern": true, "eastern": true,
		"western": true, "central": true, "northeastern": true, "northwestern": true,
		"southeastern": true, "southwestern": true, "north": true, "south": true, "east": true,
		"west": true, "neighbouring": true, "neighboring": true, "coastal": true, "rural": true}
	// atTarget words make "at" name a target, not a place: "lashed out at
	// the Kremlin", "criticism aimed at Beijing".
	atTarget = map[string]bool{"out": true, "aimed": true, "directed": true, "angry": true,
		"furious": true, "targeted": true, "pointed": true, "levelled": true, "leveled": true,
		"swipe": true, "jab": true}
	// seatWords may stand before a landmark's name: "at the presidential
	// Blue House", "in the royal Dolmabahce Palace".
	seatWords = map[string]bool{"presidential": true, "royal": true, "imperial": true, "historic": true}
	// placeNouns take "of" before a place: "the city of Mosul".
	placeNouns = map[string]bool{"city": true, "town": true, "capital": true, "village": true,
		"port": true, "province": true, "region": true, "outskirts": true, "suburbs": true,
		"centre": true, "center": true, "streets": true}
	// notPlace nouns before "in" make it abstract: "interest in Iran", "a role in Syria".
	notPlace = map[string]bool{"interest": true, "interests": true, "investment": true,
		"investments": true, "invest": true, "invested": true, "stake": true, "stakes": true,
		"role": true, "involvement": true, "confidence": true, "faith": true, "trust": true,
		"ambassador": true, "envoy": true, "embassy": true, "change": true, "participation": true}
)

// Find returns every place in text that the text gives as where something
// happened, in order. Spans are bytes of text.
func (g *Gazetteer) Find(text string) []dyad.Location {
	buf := tokenBufs.Get().(*[]token.Token)
	toks := token.Append((*buf)[:0], text, 0)
	defer func() { *buf = toks[:0]; tokenBufs.Put(buf) }()
	var out []dyad.Location
	for i := 0; i < len(toks); i++ {
		if l, ok := g.demonymCapital(text, toks, i); ok {
			if k := len(out) - 1; k >= 0 && out[k].Span.Start == l.Span.Start {
				out = out[:k] // "the U.S. capital": the capital, not the country
			}
			out = append(out, l)
			continue
		}
		r, _ := utf8.DecodeRuneInString(toks[i].Word)
		if !unicode.IsUpper(r) {
			continue
		}
		p, n := g.match(g.byFirst, toks, i)
		// A landmark as long as a gazetteer name or longer is the landmark:
		// "Bogor Palace" over "Bogor", "Capitol Hill" over the Northern
		// Mariana Islands' capital, "Westminster" over the London borough.
		if lp, ln := g.match(g.landmarks, toks, i); ln > 0 && ln >= n {
			p, n = lp, ln
		}
		if n == 0 {
			continue
		}
		if g.supported(toks, i, n, g.places[p].Kind == "landmark") {
			pl := g.places[p]
			loc := dyad.Location{Country: pl.Country, Lat: pl.Lat, Lon: pl.Lon,
				Span: dyad.Span{Start: toks[i].Start, End: toks[i+n-1].End}}
			switch pl.Kind {
			case "landmark":
				loc.Place = pl.Name // "at the Kremlin": Moscow; Span is "Kremlin"
			case "capital", "city":
				loc.Place = text[loc.Span.Start:loc.Span.End]
			}
			out = append(out, loc)
		}
		i += n - 1
	}
	return out
}

// tokenBufs holds token slices for Find to reuse: the tokens never leave it.
var tokenBufs = sync.Pool{New: func() any { return new([]token.Token) }}

// supported reports whether the words around the name at toks[i:i+n] make it
// a location; a landmark's name may also follow the adjectives news gives a
// seat ("at the presidential Blue House").
func (g *Gazetteer) supported(toks []token.Token, i, n int, landmark bool) bool {
	if i+n < len(toks) {
		switch next := toks[i+n].Word; next {
		case "'s", "’s", "'":
			return false // "Iran's navy": an actor
		}
	}
	word := func(k int) string {
		if k < 0 {
			return ""
		}
		return strings.ToLower(toks[k].Word)
	}
	j := i - 1
	// Skip what may stand between the preposition and the name: "in the
	// United States", "in northern Syria", "in the city of Mosul".
	viaNoun := false
	if word(j) == "of" && placeNouns[word(j-1)] {
		j -= 2
		viaNoun = true
	}
	for directions[word(j)] || word(j) == "the" || g.demonyms[word(j)] != "" || landmark && seatWords[word(j)] {
		j-- // "in the Iranian city of Isfahan"
	}
	switch w := word(j); {
	case locative[w], w == "on" && viaNoun: // "on the outskirts of Kyiv"
		return !notPlace[word(j-1)] && !(w == "at" && atTarget[word(j-1)])
	case visit[w], action[w]:
		return true
	case w == "to":
		return travel[word(j-1)]
	}
	return false
}

// Near returns the location closest to the byte offset verb, the event's verb,
// or nil when the text gives none. Ties go to the place after the verb
// ("landed in Iran").
func (g *Gazetteer) Near(text string, verb int) *dyad.Location {
	locs := g.Find(text)
	var best *dyad.Location
	bestDist := -1
	for k := range locs {
		l := &locs[k]
		dist := 0
		switch {
		case verb < l.Span.Start:
			dist = l.Span.Start - verb
		case verb >= l.Span.End:
			dist = verb - l.Span.End + 1
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = l, dist
		}
	}
	return best
}

// demonymCapital reads "the Iranian capital" at toks[i] (the word "capital")
// as the capital of the country the demonym names, when the words before
// support a location. Place is the capital's name; Span covers "Iranian capital".
func (g *Gazetteer) demonymCapital(text string, toks []token.Token, i int) (dyad.Location, bool) {
	if !lowerIs(toks[i].Word, "capital") || i < 2 { // lower.go
		return dyad.Location{}, false
	}
	for n := 1; n <= 2 && i-n >= 1; n++ {
		var words []string
		for _, t := range toks[i-n : i] {
			words = append(words, strings.ToLower(t.Word))
		}
		c := g.demonyms[strings.Join(words, " ")]
		if c == "" || !lowerIs(toks[i-n-1].Word, "the") {
			continue
		}
		p, ok := g.capitals[c]
		if !ok || !g.supported(toks, i-n, n+1, false) {
			return dyad.Location{}, false
		}
		pl := g.places[p]
		return dyad.Location{Country: c, Place: pl.Name, Lat: pl.Lat, Lon: pl.Lon,
			Span: dyad.Span{Start: toks[i-n].Start, End: toks[i].End}}, true
	}
	return dyad.Location{}, false
}
