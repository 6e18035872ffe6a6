package dict_test

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

func ExampleBuild() {
	set, err := dict.Build([]dict.Source{{Kind: dict.KindActors, Name: "leaders.txt", Data: []byte(`
HAMFAST GAMGEE [HOB]  # default code
	[HOBGOV 20121109-20130119]
GONDOR [GON]
	[GONGOV 19601-2]
`)}})
	fmt.Println(err)
	i, n := set.Actors.Match(strings.Fields("HAMFAST GAMGEE SAID"), 0)
	a := &set.Actors.Entries[i]
	for _, d := range []int{20121225, 20140101} {
		code, _ := a.CodeAt(d)
		fmt.Println(n, d, code)
	}
	// Output:
	// leaders.txt:5: bad date restriction "GONGOV 19601-2": want <date, >date or date-date (YYMMDD or YYYYMMDD)
	// 2 20121225 HOBGOV
	// 2 20140101 HOB
}

// A WordSet answers "certainly not a key" from a few kilobytes, before a
// lookup in a large map of words.
func ExampleWordSet() {
	index := map[string]int{}
	for i := range 5000 {
		index["W"+strconv.Itoa(i)] = i
	}
	set := dict.NewWordSet(index)
	fmt.Println(set.MayHave("W42"), set.MayHave("W4999"))
	// Output:
	// true true
}

// An overlay marks the malformed upstream line it corrects; the checker
// then separates the corrected lines from the open ones.
func ExampleErrata() {
	srcs := []dict.Source{
		{Kind: dict.KindActors, Name: "up.actors.txt", Data: []byte("GONDOR [GON]\n\t[GONGOV 19-20]\n")},
		{Kind: dict.KindActors, Name: "dyad.errata.actors.txt", Data: []byte("# errata: up.actors.txt:2\nGONDOR\n\t[GONGOV 19190101-19201231]\n")},
	}
	_, err := dict.Build(srcs)
	var list dyad.ErrorList
	errors.As(err, &list)
	errata := dict.Errata(srcs)
	corrected, open := dict.SplitErrata(list, errata)
	fmt.Println(len(corrected), len(open), errata["up.actors.txt:2"])
	// Output: 1 0 dyad.errata.actors.txt:1
}
