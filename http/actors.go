package http

import (
	"net/http"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
)

// ActorsView is the body of GET /api/actors.
type ActorsView struct {
	Actors []dyad.ActorCount `json:"actors"`
}

func (s *Server) handleActors(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query())
	q := p.text("q", 64)
	n := p.integer("limit", 10, 1, 100)
	if err := p.done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	as, err := s.Store.Actors(r.Context(), q, n)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if as == nil {
		as = []dyad.ActorCount{}
	}
	writeJSON(w, http.StatusOK, ActorsView{Actors: as})
}

// ActorSample is how many of an actor's latest events GET /api/actors/{code}
// reads to rank its partners. The store has no partner count by actor, so the
// ranking is of the latest events, and says so (Sampled).
const ActorSample = 2000

// ActorView is the body of GET /api/actors/{code}: the actor (a code prefix:
// CHN includes CHNMIL), its events per interval as source and as target, and
// the actors it acts on and that act on it most among its latest events.
type ActorView struct {
	Actor    dyad.ActorCount   `json:"actor"`
	Interval string            `json:"interval"`
	AsSource []dyad.TrendPoint `json:"as_source"`
	AsTarget []dyad.TrendPoint `json:"as_target"`
	Targets  []Partner         `json:"targets"` // whom it acts on
	Sources  []Partner         `json:"sources"` // who acts on it
	// Sampled counts the latest events Targets and Sources were ranked from,
	// per side; when it equals ActorSample there are older events not ranked.
	SampledAsSource int `json:"sampled_as_source"`
	SampledAsTarget int `json:"sampled_as_target"`
}

// Partner is an actor on the other side of an actor's events.
type Partner struct {
	Code      string  `json:"code"`
	Events    int     `json:"events"`
	Goldstein float64 `json:"goldstein"` // mean
}

func (s *Server) handleActor(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query())
	p.q.Set("code", r.PathValue("code"))
	code := p.actor("code")
	if code == "" && p.err == nil {
		p.fail("code", "empty")
	}
	since, until := p.date("since"), p.date("until")
	interval := p.oneOf("interval", dyad.IntervalMonth, dyad.IntervalDay, dyad.IntervalWeek, dyad.IntervalMonth, dyad.IntervalYear)
	if err := p.done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	ctx := r.Context()
	as, err := s.Store.Actors(ctx, code, 50)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	v := ActorView{Actor: dyad.ActorCount{Code: code}, Interval: interval}
	found := false
	for _, a := range as {
		if a.Code == code {
			v.Actor, found = a, true
			break
		}
	}
	if !found {
		// A prefix such as CHN may only occur as CHNMIL, CHNGOV: sum them.
		for _, a := range as {
			if strings.HasPrefix(a.Code, code) {
				v.Actor.AsSource += a.AsSource
				v.Actor.AsTarget += a.AsTarget
				found = true
			}
		}
	}
	if !found {
		s.writeError(w, r, dyad.Errorf(dyad.ENOTFOUND, "actor %s: no events", code))
		return
	}
	side := func(f dyad.EventFilter, partner func(*dyad.StoredEvent) string) ([]dyad.TrendPoint, []Partner, int, error) {
		f.Since, f.Until = since, until
		pts, err := s.Store.Trend(ctx, dyad.TrendQuery{Filter: f, Interval: interval, Split: dyad.SplitNone})
		if err != nil {
			return nil, nil, 0, err
		}
		f.Limit = ActorSample
		evs, _, err := s.Store.Events(ctx, f)
		if err != nil {
			return nil, nil, 0, err
		}
		if pts == nil {
			pts = []dyad.TrendPoint{}
		}
		return pts, partners(evs, partner, 20), len(evs), nil
	}
	v.AsSource, v.Targets, v.SampledAsSource, err = side(dyad.EventFilter{Source: code}, func(e *dyad.StoredEvent) string { return e.Target })
	if err == nil {
		v.AsTarget, v.Sources, v.SampledAsTarget, err = side(dyad.EventFilter{Target: code}, func(e *dyad.StoredEvent) string { return e.Source })
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// partners ranks the actors on the other side of evs by event count, then code.
func partners(evs []dyad.StoredEvent, other func(*dyad.StoredEvent) string, n int) []Partner {
	idx := map[string]int{}
	ps := []Partner{}
	for i := range evs {
		c := other(&evs[i])
		if c == "" {
			continue
		}
		j, ok := idx[c]
		if !ok {
			j = len(ps)
			idx[c] = j
			ps = append(ps, Partner{Code: c})
		}
		ps[j].Events++
		ps[j].Goldstein += evs[i].Goldstein
	}
	for i := range ps {
		ps[i].Goldstein /= float64(ps[i].Events)
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].Events != ps[j].Events {
			return ps[i].Events > ps[j].Events
		}
		return ps[i].Code < ps[j].Code
	})
	if len(ps) > n {
		ps = ps[:n]
	}
	return ps
}
