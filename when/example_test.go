package when_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/dyadproject/dyad/when"
)

func ExampleNear() {
	doc := time.Date(2022, 5, 2, 0, 0, 0, 0, time.UTC)
	s := "In 2019, Bagheri visited China; in late April Wei Fenghe landed in Iran."
	d := when.Near(s, strings.Index(s, "landed"), doc)
	fmt.Println(d.Time.Format("2006-01"), d.Precision, d.Text)
	// Output: 2022-04 month in late April
}

func ExampleFind() {
	doc := time.Date(2022, 5, 2, 0, 0, 0, 0, time.UTC) // a Monday
	for _, d := range when.Find("Officials said on Saturday that talks would resume next Tuesday.", doc) {
		fmt.Println(d.Time.Format("2006-01-02"), d.Precision, d.Text)
	}
	// Output:
	// 2022-04-30 day on Saturday
	// 2022-05-10 day next Tuesday
}
