package coder

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/where"
)

// arrivalHosts drops the hosting (043) that an arrival pattern gives back
// to the place arrived at ("- * &PREPOSIT1 + [042:043]" on "arrived in
// Jeddah", "landed in Manila", "began arriving in Lithuania") when the
// sentence reports no host receiving the visitor. An arrival is the visit
// (042) to the country; the place is where the visitor went, not an actor
// that hosted him: the sets' convention gives the 043 only when the host
// is named or the hosting reported, and an arrival "for talks" or to
// attend a summit is the 042 alone. placeHosts (visithost.go) settles
// capitals for every visit verb; this settles any place for the verbs of
// arriving (arrivalVerb).
//
// The hosting stays
//   - when its source already has a role (a host the pattern named);
//   - when the sentence names one actor of that country with a host's role
//     (govOf, hostRole): that actor becomes the host ("arrived in Jeddah
//     and was welcomed by Crown Prince Mohammed bin Salman");
//   - when a verb reports the hosting (hostVerbs: "was met at the airport
//     by ...");
//   - when a country named as such is arrived in for a visit ("landed in
//     Iran for a visit"), which reads as "visited Iran", the CAMEO manual's
//     042 example with its 043.
//
// "visited" itself is not an arrival verb: its object may be the host.
func (s *sent) arrivalHosts(evs []dyad.Event) []dyad.Event {
	return dropEvents(evs, func(i int) bool {
		e := &evs[i]
		if e.Code != "043" || len(e.Source.Code) != 3 || !arrivalVerb(e.VerbText) || !visitOf(evs, i) || countryName(e.Source.Text) && s.visitSaid(s.leafAt(e.Verb.Start)) {
			return false
		}
		if h := s.govOf(e.Source.Code); h != nil && hostRole(h.code) {
			e.Source = s.actor(h) // "arrived in Jeddah and was welcomed by Crown Prince Mohammed bin Salman"
			return false
		}
		return !s.hostVerbSaid(s.leafAt(e.Verb.Start))
	})
}

// arrivalVerb reports whether verb text (the event's verb words) is a verb
// of arriving: arrive, land, reach.
func arrivalVerb(text string) bool {
	for _, w := range strings.Fields(strings.ToUpper(text)) {
		if arrivalForms[w] {
			return true
		}
	}
	return false
}

// arrivalForms are the inflections of the arrival verbs: whole words, so
// that "landmine", "landslide" or "landmark" are none of them.
var arrivalForms = map[string]bool{
	"ARRIVE": true, "ARRIVES": true, "ARRIVED": true, "ARRIVING": true,
	"LAND": true, "LANDS": true, "LANDED": true, "LANDING": true,
	"REACH": true, "REACHES": true, "REACHED": true, "REACHING": true,
}

// hostVerbs are the verb forms that report a visitor received by a host.
// Nouns and gerunds of meeting ("for talks", "a day after meeting his
// counterpart", "to attend a summit") are not among them: they name the
// visit's purpose or another day's act, not its hosting.
var hostVerbs = map[string]bool{
	"WELCOMED": true, "WELCOMES": true, "GREETED": true, "GREETS": true,
	"RECEIVED": true, "RECEIVES": true, "HOSTED": true, "HOSTS": true,
	"MET": true, "MEETS": true,
}

// hostVerbSaid reports whether the sentence has a verb of hostVerbs outside
// an adverbial clause that does not hold the arrival verb at leaf v: in
// "Xi arrived in Moscow, as Putin met Modi in Delhi" no one met Xi.
func (s *sent) hostVerbSaid(v int) bool {
	for i, w := range s.words {
		if strings.HasPrefix(s.tags[i], "VB") && hostVerbs[w] && (v < 0 || !s.inAdverbialClause(i, v)) {
			return true
		}
	}
	return false
}

// hostRole reports whether an actor code names an actor of state that
// receives visitors: its government, military, legislature or elite
// ("SAUGOV", "PHLMIL"), not its media or civilians ("the Saudi Press
// Agency said").
func hostRole(code string) bool {
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "GOV", "MIL", "LEG", "ELI":
		return true
	}
	return false
}

// countryName reports whether text ("Iran", "the Philippines", "Britain")
// is the name of a country in dyad's gazetteer, not of a city, capital or
// region ("Jeddah", "Manila", "Crimea").
func countryName(text string) bool {
	text = strings.TrimSpace(text)
	if t, ok := strings.CutPrefix(text, "the "); ok {
		text = t
	}
	p, ok := where.Default().Lookup(text)
	return ok && p.Kind == "country"
}

// visitSaid reports whether the sentence calls the trip of the arrival verb
// at leaf v a visit ("landed in Iran for a visit"), outside an adverbial
// clause that does not hold the verb ("…, while the EU envoy's visit to
// Kyiv was put off").
func (s *sent) visitSaid(v int) bool {
	for i, w := range s.words {
		if w == "VISIT" && (v < 0 || !s.inAdverbialClause(i, v)) {
			return true
		}
	}
	return false
}

// arrivalTalks recodes an arrival "for talks" as the visit it reports:
// "An Iranian military delegation arrived in Baghdad for talks with senior
// Iraqi commanders" is IRNMIL>IRQ 042, not talks held both ways (ARRIVE's
// "- * IN ^ FOR TALKS WITH + [046:046]"): the talks are the visit's
// purpose, and talks take precedence over a visit only when reported as
// held (the sets' convention, 042's usage note). The event done by the
// arriver (its source before the verb) becomes a 042 to the state of the
// other side; the reverse event goes. Events whose other side is no
// state's actor are left alone.
func arrivalTalks(evs []dyad.Event) []dyad.Event {
	var recoded []dyad.Span // verbs of the events made visits
	for i := range evs {
		e := &evs[i]
		if !meetingCode(e.Code) || !arrivalVerb(e.VerbText) || e.Source.Span.End == 0 || e.Source.Span.Start > e.Verb.Start {
			continue
		}
		st := stateOf(e.Target.Code)
		if st == "" || st == stateOf(e.Source.Code) {
			continue
		}
		e.Code, e.Target.Code = "042", st
		recoded = append(recoded, e.Verb)
	}
	if len(recoded) == 0 {
		return evs
	}
	return dropEvents(evs, func(i int) bool {
		e := &evs[i]
		return meetingCode(e.Code) && arrivalVerb(e.VerbText) && e.Source.Span.Start > e.Verb.Start && slices.Contains(recoded, e.Verb)
	})
}

// meetingCode reports whether c is a meeting or talks (040, 044, 046)
// rather than the visit or hosting an arrival gives.
func meetingCode(c dyad.Code) bool {
	return c == "040" || c == "044" || c == "046"
}
