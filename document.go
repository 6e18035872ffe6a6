package dyad

import (
	"sort"
	"time"
)

// Document is one input text: a news story, a web page, a JSON line, a WARC
// record or a validation record set. Text is what the coder reads (after
// repair); Original holds the input bytes it came from when they differ.
type Document struct {
	ID     string            `json:"id"`               // stable: given id, else a content hash
	URL    string            `json:"url,omitempty"`    // where the story was published
	Title  string            `json:"title,omitempty"`  // headline
	Source string            `json:"source,omitempty"` // publisher or feed name
	Date   time.Time         `json:"date"`             // publication date; zero when unknown
	Lang   string            `json:"lang,omitempty"`   // ISO 639-1 code when identified
	Text   string            `json:"text"`             // the text to code
	Meta   map[string]string `json:"meta,omitempty"`   // other input fields, kept as given

	// Provenance of the document in its input.
	Input       string `json:"input,omitempty"`        // file name or "-" for stdin
	InputOffset int64  `json:"input_offset,omitempty"` // byte offset of the record in Input
	Format      string `json:"format,omitempty"`       // reader that produced it: text, jsonl, html, warc, petrxml

	// Original is the text before repair; empty when repair changed nothing.
	// Align maps byte offsets in Text back to offsets in Original.
	Original string  `json:"original,omitempty"`
	Align    []Piece `json:"align,omitempty"`

	Cluster string `json:"cluster,omitempty"` // story cluster of near-duplicates
	// Signature is the near-duplicate signature the cluster was found with
	// (package dedup), kept by stores that implement StoryStore so that a
	// later run can join copies of the story.
	Signature []byte   `json:"-"`
	Quality   *Quality `json:"quality,omitempty"` // what repair found and did

	Sentences []Sentence `json:"sentences,omitempty"` // set by segmentation, or by readers of pre-split input
}

// Piece says that Text[Text:Text+Len] was copied from Original[Orig:Orig+Len].
// Bytes of Text outside every piece were produced by repair (a restored letter,
// an inserted paragraph break); they map to the original position of the piece
// before them. Pieces are sorted by Text and do not overlap.
type Piece struct {
	Text int `json:"t"`
	Orig int `json:"o"`
	Len  int `json:"n"`
}

// OriginalOffset maps a byte offset in d.Text to the matching offset in the
// input text (d.Original, or d.Text itself when repair changed nothing).
func (d *Document) OriginalOffset(off int) int {
	if len(d.Align) == 0 {
		return off
	}
	i := sort.Search(len(d.Align), func(i int) bool { return d.Align[i].Text > off }) - 1
	if i < 0 {
		return d.Align[0].Orig
	}
	p := d.Align[i]
	if off-p.Text <= p.Len {
		return p.Orig + off - p.Text
	}
	return p.Orig + p.Len
}

// OriginalSpan maps a span of d.Text to the bytes of the input text. When
// repair joined pieces that are apart or out of order in the input (reordered
// fragments), the span is that of the first piece; OriginalSpans gives all.
func (d *Document) OriginalSpan(s Span) Span {
	parts := d.OriginalSpans(s)
	if len(parts) == 0 {
		o := d.OriginalOffset(s.Start)
		return Span{o, o}
	}
	return parts[0]
}

// OriginalSpans maps a span of d.Text to the ranges of input bytes it was
// copied from, in the order of d.Text; contiguous ranges are merged. Bytes
// that repair inserted (a restored letter, a paragraph break) have no input
// bytes of their own and are left out.
func (d *Document) OriginalSpans(s Span) []Span {
	if len(d.Align) == 0 {
		return []Span{s}
	}
	var out []Span
	i := sort.Search(len(d.Align), func(i int) bool { return d.Align[i].Text+d.Align[i].Len > s.Start })
	for ; i < len(d.Align) && d.Align[i].Text < s.End; i++ {
		p := d.Align[i]
		lo, hi := max(s.Start, p.Text), min(s.End, p.Text+p.Len)
		if lo >= hi {
			continue
		}
		o := Span{p.Orig + lo - p.Text, p.Orig + hi - p.Text}
		if n := len(out); n > 0 && out[n-1].End == o.Start {
			out[n-1].End = o.End
			continue
		}
		out = append(out, o)
	}
	return out
}

// Quality is the per-document repair report: what was detected and changed.
type Quality struct {
	Steps    []RepairStep `json:"steps,omitempty"`
	Flags    []string     `json:"flags,omitempty"` // problems noticed but not fixed, e.g. "scrambled"
	Language string       `json:"language,omitempty"`
	Score    float64      `json:"score"` // 1 = clean input
}

// RepairStep records one repair applied to a document.
type RepairStep struct {
	Name    string `json:"name"`              // e.g. "mojibake", "shifted-letters", "spam-title"
	Count   int    `json:"count"`             // how many places it changed
	Detail  string `json:"detail,omitempty"`  // e.g. "offset 0xE9"
	Example string `json:"example,omitempty"` // one before→after sample
}

// Sentence is one sentence of a document.
type Sentence struct {
	Doc   string    `json:"doc"`            // document id
	Index int       `json:"index"`          // 0-based position in the document
	ID    string    `json:"id"`             // DOCID#N (N = Index+1), or the record id of pre-split input
	Text  string    `json:"text"`           // the sentence text
	Span  Span      `json:"span"`           // bytes of Document.Text
	Date  time.Time `json:"date,omitempty"` // date used to choose date-restricted codes
	Parse string    `json:"parse,omitempty"`
}

// Reject records an input that could not be coded, with where and why; nothing
// read is dropped silently.
type Reject struct {
	Input  string `json:"input"`            // file name
	Offset int64  `json:"offset"`           // byte offset of the record in the input
	Line   int    `json:"line,omitempty"`   // line number for line-oriented inputs
	DocID  string `json:"doc,omitempty"`    // when the document got as far as an id
	Reason string `json:"reason"`           // why it was rejected
	Kind   string `json:"kind"`             // "rejected" or "skipped" (e.g. non-English)
	Detail string `json:"detail,omitempty"` // e.g. the language found
}
