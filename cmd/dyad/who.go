package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/dict"
)

// runDictWho is "dyad dict who NAME --date D": it shows how a name resolves
// on a date and why, in the office-holder dictionary (every term, in force or
// not) and in the embedded actor dictionaries. The dict command dispatches to
// it; it is not registered on its own.
func runDictWho(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("dict who", "NAME [--date YYYY-MM-DD] [--json]")
	dateFlag := fs.String("date", "", "date to resolve on (default: today)")
	asJSON := fs.Bool("json", false, "print the matches as JSON")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		fs.Usage()
		return dyad.Errorf(dyad.EINVALID, "dict who: want a NAME")
	}
	name := pos[0]
	for _, p := range pos[1:] { // "dyad dict who Ebrahim Raisi" without quotes
		name += " " + p
	}
	date := time.Now().UTC()
	if *dateFlag != "" {
		if date, err = dyad.ParseDate(*dateFlag); err != nil {
			return err
		}
	}
	h := actor.Default()
	matches := h.Who(name, date)
	a, ok := h.Resolve(name, date)
	entry := dictEntry(name, date)
	if *asJSON {
		out := struct {
			Name       string        `json:"name"`
			Date       string        `json:"date"`
			Actor      *dyad.Actor   `json:"actor"`
			Matches    []actor.Match `json:"matches"`
			Dictionary *dictMatch    `json:"dictionary,omitempty"`
		}{Name: name, Date: date.Format(dyad.DateLayout), Matches: matches, Dictionary: entry}
		if ok {
			out.Actor = &a
		}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	if len(matches) == 0 && entry == nil {
		return dyad.Errorf(dyad.ENOTFOUND, "dict who: %q is in neither the office-holder nor the actor dictionaries", name)
	}
	if entry != nil {
		fmt.Fprintf(m.Stdout, "actor dictionaries: %q matches %s (%s:%d) → %q on %s (%s)\n",
			name, entry.Phrase, entry.File, entry.Line, entry.Code, date.Format(dyad.DateLayout), entry.Why)
	}
	if len(matches) == 0 {
		return nil
	}
	if ok {
		fmt.Fprintf(m.Stdout, "%s on %s → %s (%s)\n", name, date.Format(dyad.DateLayout), a.Code, a.Entry)
	} else {
		fmt.Fprintf(m.Stdout, "%s on %s → no code from the office-holder dictionary\n", name, date.Format(dyad.DateLayout))
	}
	for _, mt := range matches {
		mark := " "
		if mt.Active {
			mark = "*"
		}
		fmt.Fprintf(m.Stdout, "%s %s: %s\n", mark, mt.Term.Name, mt.Why)
	}
	return nil
}

// dictMatch is how a name resolves in the embedded actor dictionaries.
type dictMatch struct {
	Phrase string `json:"phrase"`
	File   string `json:"file"`
	Line   int    `json:"line"`
	Code   string `json:"code"`
	Why    string `json:"why"`
}

// dictEntry looks the whole name up in the embedded actor dictionaries.
func dictEntry(name string, date time.Time) *dictMatch {
	set, _ := dict.Default() // malformed shipped lines are reported by "dict check"
	if set == nil {
		return nil
	}
	words := strings.Fields(strings.ToUpper(strings.ReplaceAll(name, "_", " ")))
	i, n := set.Actors.Match(words, 0)
	if i < 0 || n != len(words) {
		return nil
	}
	e := &set.Actors.Entries[i]
	code, d := e.CodeAt(date.Year()*10000 + int(date.Month())*100 + date.Day())
	why := "default code"
	if d != nil {
		why = fmt.Sprintf("restriction %s:%d in force", d.File, d.Line)
	}
	if code == "" {
		why = "no code in force"
	}
	return &dictMatch{Phrase: e.Phrase, File: e.File, Line: e.Line, Code: code, Why: why}
}
