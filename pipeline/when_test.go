package pipeline_test

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// TestEventDatePlaceInClause: an event takes the date and place said in its
// own clause, the nearest to its verb; those of a relative clause or of
// another clause belong to other events, and a clause with none gets the
// document date and no place.
func TestEventDatePlaceInClause(t *testing.T) {
	tests := []struct {
		name, text, event   string
		date, prec, country string
	}{
		{"relative clause's date is not the visit's",
			"Iranian President Ebrahim Raisi, who took office in August 2021, visited Beijing.",
			"IRNGOV>CHN 042", "2022-05-02", dyad.PrecisionDocument, "CHN"},
		{"relative clause's date and place are not the visit's",
			"Iranian President Ebrahim Raisi, who was in Moscow last week, visited Beijing.",
			"IRNGOV>CHN 042", "2022-05-02", dyad.PrecisionDocument, "CHN"},
		{"main clause's own date beats the relative clause's",
			"Iranian President Ebrahim Raisi, who took office in August 2021, visited Beijing on Tuesday.",
			"IRNGOV>CHN 042", "2022-04-26", dyad.PrecisionDay, "CHN"},
		{"reported clause keeps its own date",
			"Iran said on Monday that China had attacked Japan in 2019.",
			"IRN>CHN 111", "2019-01-01", dyad.PrecisionYear, "JPN"},
		{"reporting verb keeps its own date",
			"Iran said on Monday that China had attacked Japan in 2019.",
			"IRN>CHN 010", "2022-05-02", dyad.PrecisionDay, ""},
		{"opening date phrase is the clause's",
			"In late April, a Chinese delegation visited Iran.",
			"CHNGOV>IRN 042", "2022-04-01", dyad.PrecisionMonth, "IRN"},
		{"month and year",
			"Chinese troops landed in Iran for a visit in October 2020.",
			"CHNMIL>IRN 042", "2020-10-01", dyad.PrecisionMonth, "IRN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := codeText(t, tt.text, "2022-05-02")
			e := has(evs, tt.event)
			if e == nil {
				t.Fatalf("no %s in %s", tt.event, list(evs))
			}
			if got := e.Date.Format(dyad.DateLayout); got != tt.date || e.DatePrecision != tt.prec {
				t.Errorf("date %s (%s, %q), want %s (%s)", got, e.DatePrecision, e.DateText, tt.date, tt.prec)
			}
			got := ""
			if e.Location != nil {
				got = e.Location.Country
				if place := tt.text[e.Location.Span.Start:e.Location.Span.End]; place == "" {
					t.Errorf("location span is empty")
				}
			}
			if got != tt.country {
				t.Errorf("location %q, want %q", got, tt.country)
			}
		})
	}
}
