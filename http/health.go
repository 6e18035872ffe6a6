package http

import (
	"net/http"

	"github.com/dyadproject/dyad"
)

// Health is the body of GET /healthz.
type Health struct {
	Status  string `json:"status"` // "ok" or "unavailable"
	Version string `json:"version,omitempty"`
}

// handleHealth answers 200 when the store answers a query, 503 otherwise.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	if _, err := s.Store.HasDocument(r.Context(), "healthz"); err != nil {
		s.Logger.Error("health check failed", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, Health{Status: "unavailable", Version: s.Version})
		return
	}
	writeJSON(w, http.StatusOK, Health{Status: "ok", Version: s.Version})
}

// StatsView is the body of GET /api/stats.
type StatsView struct {
	dyad.StoreStats
}

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	if err := newParams(r.URL.Query()).done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	st, err := s.Store.Stats(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, StatsView{StoreStats: st})
}
