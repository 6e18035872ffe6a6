package http

import (
	"net/http"
	"strconv"

	"github.com/dyadproject/dyad"
)

// EventsPage is the body of GET /api/events.
type EventsPage struct {
	Events []dyad.StoredEvent `json:"events"`
	Next   string             `json:"next,omitempty"` // cursor of the next page
}

// EventView is the body of GET /api/events/{id}: the event with all its
// mentions, and each mention's sentence cut into highlighted segments.
type EventView struct {
	*dyad.StoredEvent
	Sentences []SentenceView `json:"sentences"`
}

// SentenceView is the sentence of one mention, with where it came from.
type SentenceView struct {
	Mention    string    `json:"mention"` // dyad.Event.ID
	Doc        string    `json:"doc"`
	SentenceID string    `json:"sentence_id"`
	Title      string    `json:"title,omitempty"`
	URL        string    `json:"url,omitempty"`
	Source     string    `json:"doc_source,omitempty"`
	Date       string    `json:"doc_date,omitempty"`
	Text       string    `json:"text"`
	Marks      []Mark    `json:"marks"` // bytes of Text
	Segments   []Segment `json:"segments"`
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query())
	f := p.filter(true)
	if err := p.done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	evs, next, err := s.Store.Events(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if evs == nil {
		evs = []dyad.StoredEvent{}
	}
	writeJSON(w, http.StatusOK, EventsPage{Events: evs, Next: next})
}

func (s *Server) handleEvent(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.writeError(w, r, dyad.Errorf(dyad.EINVALID, "parameter \"id\": %q is not an event id (a positive whole number)", r.PathValue("id")))
		return
	}
	if err := newParams(r.URL.Query()).done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	ev, err := s.Store.Event(r.Context(), id)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, eventView(ev))
}

func eventView(ev *dyad.StoredEvent) EventView {
	ms := ev.Mentions
	if len(ms) == 0 {
		ms = []dyad.Mention{ev.Mention}
	}
	v := EventView{StoredEvent: ev, Sentences: make([]SentenceView, 0, len(ms))}
	for i := range ms {
		m := &ms[i]
		if m.EventID == 0 {
			m.EventID = ev.ID
		}
		marks := mentionMarks(m)
		sv := SentenceView{
			Mention:    m.ID,
			Doc:        m.Doc,
			SentenceID: m.SentenceID,
			Title:      m.DocTitle,
			URL:        safeURL(m.DocURL),
			Source:     m.DocSource,
			Text:       m.Text,
			Marks:      marks,
			Segments:   segments(m.Text, marks),
		}
		if !m.DocDate.IsZero() {
			sv.Date = m.DocDate.Format(dyad.DateLayout)
		}
		v.Sentences = append(v.Sentences, sv)
	}
	return v
}
