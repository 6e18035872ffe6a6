package report

import (
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// updating reports whether -update (defined in main_test.go) was given.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

func months(from string, n int) []time.Time {
	t, _ := time.Parse("2006-01", from)
	out := make([]time.Time, n)
	for i := range out {
		out[i] = t.AddDate(0, i, 0)
	}
	return out
}

// TestSVGGolden draws a stacked bar chart and a broken line with a zero
// line, and compares them with testdata/*.svg.golden (-update rewrites them).
func TestSVGGolden(t *testing.T) {
	nan := math.NaN()
	cases := map[string]chart{
		"bars": {ID: "b", Title: "CHN → IRN: events <by> root", YLabel: "events", Periods: months("2019-11", 4), Stacked: true,
			Series: []Series{{Key: "04", Label: "04 Consult", Values: []float64{1, 0, 3, 2}}, {Key: "other", Label: "other", Values: []float64{2, 1, 0, 0}}}},
		"lines": {ID: "g", Title: "Goldstein", YLabel: "Goldstein", Periods: months("2020-01", 5), Range: &[2]float64{-10, 10},
			Series: []Series{{Key: "g", Label: "mean Goldstein", Values: []float64{1.9, nan, -7, 3.5, nan}}}},
	}
	for name, c := range cases {
		got := string(c.svg())
		golden := filepath.Join("testdata", name+".svg.golden")
		if updating() {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s differs from %s:\n%s", name, golden, got)
		}
	}
}

// TestSVGShapes checks what the golden files hold: one bar per non-zero
// value, a line broken at a missing value, escaped text.
func TestSVGShapes(t *testing.T) {
	nan := math.NaN()
	bars := chart{ID: "b", Title: "a <b>", Periods: months("2019-11", 4), Stacked: true,
		Series: []Series{{Key: "04", Label: "04 & co", Values: []float64{1, 0, 3, 2}}, {Key: "x", Label: "x", Values: []float64{2, 1, 0, nan}}}}
	s := string(bars.svg())
	if n := strings.Count(s, `class="bar"`); n != 5 {
		t.Errorf("%d bars, want 5 (one per value above zero)", n)
	}
	if strings.Contains(s, "<b>") || !strings.Contains(s, "04 &amp; co") {
		t.Errorf("text not escaped: %s", s)
	}
	line := chart{ID: "l", Periods: months("2020-01", 5), Series: []Series{{Key: "g", Label: "g", Values: []float64{1, nan, 2, 3, nan}}}}
	if d := between(string(line.svg()), ` d="`, `"`); strings.Count(d, "M") != 2 || strings.Count(d, "L") != 1 {
		t.Errorf("line path %q: want two pieces, broken at the gap", d)
	}
	line.Connect = true
	if d := between(string(line.svg()), ` d="`, `"`); strings.Count(d, "M") != 1 || strings.Count(d, "L") != 2 {
		t.Errorf("connected line path %q: want one piece over three points", d)
	}
}

func between(s, a, b string) string {
	_, rest, _ := strings.Cut(s, a)
	v, _, _ := strings.Cut(rest, b)
	return v
}

func TestNiceStep(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{{0.3, 0.5}, {1, 1}, {1.2, 2}, {3, 5}, {7, 10}, {12, 20}, {260, 500}, {0, 1}} {
		if got := niceStep(c.in); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("niceStep(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestXLabels(t *testing.T) {
	short := xLabels(months("2019-11", 6))
	if len(short) != 6 || short[0] != (xLabel{0, "2019-11"}) || short[5] != (xLabel{5, "2020-04"}) {
		t.Errorf("six months: %v", short)
	}
	long := xLabels(months("2015-06", 60))
	if len(long) != 5 || long[0] != (xLabel{7, "2016"}) || long[4] != (xLabel{55, "2020"}) {
		t.Errorf("five years: %v, want each January as a year", long)
	}
	if n := len(xLabels(months("1950-01", 12*70))); n > 14 {
		t.Errorf("seventy years: %d labels", n)
	}
}

func TestRising(t *testing.T) {
	ps := months("2020-01", 4)
	got := rising([]Series{
		{Key: "NEW", Values: []float64{0, 0, 0, 1}},
		{Key: "DOUBLED", Values: []float64{1, 0, 1, 1}},
		{Key: "FLAT", Values: []float64{2, 0, 1, 1}},
		{Key: "BIG", Values: []float64{1, 1, 3, 4}},
		{Key: "GONE", Values: []float64{3, 0, 0, 0}},
	}, ps)
	var keys []string
	for _, c := range got {
		keys = append(keys, c.Topic)
	}
	if strings.Join(keys, ",") != "BIG,NEW" {
		t.Errorf("rising %v, want BIG (2→7) then NEW (0→1); DOUBLED grew by one only", keys)
	}
	if !got[1].New || !got[1].First.Equal(ps[3]) || got[0].New {
		t.Errorf("%+v", got)
	}
}

func TestSeriesJSON(t *testing.T) {
	in := Series{Key: "g", Label: "mean", Total: 3, Values: []float64{1.5, math.NaN(), -2}}
	b, err := json.Marshal(in)
	if err != nil || !strings.Contains(string(b), `"values":[1.5,null,-2]`) {
		t.Fatalf("%s, %v", b, err)
	}
	var out Series
	if err := json.Unmarshal(b, &out); err != nil || out.Values[0] != 1.5 || !math.IsNaN(out.Values[1]) || out.Values[2] != -2 || out.Total != 3 {
		t.Errorf("round trip: %+v, %v", out, err)
	}
}
