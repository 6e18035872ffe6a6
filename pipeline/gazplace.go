package pipeline

import "github.com/dyadproject/dyad/where"

// gazPlaces gives the coder the gazetteer's countries of place names
// (coder.Places): the target of "shelled Chernihiv".
type gazPlaces struct{ g *where.Gazetteer }

// PlaceCountry returns the country of a city or capital the gazetteer
// knows. Country names and demonyms are the actor dictionary's to code.
func (p gazPlaces) PlaceCountry(name string) (string, bool) {
	pl, ok := p.g.Lookup(name)
	if !ok || pl.Kind == "country" || pl.Kind == "demonym" {
		return "", false
	}
	return pl.Country, true
}
