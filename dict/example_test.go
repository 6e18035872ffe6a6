package dict_test

import (
	"fmt"
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
	index := map[string]int{"UNITED": 1, "IRAN": 2}
	set := dict.NewWordSet(index)
	for _, w := range []string{"UNITED", "IRAN"} {
		fmt.Println(w, set.MayHave(w))
	}
	// Output:
	// UNITED true
	// IRAN true
}
