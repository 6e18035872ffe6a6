package dict_test

import (
	"fmt"
	"strconv"
	"strings"

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
