package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// leaderTitles name an important official or leader as the victim of a
// killing: "Hamas political leader Ismail Haniyeh", "the head of the
// Revolutionary Guards", "Ambassador Christopher Stevens". GENERAL is
// read by generalTitle, and a hyphenated "-GENERAL" office is one too.
var leaderTitles = map[string]bool{
	"LEADER": true, "HEAD": true, "COMMANDER": true, "CHIEF": true, "PRESIDENT": true,
	"AMBASSADOR": true, "MINISTER": true, "PREMIER": true, "MAYOR": true,
	"GOVERNOR": true,
}

// assassinations recodes the killing of one important official or leader,
// named by a title beside the victim, as 186, Assassinate ("Murder or
// kill an important official or leader"), where KILL gives 190 or a strike
// 195: "Hamas political leader Ismail Haniyeh was killed in an Israeli
// strike" is ISR>PSEREBHMS 186. The killing verb must be a form of KILL
// or ASSASSINATE ("killed", "killing", "assassinated"), the event of root
// 19; a count before the title ("killed three commanders") is a toll of
// fighters, not an assassination.
func (s *sent) assassinations(evs []dyad.Event) []dyad.Event {
	if !s.c.opt.SubCodes {
		return evs
	}
	for k := range evs {
		e := &evs[k]
		if len(e.Code) < 2 || e.Code[:2] != "19" {
			continue
		}
		v := s.leafAt(e.Verb.Start)
		if v < 0 || !strings.HasPrefix(s.words[v], "KILL") && !strings.HasPrefix(s.words[v], "ASSASSINAT") {
			continue
		}
		if s.titledVictim(e.Target.Span) {
			e.Code = "186"
			e.Pattern += "; a leader killed: assassination (coder/assassinate.go)"
		}
	}
	return evs
}

// titledVictim reports whether the mention at span sp, or the three leaves
// before it, names a leader's title with no count before it: "Hamas
// political leader" + "Ismail Haniyeh", "the head of" + "the Revolutionary
// Guards".
func (s *sent) titledVictim(sp dyad.Span) bool {
	first, last := s.leavesIn(sp)
	if first < 0 {
		return false
	}
	for i := max(first-3, 0); i <= last; i++ {
		if s.tags[i] == "CD" {
			return false
		}
		if w := s.words[i]; leaderTitles[w] && s.titleNoun(i) || w == "GENERAL" && s.generalTitle(i) || strings.HasSuffix(w, "-GENERAL") {
			return true
		}
	}
	return false
}

// titleNoun reports whether the leader title at leaf i is the head of its
// phrase. HEAD and CHIEF are also the first word of other nouns: before a
// common noun they name no office ("chief executive", "head teacher"),
// where "army chief", "chief of staff", "the head of the Revolutionary
// Guards" and "Chief Justice" do.
func (s *sent) titleNoun(i int) bool {
	switch s.words[i] {
	case "HEAD", "CHIEF":
		return i+1 >= len(s.tags) || s.tags[i+1] != "NN" && s.tags[i+1] != "NNS" || leaderTitles[s.words[i+1]]
	}
	return true
}

// generalTitle reports whether GENERAL at leaf i is a title: the rank
// ("General Qassem Soleimani", "the general", "Lieutenant General …") or
// the last word of an office ("attorney general"). Before a common noun
// it is an adjective ("the general public", "a general strike"), and
// where the agents dictionary reads it as the first word of a longer
// noun that is no rank it names a body or a trade ("the General Assembly"
// ~LEG, "a general practitioner" ~HLH), not a person. The hyphenated
// offices ("Secretary-General", "Governor-General") are one word each
// and titles as they stand.
func (s *sent) generalTitle(i int) bool {
	if i+1 < len(s.tags) && (s.tags[i+1] == "NN" || s.tags[i+1] == "NNS") {
		return false
	}
	idx, end := s.c.d.Agents.Match(s.words, i, 0)
	return idx < 0 || end <= i+1 || strings.Contains(s.c.d.Agents.Entries[idx].Code, "MIL")
}
