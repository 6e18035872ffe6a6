package months

import (
	"testing"
	"time"
)

func TestSplit(t *testing.T) {
	d := func(s string) time.Time {
		if s == "" {
			return time.Time{}
		}
		v, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		since, until string
		from, to     string
		edges        [][2]string
		whole        bool
	}{
		{"", "", "", "", nil, true},
		{"2022-01-01", "2022-03-31", "2022-01-01", "2022-03-31", nil, true},
		{"2022-01-15", "2022-03-10", "2022-02-01", "2022-02-28", [][2]string{{"2022-01-15", "2022-01-31"}, {"2022-03-01", "2022-03-10"}}, true},
		{"2022-01-15", "", "2022-02-01", "", [][2]string{{"2022-01-15", "2022-01-31"}}, true},
		{"", "2022-12-30", "", "2022-11-30", [][2]string{{"2022-12-01", "2022-12-30"}}, true},
		{"2022-01-05", "2022-01-20", "", "", [][2]string{{"2022-01-05", "2022-01-20"}}, false},
		{"2021-12-15", "2022-01-10", "", "", [][2]string{{"2021-12-15", "2022-01-10"}}, false},
	}
	for _, tt := range tests {
		from, to, edges, whole := Split(d(tt.since), d(tt.until))
		if !from.Equal(d(tt.from)) || !to.Equal(d(tt.to)) || whole != tt.whole || len(edges) != len(tt.edges) {
			t.Errorf("Split(%s, %s) = %v, %v, %v, %v", tt.since, tt.until, from, to, edges, whole)
			continue
		}
		for i, e := range tt.edges {
			if !edges[i][0].Equal(d(e[0])) || !edges[i][1].Equal(d(e[1])) {
				t.Errorf("Split(%s, %s) edge %d = %v, want %v", tt.since, tt.until, i, edges[i], e)
			}
		}
	}
}
