package actor

import (
	"bufio"
	_ "embed"
	"io"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad"
)

// Term is one person holding one office for one continuous period: one row of
// the office-holder table.
type Term struct {
	Country    string    `json:"country"` // ISO 3166-1 alpha-3, or IGO
	Name       string    `json:"name"`    // canonical full name
	Aliases    []string  `json:"aliases,omitempty"`
	Office     string    `json:"office"`
	Code       string    `json:"code"`           // CAMEO actor code, e.g. IRNGOV
	Start      time.Time `json:"start"`          // first day in office
	End        time.Time `json:"end"`            // last day in office; zero while in office
	StartText  string    `json:"start_text"`     // as written: YYYY-MM-DD or YYYY-MM
	EndText    string    `json:"end_text"`       // as written; empty while in office
	Confidence string    `json:"confidence"`     // high, medium or low
	Source     string    `json:"source"`         // "knowledge" or URLs with notes
	File       string    `json:"file,omitempty"` // table it came from
	Line       int       `json:"line,omitempty"` // 1-based line in File
}

// Holds reports whether the term covers date (both ends inclusive).
func (t *Term) Holds(date time.Time) bool {
	d := day(date)
	return !d.Before(t.Start) && (t.End.IsZero() || !d.After(t.End))
}

// Range writes the term's dates as "2021-08-03..2024-05-19" ("..": open end).
func (t *Term) Range() string {
	return t.StartText + ".." + t.EndText
}

// Holders is an office-holder table indexed by normalized name and alias.
type Holders struct {
	Terms []Term
	index map[string][]int // normalized name or alias → term indexes
	// maxWords is the most words of any name or alias, the longest run
	// Phrase needs to try.
	maxWords int
}

//go:embed data/officeholders-2014-2026.tsv
var defaultTable string

var (
	defaultOnce    sync.Once
	defaultHolders *Holders
)

// Default returns the office-holder table that ships with dyad. It is parsed
// once and must not be modified.
func Default() *Holders {
	defaultOnce.Do(func() {
		h, err := Load(strings.NewReader(defaultTable), "officeholders-2014-2026.tsv")
		if err != nil {
			panic("actor: embedded table: " + err.Error())
		}
		defaultHolders = h
	})
	return defaultHolders
}

var header = []string{"country_iso3", "name", "aliases", "office", "cameo_code", "start", "end", "confidence", "source"}

// Load reads an office-holder table (TAB-separated, the header of
// officeholders-2014-2026.tsv). Bad rows are skipped and reported in the
// returned dyad.ErrorList; the rows that parse are still returned.
func Load(r io.Reader, file string) (*Holders, error) {
	h := &Holders{}
	var errs dyad.ErrorList
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			if text != strings.Join(header, "\t") {
				errs.Add(file, line, "header: want %q", strings.Join(header, "\t"))
				return h, errs
			}
			continue
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != len(header) {
			errs.Add(file, line, "%d fields, want %d", len(f), len(header))
			continue
		}
		t := Term{Country: f[0], Name: strings.TrimSpace(f[1]), Office: f[3], Code: f[4],
			StartText: f[5], EndText: f[6], Confidence: f[7], Source: f[8], File: file, Line: line}
		for _, a := range strings.Split(f[2], ";") {
			if a = strings.TrimSpace(a); a != "" {
				t.Aliases = append(t.Aliases, a)
			}
		}
		var ok bool
		if t.Start, ok = parseDay(t.StartText, false); !ok {
			errs.Add(file, line, "start %q: want YYYY-MM-DD or YYYY-MM", t.StartText)
			continue
		}
		if t.EndText != "" {
			if t.End, ok = parseDay(t.EndText, true); !ok {
				errs.Add(file, line, "end %q: want YYYY-MM-DD or YYYY-MM", t.EndText)
				continue
			}
			if t.End.Before(t.Start) {
				errs.Add(file, line, "end %s before start %s", t.EndText, t.StartText)
				continue
			}
		}
		if t.Name == "" || t.Code == "" {
			errs.Add(file, line, "empty name or code")
			continue
		}
		h.Terms = append(h.Terms, t)
	}
	if err := sc.Err(); err != nil {
		errs.Add(file, line+1, "%v", err)
	}
	h.reindex()
	return h, errs.Err()
}

func (h *Holders) reindex() {
	h.index = make(map[string][]int)
	for i := range h.Terms {
		t := &h.Terms[i]
		seen := map[string]bool{}
		for _, n := range append([]string{t.Name}, t.Aliases...) {
			k := Normalize(n)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			h.index[k] = append(h.index[k], i)
			if n := strings.Count(k, " ") + 1; n > h.maxWords {
				h.maxWords = n
			}
		}
	}
}

// parseDay reads YYYY-MM-DD or YYYY-MM. A month-only date is the first of the
// month as a start and the last day of the month as an end, so the term
// covers the whole uncertain month.
func parseDay(s string, end bool) (time.Time, bool) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, true
	}
	t, err := time.Parse("2006-01", s)
	if err != nil {
		return time.Time{}, false
	}
	if end {
		t = t.AddDate(0, 1, -1)
	}
	return t, true
}

func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// people returns the distinct canonical names in table order.
func (h *Holders) people() []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range h.Terms {
		if !seen[t.Name] {
			seen[t.Name] = true
			out = append(out, t.Name)
		}
	}
	return out
}

// termsOf returns the terms of one person (by canonical name), by start date.
func (h *Holders) termsOf(name string) []*Term {
	var out []*Term
	for i := range h.Terms {
		if h.Terms[i].Name == name {
			out = append(out, &h.Terms[i])
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out
}
