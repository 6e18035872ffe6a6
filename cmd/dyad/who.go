package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
)

// runDictWho is "dyad dict who NAME --date D": it shows how a name resolves
// in the office-holder dictionary on a date and why. The dict command
// dispatches to it; it is not registered on its own.
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
	if *asJSON {
		out := struct {
			Name    string        `json:"name"`
			Date    string        `json:"date"`
			Actor   *dyad.Actor   `json:"actor"`
			Matches []actor.Match `json:"matches"`
		}{Name: name, Date: date.Format(dyad.DateLayout), Matches: matches}
		if ok {
			out.Actor = &a
		}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	if len(matches) == 0 {
		return dyad.Errorf(dyad.ENOTFOUND, "dict who: %q is not in the office-holder dictionary", name)
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
