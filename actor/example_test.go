package actor_test

import (
	"fmt"
	"time"

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
