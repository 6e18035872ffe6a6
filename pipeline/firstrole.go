package pipeline

import (
	"github.com/dyadproject/dyad"
)

// roleCodes are CAMEO's primary, party and secondary role codes
// (cameo/data/cameo_actor_codes.tsv) and NGO. The tertiary MOD and RAD are
// not among them: a code with one of them keeps all its roles (IRNGOVRAD).
var roleCodes = map[string]bool{
	"COP": true, "GOV": true, "INS": true, "JUD": true, "MIL": true, "OPP": true, "REB": true, "SEP": true,
	"SPY": true, "UAF": true, "PTY": true, "AGR": true, "BUS": true, "CRM": true, "CVL": true, "DEV": true,
	"EDU": true, "ELI": true, "ENV": true, "HLH": true, "HRI": true, "LAB": true, "LEG": true, "MED": true,
	"REF": true, "NGO": true,
}

// firstRole cuts a country's actor code with stacked roles to its first,
// as the news sets code them (testdata/news/README.md: Phoenix's defence
// ministry GOVMIL is GOV, "first role"): IRNGOVBUS, a minister Phoenix
// files under government and business, is IRNGOV; KENOPPLEG, protesters
// outside parliament, KENOPP. State media keep GOVMED, the sets' code for
// them (a KCNA commentary PRKGOVMED).
func firstRole(code string) string {
	// A role (NGO among them) or a body first is no country.
	if len(code) < 9 || len(code)%3 != 0 || roleCodes[code[:3]] || code[:3] == "IGO" || code[:3] == "IMG" || code[3:] == "GOVMED" {
		return code
	}
	for k := 3; k < len(code); k += 3 {
		if !roleCodes[code[k:k+3]] {
			return code
		}
	}
	return code[:6]
}

// firstRoles applies firstRole to the actors of a sentence's events and
// keeps the first event of each (source, target, code) triple the cut
// leaves (uniqueTriples).
func firstRoles(evs []dyad.Event) []dyad.Event {
	for i := range evs {
		e := &evs[i]
		e.Source.Code, e.Target.Code = firstRole(e.Source.Code), firstRole(e.Target.Code)
	}
	return uniqueTriples(evs)
}

// uniqueTriples keeps, in order, the first of a sentence's events with each
// (source, target, code) triple and returns evs cut to them, in place. A
// copy says nothing new: eval scores triples as a set, but an analyst
// counting events would count it twice. Copies come from a pattern that
// fires twice on one verb ("- % * &TREATY WITH + [057:057]" matches the
// treaty once per side), from two patterns giving one code, and from a
// relabeller turning an event into one the sentence has already (USAMED
// relabelled USA beside an event coded USA) — so the pipeline calls it
// after the rule coder and after each relabeller, and "--no-learn" and the
// default agree on what a sentence's events are (docs/notes/news.md,
// session twenty-two, declaration (u)). A sentence has few events: the
// nested loop allocates nothing, where a set would.
func uniqueTriples(evs []dyad.Event) []dyad.Event {
	out := evs[:0]
next:
	for i := range evs {
		e := &evs[i]
		for k := range out {
			if o := &out[k]; o.Code == e.Code && o.Source.Code == e.Source.Code && o.Target.Code == e.Target.Code {
				// The copy is dropped, but a side naming another
				// mention (Ashtiani beside Raisi) stays on the kept
				// event as provenance.
				keepAlso(&o.Source, &e.Source)
				keepAlso(&o.Target, &e.Target)
				continue next
			}
		}
		out = append(out, *e)
	}
	clear(evs[len(out):])
	return out
}

// keepAlso adds to kept.Also the mentions of a dropped copy's side (dup)
// that kept does not already stand for: the copy's own (another span) and
// those it stood for itself (a relabel may drop an event that kept
// copies). A copy naming the same span (a pattern firing twice on one
// mention) adds nothing, and nothing is allocated unless a mention is
// added.
func keepAlso(kept, dup *dyad.Actor) {
	addAlso(kept, *dup)
	for _, a := range dup.Also {
		addAlso(kept, a)
	}
}

// addAlso adds a to kept.Also unless kept already names its span.
func addAlso(kept *dyad.Actor, a dyad.Actor) {
	if a.Span == kept.Span {
		return
	}
	for _, x := range kept.Also {
		if x.Span == a.Span {
			return
		}
	}
	a.Also = nil
	// A full slice: the kept event's array may be shared with an earlier
	// copy of the event, so the append never writes into it.
	kept.Also = append(kept.Also[:len(kept.Also):len(kept.Also)], a)
}
