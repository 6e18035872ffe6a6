package pipeline_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/export"
)

// TestWhere41LandmarkPlaces: an event told at a landmark (where/data/
// landmarks.tsv) is located in the landmark's city, with the city's
// coordinates; the landmark as the speaker gives no place, and a name several
// states give their seat ("State House") is no place. The events themselves
// do not depend on it. Sentences written for the test.
func TestWhere41LandmarkPlaces(t *testing.T) {
	p := newPipeline(t)
	for _, tc := range []struct{ text, code, country, place string }{
		{"Kenyan President William Ruto met Trump at the White House on Tuesday.", "KENGOV", "USA", "Washington"},
		{"Putin received the Iranian foreign minister at the Kremlin on Monday.", "RUSGOV", "RUS", "Moscow"},
		{"Iranian and American negotiators held talks at the Palais des Nations on Friday.", "IRNGOV", "CHE", "Geneva"},
		// Negatives: the Kremlin speaking is no place; State House is
		// the seat of several states' presidents and governors.
		{"The Kremlin said on Tuesday that Putin would not meet Zelenskiy.", "RUSGOV", "", ""},
		{"Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan at State House on Tuesday.", "KENGOV", "", ""},
	} {
		res, err := p.Process(context.Background(), &dyad.Document{ID: "w", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		var e *dyad.Event
		for i := range res.Events {
			if strings.HasPrefix(res.Events[i].Source.Code, tc.code) {
				e = &res.Events[i]
				break
			}
		}
		switch {
		case e == nil:
			t.Errorf("%q: no event from %s in %+v", tc.text, tc.code, res.Events)
		case tc.country == "" && e.Location != nil:
			t.Errorf("%q: located at %+v, want no place", tc.text, e.Location)
		case tc.country != "" && (e.Location == nil || e.Location.Country != tc.country || e.Location.Place != tc.place || e.Location.Lat == 0):
			t.Errorf("%q: located at %+v, want %s %s with coordinates", tc.text, e.Location, tc.place, tc.country)
		}
	}
}

// TestWhere41LandmarkGDELT: the GDELT export of an event at the Kremlin
// gives the ActionGeo fields of Moscow: a world city (type 4), "Moscow,
// Russian Federation", Russia's FIPS code and the city's coordinates. An event at the
// White House is a US city (type 3).
func TestWhere41LandmarkGDELT(t *testing.T) {
	p := newPipeline(t)
	for _, tc := range []struct {
		text string
		want map[string]string
	}{
		{"Putin received the Iranian foreign minister at the Kremlin on Monday.", map[string]string{
			"ActionGeo_Type": "4", "ActionGeo_FullName": "Moscow, Russian Federation", "ActionGeo_CountryCode": "RS",
			"ActionGeo_ADM1Code": "RS", "ActionGeo_Lat": "55.7558", "ActionGeo_Long": "37.6178", "ActionGeo_FeatureID": ""}},
		{"Kenyan President William Ruto met Trump at the White House on Tuesday.", map[string]string{
			"ActionGeo_Type": "3", "ActionGeo_FullName": "Washington, United States of America", "ActionGeo_CountryCode": "US",
			"ActionGeo_Lat": "38.9047", "ActionGeo_Long": "-77.0163"}},
	} {
		res, err := p.Process(context.Background(), &dyad.Document{ID: "g", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Events) == 0 || res.Events[0].Location == nil {
			t.Fatalf("%q: no located event in %+v", tc.text, res.Events)
		}
		e := res.Events[0]
		var buf bytes.Buffer
		w, err := export.New("gdelt", &buf)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(&dyad.StoredEvent{ID: 1, Source: e.Source.Code, Target: e.Target.Code, Code: e.Code,
			Location: e.Location, Mention: dyad.Mention{Event: e}})
		w.Close()
		row := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\t")
		if len(row) != len(export.GDELTColumns) {
			t.Fatalf("%q: %d columns, want %d", tc.text, len(row), len(export.GDELTColumns))
		}
		for k, col := range export.GDELTColumns {
			if want, ok := tc.want[col]; ok && row[k] != want {
				t.Errorf("%q: %s = %q, want %q", tc.text, col, row[k], want)
			}
		}
	}
}
