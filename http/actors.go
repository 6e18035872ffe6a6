package http

import (
	"context"
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

// DyadCounter is an optional method of a store: the (source, target) pairs
// with most events among those matching f, most first. With it the actor page
// ranks an actor's partners over all its events; without it, over its latest
// ActorSample events per side.
type DyadCounter interface {
	CountDyads(ctx context.Context, f dyad.EventFilter, n int) ([]dyad.DyadCount, error)
}

// ActorSample is how many of an actor's latest events GET /api/actors/{code}
// reads, at most, to rank its partners when the store is no DyadCounter:
// those of the year up to its last event; the answer says how many it read
// (SampledAsSource, SampledAsTarget).
const ActorSample = 250

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
	// per side, when the store could not count them all; when it equals
	// ActorSample older events were not ranked. Zero: all events were counted.
	SampledAsSource int `json:"sampled_as_source,omitempty"`
	SampledAsTarget int `json:"sampled_as_target,omitempty"`
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
	side := func(f dyad.EventFilter, partner func(source, target string) string) ([]dyad.TrendPoint, []Partner, int, error) {
		f.Since, f.Until = since, until
		pts, err := s.Store.Trend(ctx, dyad.TrendQuery{Filter: f, Interval: interval, Split: dyad.SplitNone})
		if err != nil {
			return nil, nil, 0, err
		}
		if pts == nil {
			pts = []dyad.TrendPoint{}
		}
		if dc, ok := s.Store.(DyadCounter); ok {
			ds, err := dc.CountDyads(ctx, f, 200)
			if err != nil {
				return nil, nil, 0, err
			}
			return pts, partnersOfDyads(ds, partner, 20), 0, nil
		}
		// The sample is the latest events; bounding it to the year before
		// the actor's last period keeps the store from sorting all of them.
		if n := len(pts); n > 0 {
			if from := pts[n-1].Period.AddDate(-1, 0, 0); from.After(f.Since) {
				f.Since = from
			}
		}
		f.Limit = ActorSample
		evs, _, err := s.Store.Events(ctx, f)
		if err != nil {
			return nil, nil, 0, err
		}
		return pts, partnersOfEvents(evs, partner, 20), len(evs), nil
	}
	v.AsSource, v.Targets, v.SampledAsSource, err = side(dyad.EventFilter{Source: code}, func(_, t string) string { return t })
	if err == nil {
		v.AsTarget, v.Sources, v.SampledAsTarget, err = side(dyad.EventFilter{Target: code}, func(s, _ string) string { return s })
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// partnersOfDyads sums dyad counts by the actor on the other side (CHN's
// targets from CHN→IRN and CHNMIL→IRN are both IRN) and ranks them.
func partnersOfDyads(ds []dyad.DyadCount, other func(source, target string) string, n int) []Partner {
	var acc partnerAcc
	for _, d := range ds {
		acc.add(other(d.Source, d.Target), d.Events, d.Goldstein*float64(d.Events))
	}
	return acc.ranked(n)
}

// partnersOfEvents counts the actors on the other side of evs and ranks them.
func partnersOfEvents(evs []dyad.StoredEvent, other func(source, target string) string, n int) []Partner {
	var acc partnerAcc
	for i := range evs {
		acc.add(other(evs[i].Source, evs[i].Target), 1, evs[i].Goldstein)
	}
	return acc.ranked(n)
}

type partnerAcc struct {
	idx map[string]int
	ps  []Partner
}

func (a *partnerAcc) add(code string, events int, goldstein float64) {
	if code == "" {
		return
	}
	if a.idx == nil {
		a.idx = map[string]int{}
	}
	j, ok := a.idx[code]
	if !ok {
		j = len(a.ps)
		a.idx[code] = j
		a.ps = append(a.ps, Partner{Code: code})
	}
	a.ps[j].Events += events
	a.ps[j].Goldstein += goldstein // a sum until ranked
}

// ranked returns the first n partners by events, then code, with mean Goldstein scores.
func (a *partnerAcc) ranked(n int) []Partner {
	ps := a.ps
	if ps == nil {
		ps = []Partner{}
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
