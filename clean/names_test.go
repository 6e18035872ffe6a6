package clean

import (
	"github.com/dyadproject/dyad/tag"
	"github.com/dyadproject/dyad/where"
)

// gazetteerNames are the names the stages are composed with
// (pipeline.DefaultNames): the gazetteer's places, a sample of office
// holders' surnames and the tagger's lexicon, so the benchmarks and fuzz
// tests run the name-case step as production does. Only the tests import
// where and tag; the package itself is handed its names in Options.Names.
var gazetteerNames = NewNamesWith(where.Default().Names("country", "capital", "demonym"), testSurnames, tag.Default().KnownWord)

// testSurnames stand for the dictionaries' office holders
// (pipeline.officeSurnames reads them): some whose lost first letter leaves
// no word (Putin, Erdogan, Macron), some whose lost letter leaves one
// (Price: "rice", Trump: "rump" is no word the lexicon knows, Brown:
// "rown"), and one that is also a place (Jordan).
var testSurnames = []string{"Putin", "Erdogan", "Macron", "Price", "Trump", "Brown", "Jordan", "Scholz"}
