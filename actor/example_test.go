package actor_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
)

func ExampleHolders_Resolve() {
	a, ok := actor.Default().Resolve("Raisi", time.Date(2022, 5, 2, 0, 0, 0, 0, time.UTC))
	fmt.Println(a.Code, a.Since, a.Until, ok)
	// Output: IRNGOV 2021-08-03 2024-05-19 true
}

func ExampleHolders_Who() {
	for _, m := range actor.Default().Who("Khamenei", time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)) {
		fmt.Println(m.Active, m.Term.Name, m.Term.Code)
	}
	// Output:
	// true Mojtaba Khamenei IRNGOV
	// false Ali Khamenei IRNGOV
}

func ExampleTitle() {
	r, _ := actor.Title(strings.Fields("chief of staff of the Iranian Armed Forces"), time.Date(2022, 5, 2, 0, 0, 0, 0, time.UTC))
	fmt.Println(r.Code)
	fmt.Println(r.Why)
	// Output:
	// IRNMIL
	// "chief of staff" → GOV; "Iranian" → IRN; "Armed Forces" → MIL
}

func ExampleHolders_Phrase() {
	date := time.Date(2022, 5, 2, 0, 0, 0, 0, time.UTC)
	for _, p := range []string{"Defense Minister Mohammad Reza Ashtiani", "a senior Chinese military delegation"} {
		a, _ := actor.Default().Phrase(strings.Fields(p), date)
		fmt.Println(a.Code, a.Dict)
	}
	// Output:
	// IRNGOV dyad.officeholders
	// CHNMIL dyad.titles
}

func ExampleHolders_Check() {
	errs, _ := actor.Default().Check().(dyad.ErrorList)
	fmt.Println(len(errs), "findings; the first:")
	fmt.Println(errs[0])
	// Output:
	// 2 findings; the first:
	// officeholders-2014-2026.tsv:442: Jeong Kyeong-doo: KORGOV 2018-09-21..2020-09-18 (Defence Minister) overlaps KORMIL 2017-08..2018-09 (line 433) with a different code
}
