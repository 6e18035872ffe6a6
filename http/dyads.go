package http

import (
	"net/http"

	"github.com/dyadproject/dyad"
)

// TopDyadsView is the body of GET /api/dyads/top.
type TopDyadsView struct {
	Since string           `json:"since,omitempty"`
	Until string           `json:"until,omitempty"`
	Dyads []dyad.DyadCount `json:"dyads"`
}

func (s *Server) handleTopDyads(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query())
	since, until := p.date("since"), p.date("until")
	n := p.integer("limit", 20, 1, 500)
	if !since.IsZero() && !until.IsZero() && until.Before(since) {
		p.fail("until", "before since")
	}
	if err := p.done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	ds, err := s.Store.TopDyads(r.Context(), since, until, n)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if ds == nil {
		ds = []dyad.DyadCount{}
	}
	v := TopDyadsView{Dyads: ds}
	if !since.IsZero() {
		v.Since = since.Format(dyad.DateLayout)
	}
	if !until.IsZero() {
		v.Until = until.Format(dyad.DateLayout)
	}
	writeJSON(w, http.StatusOK, v)
}
