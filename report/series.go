package report

import (
	"encoding/json"
	"math"
	"sort"
	"time"

	"github.com/dyadproject/dyad"
)

// Series is one line or one stack of bars of a chart: a value per period of
// the report (NaN where there is none, for a mean with no events).
type Series struct {
	Key    string    `json:"key"`   // root code, topic, dyad
	Label  string    `json:"label"` // for people: "04 Consult"
	Total  int       `json:"total"` // events over all periods
	Values []float64 `json:"values"`
}

// countSeries lays split trend points out on periods, one series per key,
// largest total first (then by key).
func countSeries(points []dyad.TrendPoint, periods []time.Time, label func(string) string) []Series {
	idx := periodIndex(periods)
	byKey := map[string]*Series{}
	var out []*Series
	for _, p := range points {
		i, ok := idx[day(p.Period)]
		if !ok {
			continue
		}
		s := byKey[p.Key]
		if s == nil {
			s = &Series{Key: p.Key, Label: label(p.Key), Values: make([]float64, len(periods))}
			byKey[p.Key] = s
			out = append(out, s)
		}
		s.Values[i] += float64(p.Events)
		s.Total += p.Events
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Total != out[j].Total {
			return out[i].Total > out[j].Total
		}
		return out[i].Key < out[j].Key
	})
	res := make([]Series, len(out))
	for i, s := range out {
		res[i] = *s
	}
	return res
}

// topSeries keeps the n largest series and sums the rest into one "other".
func topSeries(ss []Series, n int) []Series {
	if len(ss) <= n {
		return ss
	}
	out := append([]Series{}, ss[:n-1]...)
	other := Series{Key: "other", Label: "other", Values: make([]float64, len(ss[0].Values))}
	for _, s := range ss[n-1:] {
		other.Total += s.Total
		for i, v := range s.Values {
			other.Values[i] += v
		}
	}
	return append(out, other)
}

// meanSeries is the Goldstein mean per period of unsplit points (NaN where
// no event falls).
func meanSeries(key string, points []dyad.TrendPoint, periods []time.Time) Series {
	idx := periodIndex(periods)
	s := Series{Key: key, Label: key, Values: make([]float64, len(periods))}
	for i := range s.Values {
		s.Values[i] = math.NaN()
	}
	for _, p := range points {
		if i, ok := idx[day(p.Period)]; ok && p.Events > 0 {
			s.Values[i] = p.Goldstein
			s.Total += p.Events
		}
	}
	return s
}

// periodIndex maps each period's day to its index. Days, not times, are
// the keys, so that periods from any store compare equal whatever their
// time.Location.
func periodIndex(periods []time.Time) map[string]int {
	idx := make(map[string]int, len(periods))
	for i, p := range periods {
		idx[day(p)] = i
	}
	return idx
}

func day(t time.Time) string { return t.Format(dyad.DateLayout) }

// seriesJSON is Series with null for a missing value, which JSON has no NaN for.
type seriesJSON struct {
	Key    string     `json:"key"`
	Label  string     `json:"label"`
	Total  int        `json:"total"`
	Values []*float64 `json:"values"`
}

// MarshalJSON writes a missing value (NaN) as null.
func (s Series) MarshalJSON() ([]byte, error) {
	j := seriesJSON{Key: s.Key, Label: s.Label, Total: s.Total, Values: make([]*float64, len(s.Values))}
	for i := range s.Values {
		if !math.IsNaN(s.Values[i]) {
			j.Values[i] = &s.Values[i]
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads null as a missing value (NaN).
func (s *Series) UnmarshalJSON(b []byte) error {
	var j seriesJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*s = Series{Key: j.Key, Label: j.Label, Total: j.Total, Values: make([]float64, len(j.Values))}
	for i, v := range j.Values {
		s.Values[i] = math.NaN()
		if v != nil {
			s.Values[i] = *v
		}
	}
	return nil
}
