package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// dealVerbs are the forms of the verbs that tell a deal made: reached,
// struck, clinched, sealed, concluded, finalised. Only finite forms are
// listed (past and third-person present, and the past participle, which
// doneSigning accepts only after has/have/had): the base form is what an
// infinitive, a modal or a demand carries ("willingness to reach a deal",
// "urged them to reach a deal", "could reach a deal"), and a deal that is
// only sought is no deal made.
var dealVerbs = map[string]bool{
	"REACHED": true, "REACHES": true,
	"STRUCK": true, "STRIKES": true,
	"CLINCHED": true, "CLINCHES": true,
	"SEALED": true, "SEALS": true,
	"CONCLUDED": true, "CONCLUDES": true,
	"FINALIZED": true, "FINALIZES": true, "FINALISED": true, "FINALISES": true,
}

// madeDealNouns name the text of a deal (hosted.go's dealNouns add truces,
// which a deal reached leaves to the 0871 pair).
var madeDealNouns = map[string]bool{
	"DEAL": true, "AGREEMENT": true, "ACCORD": true, "PACT": true, "TREATY": true, "FRAMEWORK": true,
}

// talkNouns are the negotiations a deal concludes: "concluded negotiations
// on a free trade agreement" tells the agreement reached, not the talks
// halted.
var talkNouns = map[string]bool{"NEGOTIATIONS": true, "TALKS": true}

// dealsReached codes a deal, agreement or framework reported reached,
// struck, clinched, sealed, concluded or finalised as the 057 pair between
// its parties, signed or not (testdata/news/README.md, "Cross-set
// harmonisation (session nineteen)": 057's "finalize an agreement"). The
// verb patterns read these as intents: REACH's "- * DEAL [030]" and "- %
// * &TREATY [037:037]", CLINCH's "- * DEAL [030:030]", STRIKE's overlay
// 030 rows, which the sub-code table then refines by the deal's subject
// (0311 for a trade deal, 0354 for a deal to curb a programme); FINISH's
// "- * NEGOTIATIONS [164]" read "concluded negotiations on a trade deal" as
// talks broken off. An event of such a verb whose code is an intent (root
// 03), CLINCH's 050 or 061, or FINISH's 164 becomes 057 and gets its
// reciprocal, when
//   - the verb tells the deal done: a finite past or present, or a
//     participle after has/have/had, not negated (doneSigning);
//   - its object is a deal's text (dealObjectOf), or, for 164, negotiations
//     or talks on one.
//
// The sets' more specific readings stand, as the README lists them: a
// truce reached is the 0871 pair (a truce word in the object leaves the
// event alone), an IMF staff-level agreement 0331 and an arms purchase
// agreed 0312 (those codes are not recoded), and "reached no agreement" is
// no deal.
func (s *sent) dealsReached(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	made := false
	for k := 0; k < n; k++ {
		e := &evs[k]
		if !dealRecodable(e.Code) || e.Source.Code == "" || e.Target.Code == "" {
			continue
		}
		i := s.leafAt(e.Verb.Start)
		if i < 0 || !dealVerbs[s.words[i]] || !s.doneSigning(i) {
			continue
		}
		if e.Code == "164" {
			if !s.talksOnDeal(i) {
				continue
			}
		} else if !s.dealObjectOf(i) {
			continue
		}
		e.Code = "057"
		e.Pattern = dealPattern
		made = true
	}
	if !made {
		return evs
	}
	// Two intents of one pair (030 and its refinement) now say the same.
	out := evs[:0]
	for k := range evs {
		e := evs[k]
		if e.Code == "057" && hasEvent(out, e.Source.Code, e.Target.Code, "057") {
			continue
		}
		out = append(out, e)
	}
	// The reverse of each, unless coded already (addAt).
	for k := 0; k < len(out); k++ {
		if e := out[k]; e.Pattern == dealPattern {
			out = s.addAt(out, dyad.Event{Source: e.Target, Target: e.Source, Code: "057"}, s.leafAt(e.Verb.Start), dealPattern)
		}
	}
	return out
}

const dealPattern = "dyad: a deal reached is signed (coder/dealreached.go)"

// dealRecodable reports whether code is one the patterns give a deal made:
// an intent other than the military and aid readings the sets keep (0312,
// 0331), CLINCH's 050 and 061, FINISH's 164.
func dealRecodable(c dyad.Code) bool {
	switch c {
	case "0312", "0331":
		return false
	case "050", "061", "164":
		return true
	}
	return strings.HasPrefix(string(c), "03")
}

// dealObjectOf reports whether the object of the verb at leaf i is a deal's
// text: a deal noun among the first words after it, with only articles,
// adjectives, numbers, nouns and hyphens before it ("reached a deal",
// "struck a trade deal", "reached full agreement", "clinched a 10-year gas
// pact"). "No" before it, a truce word or an IMF "staff-level" agreement is
// not a deal made in this sense.
func (s *sent) dealObjectOf(i int) bool {
	for j := i + 1; j < len(s.words) && j <= i+6; j++ {
		w := s.words[j]
		if madeDealNouns[w] {
			return true
		}
		if w == "NO" || truceWords[w] || w == "STAFF-LEVEL" || w == "STAFF" {
			return false
		}
		switch s.tags[j] {
		case "DT", "JJ", "CD", "NN", "NNS", "NNP", "NNPS", "HYPH", "VBN":
		default:
			return false
		}
	}
	return false
}

// talksOnDeal reports whether the verb at leaf i concludes negotiations on
// a deal: "concluded negotiations on a free trade agreement", "concluded
// negotiations on Friday on a free trade deal". The talks noun comes right
// after the verb (an article or adjective between); then, before the
// clause ends, "on", "over" or "for" and a deal noun.
func (s *sent) talksOnDeal(i int) bool {
	j := i + 1
	for j < len(s.words) && j <= i+3 && !talkNouns[s.words[j]] {
		switch s.tags[j] {
		case "DT", "JJ", "CD":
		default:
			return false
		}
		j++
	}
	if j >= len(s.words) || !talkNouns[s.words[j]] {
		return false
	}
	on := false
	for k := j + 1; k < len(s.words) && k <= j+10; k++ {
		w := s.words[k]
		switch {
		case w == "," || w == ";" || w == "." || strings.HasPrefix(s.tags[k], "VB"):
			return false
		case w == "NO" || truceWords[w]:
			return false
		case w == "ON" || w == "OVER" || w == "FOR":
			on = true
		case on && madeDealNouns[w]:
			return true
		}
	}
	return false
}
