package clean

import (
	"github.com/dyadproject/dyad"
)

// Options adjust a repair. The zero value runs every step.
type Options struct {
	// Disable names steps not to run: any of Steps(), "reversed-order"
	// (keep the order found but still rejoin fragments) or "language".
	Disable []string
	// LangSample is how many bytes of the repaired text language
	// identification reads; 0 means 1024.
	LangSample int
	// Names are the country, capital and demonym names the name-case step
	// restores capitals to (NewNames), with surnames for lost first letters
	// (NewNamesWith); nil: the step does nothing. The stages are composed
	// with the gazetteer's and the dictionaries' (pipeline.DefaultNames).
	Names *Names
}

func (o Options) disabled(name string) bool {
	for _, d := range o.Disable {
		if d == name {
			return true
		}
	}
	return false
}

// run is the state of one repair: the options and the report being built.
type run struct {
	opts Options
	q    *dyad.Quality
	// The lines of the text last split, for the next step that reads
	// lines: most steps change nothing, so six steps would split the same
	// text six times. The slice is only read.
	split     []line
	splitText string
	splitOK   bool
}

// lines returns the lines of s, split once while s stays the same.
func (r *run) lines(s string) []line {
	if !r.splitOK || s != r.splitText {
		r.split, r.splitText, r.splitOK = splitLines(s), s, true
	}
	return r.split
}

// A step is one repair: it returns the edit it made to s, or nil when s
// needs no change. Steps that find problems they do not fix add flags to r.q.
type step struct {
	name string
	fn   func(s string, r *run) *edit
}

// steps is the repair, in order. Encoding problems come first because the
// later steps read characters. Order is repaired before shifted letters and
// paragraph breaks because the damaged fragments carry the glued paragraph
// marks inside them: a break restored earlier would cut a fragment in two.
var steps = []step{
	{"encoding", fixEncoding},
	{"mojibake", fixMojibake},
	{"unicode-nfc", fixNFC},
	{"control-chars", fixControls},
	{"html-markup", fixMarkup},
	{"whitespace", fixSpace},
	{"spam-line", dropSpam},
	{"boilerplate", dropBoilerplate},
	{"navigation", dropNavigation},
	{"label-prefix", dropLabels},
	{"wire-prefix", dropWirePrefix},
	{"photo-credit", dropCredit},
	{"widget-prefix", dropWidget},
	{"headline-prefix", dropHeadline},
	{"whitespace", fixSpace},
	{"line-wraps", fixWraps},
	{"duplicate-paragraphs", dropDuplicates},
	{"whitespace", fixSpace},
	{"sentence-order", fixOrder},
	{"shifted-letters", fixShifted},
	{"paragraph-breaks", fixGlued},
	{"name-case", fixNameCase},
}

// Steps returns the names of the repair steps in the order they run. The
// report names what sentence-order did "reversed-order" and "fragments".
func Steps() []string {
	var names []string
	seen := map[string]bool{}
	for _, s := range steps {
		if !seen[s.name] {
			seen[s.name] = true
			names = append(names, s.name)
		}
	}
	return names
}

// Repair repairs doc.Text in place. When anything changed it keeps the input
// in doc.Original (unless Original was already set by an earlier repair) and
// sets doc.Align so that doc.OriginalOffset maps every byte of the repaired
// text back to the input. It sets doc.Quality and, when the language is
// identified reliably, doc.Lang.
func Repair(doc *dyad.Document, opts Options) {
	r := &run{opts: opts, q: &dyad.Quality{}}
	text := doc.Text
	align := doc.Align
	identity := doc.Original == ""
	for _, s := range steps {
		if opts.disabled(s.name) {
			continue
		}
		e := s.fn(text, r)
		if e == nil {
			continue
		}
		align = compose(align, identity, e.pieces)
		identity = false
		text = e.text()
		r.record(s.name, e)
	}
	if !identity {
		if doc.Original == "" {
			doc.Original = doc.Text
		}
		doc.Align = align
		if len(doc.Align) == 0 {
			// Nothing of the input survived; keep the map non-empty so
			// OriginalOffset does not take the text as the original.
			doc.Align = []dyad.Piece{{Text: 0, Orig: 0, Len: 0}}
		}
	}
	doc.Text = text
	if !opts.disabled("language") {
		identify(doc, r, opts.LangSample)
	}
	r.q.Score = score(doc, r.q)
	doc.Quality = r.q
}

// record adds an edit's counts to the report, merging steps of one name.
func (r *run) record(name string, e *edit) {
	add := func(st dyad.RepairStep) {
		if st.Count == 0 {
			return
		}
		for i := range r.q.Steps {
			if r.q.Steps[i].Name == st.Name {
				r.q.Steps[i].Count += st.Count
				return
			}
		}
		r.q.Steps = append(r.q.Steps, st)
	}
	add(dyad.RepairStep{Name: name, Count: e.count, Detail: e.detail, Example: e.example})
	for _, st := range e.extra {
		add(st)
	}
}

// flag adds a problem noticed but not fixed.
func (r *run) flag(f string) {
	for _, g := range r.q.Flags {
		if g == f {
			return
		}
	}
	r.q.Flags = append(r.q.Flags, f)
}

// score rates the input from 1 (nothing to repair) down to 0: it loses for
// each kind of repair, for the share of bytes removed or produced, and most
// for problems flagged but not fixed.
func score(doc *dyad.Document, q *dyad.Quality) float64 {
	s := 1.0 - 0.05*float64(len(q.Steps)) - 0.25*float64(len(q.Flags))
	if doc.Original != "" {
		copied := 0
		for _, p := range doc.Align {
			copied += p.Len
		}
		if n := len(doc.Original); n > 0 {
			s -= 0.5 * float64(n-copied) / float64(n)
		}
		if n := len(doc.Text); n > 0 {
			s -= 0.5 * float64(n-copied) / float64(n)
		}
	}
	return max(0, min(1, s))
}
