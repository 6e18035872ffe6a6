package pipeline_test

import (
	"context"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestWhere36EventPlaces: an event's place read from a demonym two countries
// share is the sovereign state's capital, and a city name two countries share
// is the larger city. The events themselves do not depend on it.
func TestWhere36EventPlaces(t *testing.T) {
	p := newPipeline(t)
	for _, tc := range []struct{ text, code, country, place string }{
		{"Iranian and Saudi envoys met in the Dutch capital on Tuesday.", "IRNGOV", "NLD", "Amsterdam"},
		{"Officials in the American capital met Iranian envoys on Monday.", "USA", "USA", "Washington"},
		{"Mexican police arrested ten gang members in Guadalajara on Monday.", "MEXCOP", "MEX", "Guadalajara"},
		// A place only one country has is unchanged.
		{"Kenyan police arrested ten protesters in Nairobi on Monday.", "KENCOP", "KEN", "Nairobi"},
	} {
		res, err := p.Process(context.Background(), &dyad.Document{ID: "w", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		var e *dyad.Event
		for i := range res.Events {
			if res.Events[i].Source.Code == tc.code {
				e = &res.Events[i]
				break
			}
		}
		switch {
		case e == nil:
			t.Errorf("%q: no event from %s in %+v", tc.text, tc.code, res.Events)
		case e.Location == nil || e.Location.Country != tc.country || e.Location.Place != tc.place:
			t.Errorf("%q: located at %+v, want %s %s", tc.text, e.Location, tc.place, tc.country)
		}
	}
}
