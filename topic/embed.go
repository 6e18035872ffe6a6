package topic

import (
	"bytes"
	"embed"
	"sync"
)

// The dictionaries dyad ships: PETRARCH's Phoenix issue list and dyad's own
// defence-relations topics. See data/README.md for where they come from.
//
//go:embed data/Phoenix.IssueCoding.txt data/dyad.topics.txt data/plover.tsv
var dataFS embed.FS

// Names of the embedded dictionaries, in the order Default loads them.
const (
	PhoenixFile = "Phoenix.IssueCoding.txt"
	DyadFile    = "dyad.topics.txt"
)

// Embedded reads an embedded dictionary by file name. The problems its lines
// have are returned as a dyad.ErrorList beside everything that could be read;
// the embedded Phoenix list has a few (see the tests), the dyad list none.
func Embedded(name string) (*Dictionary, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, err
	}
	return Read(name, bytes.NewReader(b))
}

var defaultTagger = sync.OnceValue(func() *Tagger {
	dyadDict, _ := Embedded(DyadFile)
	phoenix, _ := Embedded(PhoenixFile)
	return New(dyadDict, phoenix)
})

// Default returns the tagger of the embedded dictionaries, dyad's topics and
// the Phoenix issues, built on first use and shared.
func Default() *Tagger { return defaultTagger() }
