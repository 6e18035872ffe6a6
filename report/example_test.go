package report_test

import (
	"fmt"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/report"
)

func ExampleParseDyad() {
	d, err := report.ParseDyad("chnmil-irn")
	fmt.Println(d.Source, d.Target, d.Label(), err)
	f := d.Filter(dyad.EventFilter{Code: "042"})
	fmt.Println(f.Source, f.Target, f.Code)
	_, err = report.ParseDyad("China-Iran!")
	fmt.Println(err)
	// Output:
	// CHNMIL IRN CHNMIL → IRN <nil>
	// CHNMIL IRN 042
	// dyad "China-Iran!": want SOURCE-TARGET actor codes, e.g. CHN-IRN
}

func ExamplePeriods() {
	from := time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC)
	to := time.Date(2020, 2, 3, 0, 0, 0, 0, time.UTC)
	for _, p := range report.Periods(from, to, dyad.IntervalMonth) {
		fmt.Println(p.Format("2006-01"))
	}
	// Output:
	// 2019-11
	// 2019-12
	// 2020-01
	// 2020-02
}
