package http

import (
	"net/http"

	"github.com/dyadproject/dyad"
)

// TrendView is the body of GET /api/trend.
type TrendView struct {
	Interval string            `json:"interval"`
	Split    string            `json:"split"`
	Points   []dyad.TrendPoint `json:"points"`
}

func (s *Server) handleTrend(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query())
	q := dyad.TrendQuery{
		Filter:   p.filter(false),
		Interval: p.oneOf("interval", dyad.IntervalMonth, dyad.IntervalDay, dyad.IntervalWeek, dyad.IntervalMonth, dyad.IntervalYear),
		Split:    p.oneOf("split", dyad.SplitNone, dyad.SplitNone, dyad.SplitRoot, dyad.SplitQuad, dyad.SplitTopic),
	}
	if err := p.done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	pts, err := s.Store.Trend(r.Context(), q)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if pts == nil {
		pts = []dyad.TrendPoint{}
	}
	writeJSON(w, http.StatusOK, TrendView{Interval: q.Interval, Split: q.Split, Points: pts})
}
