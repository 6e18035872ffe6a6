package actor

import (
	_ "embed"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
)

//go:embed data/dyad.officeholders.actors.txt
var dictionary string

// Dictionary returns the shipped office-holder dictionary in PETRARCH/Phoenix
// actor format (data/dyad.officeholders.actors.txt), to merge with the Phoenix
// actor dictionaries.
func Dictionary() string { return dictionary }

// Phrase writes a name as a dictionary phrase: upper case, words joined by
// underscores, a trailing underscore ("Ebrahim Raisi" → "EBRAHIM_RAISI_").
func Phrase(name string) string {
	f := strings.Fields(name)
	for i, w := range f {
		f[i] = strings.Map(unicode.ToUpper, w)
	}
	return strings.Join(f, "_") + "_"
}

// restriction writes a term's date restriction: [CODE yymmdd-yymmdd], or
// [CODE >yymmdd] while in office. Years before 2000 are written in full
// (YYYYMMDD), which PETRARCH also reads, so 1989 is not taken for 2089.
func restriction(t *Term) string {
	if t.End.IsZero() {
		return fmt.Sprintf("[%s >%s]", t.Code, dictDate(t.Start))
	}
	return fmt.Sprintf("[%s %s-%s]", t.Code, dictDate(t.Start), dictDate(t.End))
}

func dictDate(t time.Time) string {
	if t.Year() < 2000 {
		return t.Format("20060102")
	}
	return t.Format("060102")
}

// formerCode returns the code of a person after the last of their terms
// (sorted by start): <ISO>ELI, the CAMEO elite code CountryInfo gives former
// office holders, from the day after the latest end. It applies only to state
// offices (GOV, MIL) and only when no term is open.
func formerCode(terms []*Term) (code string, from time.Time, last *Term, ok bool) {
	for _, t := range terms {
		if t.End.IsZero() {
			return "", time.Time{}, nil, false
		}
		if last == nil || t.End.After(last.End) {
			last = t
		}
	}
	if last == nil || len(last.Code) != 6 || !firstIsCountry(last.Code[:3]) ||
		(last.Code[3:] != "GOV" && last.Code[3:] != "MIL") {
		return "", time.Time{}, nil, false
	}
	return last.Code[:3] + "ELI", last.End.AddDate(0, 0, 1), last, true
}

// WriteDictionary writes the table as a PETRARCH/Phoenix actor dictionary.
// Each person is one entry: the canonical name, its aliases as "+" lines, and
// one tab-indented date restriction per term, whose comment keeps office,
// confidence and source, and, once the last term has ended, [<ISO>ELI >date]
// (see formerCode) so that Phoenix's open-ended 2014 codes do not outlive
// the office when this file is read before Phoenix's. An alias two people share (Khamenei: Ali until
// 2026-02-28, Mojtaba from 2026-03-09) becomes its own entry holding both
// people's restrictions, so the date picks the person.
func (h *Holders) WriteDictionary(w io.Writer) error { return h.WriteDictionaryWith(w, nil) }

// WriteDictionaryWith is WriteDictionary with a rule for one-word aliases:
// those the rule rejects are written as comments saying why, not as phrases.
func (h *Holders) WriteDictionaryWith(w io.Writer, rule *BareAliases) error {
	// phrase → terms it names.
	byPhrase := map[string][]*Term{}
	var phrases []string
	for i := range h.Terms {
		t := &h.Terms[i]
		seen := map[string]bool{}
		var names []string
		for _, n := range append([]string{t.Name}, t.Aliases...) {
			names = append(names, n, foldAccents(n)) // "José Serra" and "Jose Serra"
		}
		for _, n := range names {
			p := Phrase(n)
			if seen[p] {
				continue
			}
			seen[p] = true
			if _, ok := byPhrase[p]; !ok {
				phrases = append(phrases, p)
			}
			byPhrase[p] = append(byPhrase[p], t)
		}
	}
	owner := func(p string) string { // the one person a phrase names, or ""
		ts := byPhrase[p]
		for _, t := range ts[1:] {
			if t.Name != ts[0].Name {
				return ""
			}
		}
		return ts[0].Name
	}
	var b strings.Builder
	b.WriteString(dictHeader)
	people := h.people()
	sort.SliceStable(people, func(i, j int) bool {
		return h.termsOf(people[i])[0].Country < h.termsOf(people[j])[0].Country
	})
	for _, name := range people {
		terms := h.termsOf(name)
		primary := Phrase(name)
		if owner(primary) != name {
			// The canonical name is shared; it is written with the shared phrases.
			primary = ""
		}
		var aliases, rejected []string
		bare := func(p string) string { // why a one-word phrase must not be written, or ""
			word := strings.TrimSuffix(p, "_")
			if strings.Contains(word, "_") {
				return ""
			}
			return rule.Reject(word, terms[0].Country)
		}
		if primary != "" && bare(primary) != "" {
			rejected = append(rejected, primary)
			primary = ""
		}
		for _, p := range phrases {
			if owner(p) == name && p != primary && !slices.Contains(rejected, p) {
				if bare(p) != "" {
					rejected = append(rejected, p)
					continue
				}
				aliases = append(aliases, p)
			}
		}
		for _, p := range rejected {
			fmt.Fprintf(&b, "# +%s  not an actor on its own (%s): %s\n", p, name, bare(p))
		}
		if primary == "" {
			if len(aliases) == 0 {
				continue
			}
			primary, aliases = aliases[0], aliases[1:]
		}
		fmt.Fprintf(&b, "%s  # %s %s\n", primary, terms[0].Country, name)
		for _, a := range aliases {
			fmt.Fprintf(&b, "+%s\n", a)
		}
		for _, t := range terms {
			writeRestriction(&b, t, "")
		}
		if code, from, last, ok := formerCode(terms); ok {
			fmt.Fprintf(&b, "\t[%s >%s]  # former %s: after the last term in the table\n", code, dictDate(from), last.Office)
		}
		b.WriteByte('\n')
	}
	b.WriteString("# Phrases shared by several people: the date range picks the person.\n\n")
	for _, p := range phrases {
		if owner(p) != "" {
			continue
		}
		ts := append([]*Term(nil), byPhrase[p]...)
		sort.SliceStable(ts, func(i, j int) bool { return ts[i].Start.Before(ts[j].Start) })
		if word := strings.TrimSuffix(p, "_"); !strings.Contains(word, "_") {
			if why := rule.Reject(word, ts[0].Country); why != "" {
				fmt.Fprintf(&b, "# %s  not an actor on its own (shared alias): %s\n\n", p, why)
				continue
			}
		}
		fmt.Fprintf(&b, "%s  # shared alias\n", p)
		for _, t := range ts {
			writeRestriction(&b, t, t.Name+", ")
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeRestriction(b *strings.Builder, t *Term, who string) {
	fmt.Fprintf(b, "\t%s  # %s%s; confidence %s; %s:%d; source: %s\n",
		restriction(t), who, t.Office, t.Confidence, t.File, t.Line, t.Source)
}

const dictHeader = `# dyad.officeholders.actors.txt — PETRARCH/Phoenix actor dictionary of office holders 2014-2026.
# GENERATED from officeholders-2014-2026.tsv by "go test ./actor -run TestDictionary -update";
# do not edit: edit the table and regenerate.
#
# Each entry is a person; "+" lines are aliases; each tab-indented [CODE from-to] line is one
# spell in one office, limits inclusive, "[CODE >from]" while in office. A start known only to
# the month (YYYY-MM) is written as the first of that month and an end as its last day.
# Comments keep the office, the confidence (high, medium, low), the table line and the source.
# Ministers, including defence ministers, are <ISO>GOV (not Phoenix's GOVMIL); chiefs of staff
# and service commanders are <ISO>MIL. See officeholders.README.md for every convention.
#
# Merge with Phoenix.Countries.actors.txt: Phoenix stops in 2014; where both name a person, the
# entry whose date range covers the event date wins.

`
