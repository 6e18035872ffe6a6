package where_test

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/where"
)

func ExampleGazetteer_Near() {
	s := "Wei Fenghe landed in Iran and later visited Tehran."
	l := where.Default().Near(s, strings.Index(s, "landed"))
	fmt.Println(l.Country, l.Place == "", s[l.Span.Start:l.Span.End])
	l = where.Default().Near(s, strings.Index(s, "visited"))
	fmt.Printf("%s %s %.1f %.1f\n", l.Country, l.Place, l.Lat, l.Lon)
	// Output:
	// IRN true Iran
	// IRN Tehran 35.7 51.4
}

func ExampleGazetteer_Find() {
	for _, l := range where.Default().Find("Beijing said the talks in Moscow and the visit to Iran went well.") {
		fmt.Println(l.Country, l.Place)
	}
	// Output:
	// RUS Moscow
	// IRN
}

// A landmark is located as the city it stands in; the span is its name.
func ExampleGazetteer_Find_landmark() {
	s := "The Kremlin said the envoys met at the Kremlin, then talked outside the White House."
	for _, l := range where.Default().Find(s) {
		fmt.Printf("%s %s %.1f %.1f %q\n", l.Country, l.Place, l.Lat, l.Lon, s[l.Span.Start:l.Span.End])
	}
	// Output:
	// RUS Moscow 55.8 37.6 "Kremlin"
	// USA Washington 38.9 -77.0 "White House"
}
