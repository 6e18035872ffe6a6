package dyad

import (
	"iter"
	"time"
)

// Code is a CAMEO event code: two to four digits ("04", "042", "1721"). Dictionaries
// may define codes outside the CAMEO table; they are carried through unchanged.
type Code string

// Root returns the two-digit root of the code ("042" → "04").
func (c Code) Root() string {
	if len(c) < 2 {
		return string(c)
	}
	return string(c[:2])
}

// Actor is one side of an event: a CAMEO actor code and where it came from.
type Actor struct {
	Code string `json:"code"`           // e.g. "CHNMIL", "IRNGOV"
	Text string `json:"text,omitempty"` // the words that named it
	Span Span   `json:"span"`           // bytes of Document.Text
	// Provenance: the dictionary entry that matched and, for date-restricted
	// codes, the range in force on the sentence date.
	Entry string `json:"entry,omitempty"`
	Dict  string `json:"dict,omitempty"`
	Since string `json:"since,omitempty"`
	Until string `json:"until,omitempty"`
	// Resolved names the mention a pronoun, title or capital was resolved from.
	Resolved string `json:"resolved,omitempty"`
	// Also are the other mentions this side stands for: a sentence keeps one
	// event per (source, target, code) triple, so "met President Raisi and
	// Defence Minister Ashtiani" is one CHNMIL → IRNGOV 040 whose target is
	// Raisi, with Ashtiani here, each with its own span, entry and term.
	// They sit on the side rather than as a list of events on the event
	// because each side gathers its own (a copy may differ from the kept
	// event only in its target) and because every reader of actors — the
	// stores, the exporters, the dashboard — then finds them where it
	// already looks. One level deep: an Also actor has no Also of its own.
	// Nil for almost every event.
	Also []Actor `json:"also,omitempty"`
}

// Mentions yields the mention a side names first, then those it stands
// for besides (Also), so that a reader counting a side's actors (the
// stores' actors tables) counts every person it names in one loop.
func (a Actor) Mentions() iter.Seq[Actor] {
	return func(yield func(Actor) bool) {
		if !yield(a) {
			return
		}
		for _, x := range a.Also {
			if !yield(x) {
				return
			}
		}
	}
}

// Location is where an event took place, as far as the text says.
type Location struct {
	Country string  `json:"country"`         // ISO 3166-1 alpha-3
	Place   string  `json:"place,omitempty"` // city or region name as written; for a landmark ("the Kremlin"), the city it stands in
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	Span    Span    `json:"span"`
}

// Event is one coded event: who did what to whom, when and where, with the
// bytes it came from.
type Event struct {
	ID         string `json:"id"`          // sentence id, then "/k" for the k-th event of it
	Doc        string `json:"doc"`         // document id
	SentenceID string `json:"sentence_id"` // Sentence.ID
	Sentence   int    `json:"sentence_index"`

	Source Actor `json:"source"`
	Target Actor `json:"target"`
	Code   Code  `json:"code"`

	// Codebook fields, filled from the code.
	Root      string  `json:"root"`
	Quad      int     `json:"quad"` // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
	Goldstein float64 `json:"goldstein"`
	PLOVER    string  `json:"plover,omitempty"`
	Name      string  `json:"name,omitempty"`

	Date          time.Time `json:"date"`
	DatePrecision string    `json:"date_precision,omitempty"`
	DateText      string    `json:"date_text,omitempty"`
	Location      *Location `json:"location,omitempty"`

	Verb     Span     `json:"verb"` // bytes of Document.Text
	VerbText string   `json:"verb_text,omitempty"`
	Pattern  string   `json:"pattern,omitempty"` // the dictionary entry that fired, "file:line: text"
	Topics   []string `json:"topics,omitempty"`
	Text     string   `json:"text"` // the sentence
	Cluster  string   `json:"cluster,omitempty"`
}
