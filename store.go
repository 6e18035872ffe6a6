package dyad

import (
	"context"
	"time"
)

// EventStore keeps coded documents, their sentences and events, and answers
// questions about them. Package sqlite implements it on an embedded file; other
// back ends (PostgreSQL) implement the same contract and run the same
// conformance suite (package storetest).
//
// Writes are idempotent by document id: storing a document that is already
// stored adds nothing. Each PutResults call is atomic, so a run killed at any
// moment leaves whole documents only and can simply be run again.
//
// Events are deduplicated: every coded dyad.Event is a Mention; mentions with
// the same (story cluster, source, target, code, event day) are one
// StoredEvent that counts its mentions, articles (distinct documents) and
// sources (distinct Document.Source), as GDELT does. A document without a
// cluster is its own cluster.
type EventStore interface {
	// BeginRun records the start of an ingest run and returns its id.
	BeginRun(ctx context.Context, r Run) (int64, error)
	// FinishRun records the end of a run and its counts.
	FinishRun(ctx context.Context, id int64, s RunSummary) error

	// HasDocument reports whether a document (coded or rejected) is stored.
	HasDocument(ctx context.Context, id string) (bool, error)
	// PutResults stores a batch of processed documents — each with its
	// sentences and events, or its reject — in one transaction. Documents
	// already stored are skipped; it returns how many were newly stored.
	PutResults(ctx context.Context, run int64, rs []*Result) (int, error)
	// PutReject records an input that never became a document (a bad record,
	// an unreadable file). Recording the same reject twice stores it once;
	// mine reports whether it is recorded under run — stored now, or by an
	// earlier call of the same run — and is false when another run recorded
	// it first, so that a caller counts it once across runs (a queue
	// message redelivered to a second worker, a file ingested again).
	PutReject(ctx context.Context, run int64, r Reject) (mine bool, err error)

	// Events returns the events matching f, newest first (date, then id,
	// descending), and the cursor of the next page ("" after the last page).
	Events(ctx context.Context, f EventFilter) ([]StoredEvent, string, error)
	// Event returns one event with all its mentions; ENOTFOUND if absent.
	Event(ctx context.Context, id int64) (*StoredEvent, error)
	// Trend counts the events matching q.Filter per interval.
	Trend(ctx context.Context, q TrendQuery) ([]TrendPoint, error)
	// TopDyads returns the n (source, target) pairs with most events whose
	// date lies in [since, until]; zero times leave that side open.
	TopDyads(ctx context.Context, since, until time.Time, n int) ([]DyadCount, error)
	// Actors returns up to n actor codes starting with q (case-insensitive),
	// or whose mention text contains q, most frequent first.
	Actors(ctx context.Context, q string, n int) ([]ActorCount, error)
	// Document returns a stored document with its text, sentences and the
	// mentions coded from it; ENOTFOUND if absent.
	Document(ctx context.Context, id string) (*StoredDocument, error)
	// Rejects returns up to n recorded rejects, of one run when run > 0.
	Rejects(ctx context.Context, run int64, n int) ([]Reject, error)
	// Stats counts what the store holds.
	Stats(ctx context.Context) (StoreStats, error)

	Close() error
}

// StoryStore is implemented by stores that keep each document's story
// signature (Document.Signature). An ingest run puts the documents of earlier
// runs back into its near-duplicate index, so that a copy of a story read on
// another day joins the story's cluster instead of counting as a new event.
type StoryStore interface {
	// Stories calls fn, oldest first, for each stored document that has a
	// signature and was stored by a finished run or by a run before the
	// last finished one (a killed run's documents wait for the run that
	// resumes it, so that resuming codes as an uninterrupted run would).
	// With days > 0 only documents published within days of the newest
	// such document are given, and undated ones are not.
	Stories(ctx context.Context, days int, fn func(Story) error) error
}

// Story is a stored document's place in a story cluster.
type Story struct {
	Doc       string    `json:"doc"`
	Cluster   string    `json:"cluster"`
	Date      time.Time `json:"date"` // publication date; zero when unknown
	Signature []byte    `json:"signature"`
}

// Run describes one ingest run.
type Run struct {
	Started     time.Time `json:"started"`
	Inputs      []string  `json:"inputs"`
	Version     string    `json:"version,omitempty"`      // dyad version
	DictVersion string    `json:"dict_version,omitempty"` // dictionary set and learned model the coder used
}

// RunSummary is what a run did, written by FinishRun.
type RunSummary struct {
	Finished  time.Time     `json:"finished"`
	Read      int           `json:"read"`     // documents read from the inputs
	Coded     int           `json:"coded"`    // documents processed and stored
	Rejected  int           `json:"rejected"` // documents or records rejected
	Skipped   int           `json:"skipped"`  // already stored before the run
	Sentences int           `json:"sentences"`
	Events    int           `json:"events"` // mentions coded (before deduplication)
	Elapsed   time.Duration `json:"elapsed"`
}

// EventFilter selects events. Zero fields select everything. Field names
// follow the flags of "dyad query".
type EventFilter struct {
	Source string    `json:"source,omitempty"` // actor code prefix: "CHN" matches "CHNMIL"
	Target string    `json:"target,omitempty"` // actor code prefix
	Actor  string    `json:"actor,omitempty"`  // actor code prefix on either side
	Code   string    `json:"code,omitempty"`   // CAMEO code prefix: "04" matches "042"
	Root   string    `json:"root,omitempty"`   // two-digit root code
	Quad   int       `json:"quad,omitempty"`   // 1..4
	Since  time.Time `json:"since,omitempty"`  // event date on or after
	Until  time.Time `json:"until,omitempty"`  // event date on or before
	Text   string    `json:"text,omitempty"`   // full-text query over the sentences of the mentions
	Topic  string    `json:"topic,omitempty"`  // topic or a child of it: "ARMS" matches "ARMS/DRONE" (case-insensitive)
	Limit  int       `json:"limit,omitempty"`  // page size; <= 0 means DefaultLimit
	Cursor string    `json:"cursor,omitempty"` // from the previous page
}

// DefaultLimit is the page size when EventFilter.Limit is not set; MaxLimit caps it.
const (
	DefaultLimit = 100
	MaxLimit     = 10000
)

// StoredEvent is a deduplicated event with its counts. Mention is the
// representative mention (the one with the smallest id), so an event has
// a sentence to show; Event fills Mentions with all of them.
type StoredEvent struct {
	ID            int64     `json:"id"`
	Cluster       string    `json:"cluster"`
	Source        string    `json:"source"` // actor codes
	Target        string    `json:"target"`
	Code          Code      `json:"code"`
	Root          string    `json:"root"`
	Quad          int       `json:"quad"`
	Goldstein     float64   `json:"goldstein"`
	Name          string    `json:"name,omitempty"`
	PLOVER        string    `json:"plover,omitempty"`
	Date          time.Time `json:"date"`
	DatePrecision string    `json:"date_precision,omitempty"`
	Location      *Location `json:"location,omitempty"`
	Topics        []string  `json:"topics,omitempty"`
	Added         time.Time `json:"added"` // earliest publication date of its documents
	NumMentions   int       `json:"num_mentions"`
	NumSources    int       `json:"num_sources"`
	NumArticles   int       `json:"num_articles"`
	Mention       Mention   `json:"mention"`
	Mentions      []Mention `json:"mentions,omitempty"`
}

// Mention is one coded report of an event: the dyad.Event as the coder made
// it (with the sentence text, actor, verb and pattern provenance and byte
// spans into Document.Text), and where its document came from.
type Mention struct {
	Event
	EventID      int64     `json:"event_id"`
	SentenceSpan Span      `json:"sentence_span"` // bytes of Document.Text
	DocSource    string    `json:"doc_source,omitempty"`
	DocURL       string    `json:"doc_url,omitempty"`
	DocTitle     string    `json:"doc_title,omitempty"`
	DocDate      time.Time `json:"doc_date"`
	Run          int64     `json:"run"`
	DictVersion  string    `json:"dict_version,omitempty"` // the run's: dictionary set and learned model
}

// Trend intervals and splits.
const (
	IntervalDay   = "day"
	IntervalWeek  = "week" // weeks start on Monday
	IntervalMonth = "month"
	IntervalYear  = "year"

	SplitNone = "none"
	SplitRoot = "root"
	SplitQuad = "quad"
	// SplitTopic counts an event once under each topic it carries (only
	// those under Filter.Topic when that is set); events without a topic
	// are left out.
	SplitTopic = "topic"
)

// TrendQuery asks for event counts per interval. Limit and Cursor of the
// filter are ignored.
type TrendQuery struct {
	Filter   EventFilter `json:"filter"`
	Interval string      `json:"interval"` // day, week, month (default) or year
	Split    string      `json:"split"`    // none (default), root, quad or topic
}

// TrendPoint is the count for one interval (and one root or quad with a split),
// in order of Period then Key.
type TrendPoint struct {
	Period    time.Time `json:"period"` // first day of the interval
	Key       string    `json:"key,omitempty"`
	Events    int       `json:"events"`
	Mentions  int       `json:"mentions"`
	Goldstein float64   `json:"goldstein"` // mean over the events
}

// DyadCount is one (source, target) pair and its events.
type DyadCount struct {
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Events    int     `json:"events"`
	Mentions  int     `json:"mentions"`
	Goldstein float64 `json:"goldstein"` // mean
}

// EventSummary counts the events a filter matches: how many, their
// mentions, and the dates of the earliest and latest dated one (zero when
// none is dated). Stores that answer it in one query implement
// Summarize(ctx, EventFilter) (EventSummary, error).
type EventSummary struct {
	Events   int       `json:"events"`
	Mentions int       `json:"mentions"`
	First    time.Time `json:"first"`
	Last     time.Time `json:"last"`
}

// ActorCount is an actor code and how often it occurs.
type ActorCount struct {
	Code     string `json:"code"`
	Name     string `json:"name,omitempty"` // most frequent text naming it
	AsSource int    `json:"as_source"`
	AsTarget int    `json:"as_target"`
}

// StoredDocument is a stored document (its Sentences set) with the mentions
// coded from it, or the reject that stopped it.
type StoredDocument struct {
	Document
	Run      int64     `json:"run"`
	Reject   *Reject   `json:"reject,omitempty"`
	Mentions []Mention `json:"mentions,omitempty"`
}

// StoreStats counts what a store holds.
type StoreStats struct {
	Documents     int       `json:"documents"` // coded
	Rejected      int       `json:"rejected"`  // documents stored as rejected
	Rejects       int       `json:"rejects"`   // all rejects, including records that never became documents
	Sentences     int       `json:"sentences"`
	Events        int       `json:"events"`
	Mentions      int       `json:"mentions"`
	Runs          int       `json:"runs"`
	First         time.Time `json:"first"` // earliest event date
	Last          time.Time `json:"last"`
	SchemaVersion int       `json:"schema_version"`
}
