package source

import (
	"io"
	"time"

	"github.com/dyadproject/dyad"
)

// Input formats. Auto (the empty string) sniffs the format from the content.
const (
	Auto  = ""
	Text  = "text"
	JSONL = "jsonl"
	HTML  = "html"
	WARC  = "warc"
)

// Formats lists the formats Options.Format accepts besides Auto.
var Formats = []string{Text, JSONL, HTML, WARC}

// DefaultMaxSize is the default limit on the size of one document: a text or
// HTML file, a JSON line or a WARC payload.
const DefaultMaxSize = 10 << 20

// Options control reading. The zero value sniffs formats, uses no default
// date and limits documents to DefaultMaxSize bytes.
type Options struct {
	Format  string    // Auto, Text, JSONL, HTML or WARC; applies to every input
	Date    time.Time // date of documents whose input gives none (e.g. --date)
	Source  string    // source name of documents whose input gives none
	MaxSize int64     // per-document byte limit; 0 means DefaultMaxSize
	Stdin   io.Reader // read for the path "-"; nil reads nothing
	Workers int       // pages of a WARC file extracted at once; 0 or 1: one at a time
}

func (o Options) maxSize() int64 {
	if o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// ValidFormat reports whether f names a format Options.Format accepts.
func ValidFormat(f string) bool {
	if f == Auto {
		return true
	}
	for _, g := range Formats {
		if f == g {
			return true
		}
	}
	return false
}

// EmitFunc receives each document read. Returning an error stops reading and
// the error is returned by Walk or Read.
type EmitFunc func(*dyad.Document) error

// RejectFunc receives each input or record that did not become a document.
type RejectFunc func(dyad.Reject)
