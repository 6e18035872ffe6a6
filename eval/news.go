package eval

import (
	"bufio"
	"context"
	"fmt"
	"hash/crc32"
	"io"
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
)

// NewsRow is one expected event of the real-news regression set
// (testdata/news/cameo_examples.tsv): the sentence it comes from and the
// (source, target, code) an expert coder found in it.
type NewsRow struct {
	ID         string
	Code       string
	Source     string
	Target     string
	Confidence string // high, medium or low
	Date       string // estimated story date, YYYY-MM-DD; may be empty
	Sentence   string
	Note       string
}

// NewsExample is one sentence of the news set with all its expected events.
type NewsExample struct {
	ID       string
	Sentence string
	Date     string
	Gold     []Triple
	Rows     []NewsRow
}

// NoEvent in the code, source and target of a news row marks a sentence
// that holds no codeable event.
const NoEvent = "-"

// NoEventCategory is the category NewsCases gives a sentence with no
// expected event.
const NoEventCategory = "none"

// newsColumns are the columns ReadNews requires; any others are ignored.
var newsColumns = []string{"id", "code", "source", "target", "sentence"}

// maxNewsLine bounds one line of a news file.
const maxNewsLine = 1 << 20

// ReadNews reads a tab-separated news set: '#' lines are comments, the first
// other line is the header naming the columns (id, code, source, target,
// sentence required; confidence, date, note optional). Rows with the same id
// must carry the same sentence and follow one another. A row whose code,
// source and target are all "-" says the sentence holds no codeable event:
// it is scored (every event predicted for it is a false positive) but adds
// nothing to the gold count, and it must be the sentence's only row.
func ReadNews(r io.Reader) ([]NewsExample, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxNewsLine)
	var (
		col  map[string]int
		out  []NewsExample
		seen = map[string]bool{}
		n    int
	)
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if col == nil {
			col = map[string]int{}
			for i, name := range f {
				col[strings.TrimSpace(name)] = i
			}
			for _, name := range newsColumns {
				if _, ok := col[name]; !ok {
					return nil, fmt.Errorf("news: line %d: header lacks column %q", n, name)
				}
			}
			continue
		}
		get := func(name string) string {
			i, ok := col[name]
			if !ok || i >= len(f) {
				return ""
			}
			return strings.TrimSpace(f[i])
		}
		row := NewsRow{
			ID: get("id"), Code: get("code"), Source: get("source"), Target: get("target"),
			Confidence: get("confidence"), Date: get("date"), Sentence: get("sentence"), Note: get("note"),
		}
		if row.ID == "" || row.Code == "" || row.Source == "" || row.Target == "" || row.Sentence == "" {
			return nil, fmt.Errorf("news: line %d: id, code, source, target and sentence must not be empty", n)
		}
		none := row.Code == NoEvent
		if none != (row.Source == NoEvent) || none != (row.Target == NoEvent) {
			return nil, fmt.Errorf("news: line %d: %s: a no-event row has %q in code, source and target alike", n, row.ID, NoEvent)
		}
		var gold []Triple
		if !none {
			gold = []Triple{{Source: row.Source, Target: row.Target, Code: row.Code}}
		}
		if k := len(out) - 1; k >= 0 && out[k].ID == row.ID {
			if out[k].Sentence != row.Sentence {
				return nil, fmt.Errorf("news: line %d: %s has two different sentences", n, row.ID)
			}
			if none || len(out[k].Gold) == 0 {
				return nil, fmt.Errorf("news: line %d: %s has a no-event row beside other rows", n, row.ID)
			}
			out[k].Gold = append(out[k].Gold, gold...)
			out[k].Rows = append(out[k].Rows, row)
			continue
		}
		if seen[row.ID] {
			return nil, fmt.Errorf("news: line %d: rows of %s are not together", n, row.ID)
		}
		seen[row.ID] = true
		out = append(out, NewsExample{ID: row.ID, Sentence: row.Sentence, Date: row.Date, Gold: gold, Rows: []NewsRow{row}})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("news: line %d: %w", n+1, err)
	}
	if col == nil {
		return nil, fmt.Errorf("news: no header")
	}
	return out, nil
}

// NewsReport scores a news set three ways: exact (source, target, code)
// triples; the right code family (two-digit root) with the right actors; and
// the right family with the right countries (the first three letters of each
// actor code). Errors sorts the exact level's errors by kind (see Errors).
type NewsReport struct {
	Exact   *Report      `json:"exact"`
	Family  *Report      `json:"family"`
	Country *Report      `json:"country"`
	Errors  []ErrorCount `json:"errors"`
	// Patterns is ByPattern's account of the exact level, when asked for.
	Patterns []PatternCount `json:"patterns,omitempty"`
}

// ScoreNews scores cases (Category is the gold code's root, or any grouping
// the caller likes) at the three levels of NewsReport.
func ScoreNews(cases []Case) *NewsReport {
	return &NewsReport{
		Exact:   Evaluate(cases),
		Family:  Evaluate(mapCases(cases, FamilyTriple)),
		Country: Evaluate(mapCases(cases, CountryTriple)),
		Errors:  Errors(cases),
	}
}

// FamilyTriple keeps the actors and cuts the code to its two-digit root.
func FamilyTriple(t Triple) Triple {
	return Triple{Source: t.Source, Target: t.Target, Code: root(t.Code)}
}

// CountryTriple cuts the actors to their first three letters (the country,
// or IGO/NGO and the like) and the code to its root.
func CountryTriple(t Triple) Triple {
	return Triple{Source: prefix(t.Source, 3), Target: prefix(t.Target, 3), Code: root(t.Code)}
}

func root(code string) string { return prefix(code, 2) }

func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func mapCases(cases []Case, f func(Triple) Triple) []Case {
	out := make([]Case, len(cases))
	for i, c := range cases {
		c.Gold = mapTriples(c.Gold, f)
		c.Predicted = mapTriples(c.Predicted, f)
		out[i] = c
	}
	return out
}

func mapTriples(ts []Triple, f func(Triple) Triple) []Triple {
	if ts == nil {
		return nil
	}
	out := make([]Triple, len(ts))
	for i, t := range ts {
		out[i] = f(t)
	}
	return out
}

// NewsCases builds the scoring cases of a news set; predict returns the
// events predicted for one example (or an error, kept in Case.Error). The
// category of a case is the root of its first expected code, or
// NoEventCategory for a sentence expected to hold none.
func NewsCases(exs []NewsExample, predict func(ex *NewsExample) ([]Triple, error)) []Case {
	return NewsPatternCases(exs, func(ex *NewsExample) ([]Triple, []string, error) {
		pred, err := predict(ex)
		return pred, nil, err
	})
}

// NewsPatternCases is NewsCases for a predict function that also names the
// pattern that coded each event (ProcessorPatterns): the cases keep them in
// Case.Patterns, for ByPattern.
func NewsPatternCases(exs []NewsExample, predict func(ex *NewsExample) ([]Triple, []string, error)) []Case {
	cases := make([]Case, 0, len(exs))
	for i := range exs {
		ex := &exs[i]
		c := Case{ID: ex.ID, Category: NoEventCategory, Gold: ex.Gold}
		if len(ex.Gold) > 0 {
			c.Category = root(ex.Gold[0].Code)
		}
		pred, patterns, err := predict(ex)
		if err != nil {
			c.Error = err.Error()
		}
		c.Predicted, c.Patterns = pred, patterns
		cases = append(cases, c)
	}
	return cases
}

// AnnotationPredict scores a second annotation of a news set as if it were
// a coder's output, to measure how far two annotators agree: it returns the
// examples of exs that other annotates too (other may cover part of the
// set), and a predict function giving other's events for each. Every
// example of other must be one of exs with the same sentence: an id typed
// wrong would otherwise drop an example silently.
func AnnotationPredict(exs, other []NewsExample) ([]NewsExample, func(ex *NewsExample) ([]Triple, error), error) {
	byID := make(map[string]*NewsExample, len(other))
	for i := range other {
		byID[other[i].ID] = &other[i]
	}
	var kept []NewsExample
	for _, ex := range exs {
		if o := byID[ex.ID]; o != nil {
			if o.Sentence != ex.Sentence {
				return nil, nil, fmt.Errorf("%s: the sentence differs from the set's", ex.ID)
			}
			kept = append(kept, ex)
		}
	}
	if len(kept) < len(byID) {
		for _, o := range other {
			if !slices.ContainsFunc(kept, func(ex NewsExample) bool { return ex.ID == o.ID }) {
				return nil, nil, fmt.Errorf("%s: not in the set", o.ID)
			}
		}
	}
	predict := func(ex *NewsExample) ([]Triple, error) {
		if o := byID[ex.ID]; o != nil {
			return o.Gold, nil
		}
		return nil, fmt.Errorf("%s: not annotated", ex.ID)
	}
	return kept, predict, nil
}

// ProcessorPredict returns a predict function that codes each example as a
// one-sentence document, dated with the example's story date, through proc
// (the raw-text pipeline): the "dyad eval --news" figure.
func ProcessorPredict(ctx context.Context, proc dyad.Processor) func(ex *NewsExample) ([]Triple, error) {
	predict := ProcessorPatterns(ctx, proc)
	return func(ex *NewsExample) ([]Triple, error) {
		pred, _, err := predict(ex)
		return pred, err
	}
}

// ProcessorPatterns is ProcessorPredict that also returns, for each event,
// the pattern that coded it (dyad.Event.Pattern: "file:line: text", or a
// coder rule's name).
func ProcessorPatterns(ctx context.Context, proc dyad.Processor) func(ex *NewsExample) ([]Triple, []string, error) {
	return func(ex *NewsExample) ([]Triple, []string, error) {
		doc := &dyad.Document{ID: ex.ID, Text: ex.Sentence}
		if ex.Date != "" {
			d, err := dyad.ParseDate(ex.Date)
			if err != nil {
				return nil, nil, err
			}
			doc.Date = d
		}
		res, err := proc.Process(ctx, doc)
		if err != nil {
			return nil, nil, err
		}
		if res.Reject != nil {
			return nil, nil, dyad.Errorf(dyad.EINVALID, "rejected: %s", res.Reject.Reason)
		}
		out := make([]Triple, 0, len(res.Events))
		patterns := make([]string, 0, len(res.Events))
		for _, e := range res.Events {
			out = append(out, Triple{Source: e.Source.Code, Target: e.Target.Code, Code: string(e.Code)})
			patterns = append(patterns, e.Pattern)
		}
		return out, patterns, nil
	}
}

// Halves of a news set. Work that tunes dyad against a news set should read
// the sentences and diffs of the dev half only and judge itself on the held
// half's scores, which stand in for news dyad has never seen.
const (
	HalfDev  = "dev"
	HalfHeld = "held"
)

// Half returns the half of a news set an example id belongs to: the parity
// of the id's CRC-32 (IEEE), so the split is fixed, reproducible in any
// language, and independent of the order and size of the file.
func Half(id string) string {
	if crc32.ChecksumIEEE([]byte(id))%2 == 0 {
		return HalfDev
	}
	return HalfHeld
}
