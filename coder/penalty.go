package coder

import "github.com/dyadproject/dyad"

// penaltyThreats codes a penalty foretold for an actor in a speaker's
// report as the speaker's threat to that actor: "Erdogan vowed that the
// plotters would pay a heavy price", "Khamenei said Israel would face a
// bitter fate", "the group said Israel would receive its just punishment".
// The threatened is the subject of PAY, FACE, BEAR or RECEIVE, so the verb
// patterns, which make a verb's subject its actor, cannot code it, and the
// speaker's SAY or VOW gave a bare statement (010) or nothing. WARN's own
// patterns already code "warned that Seoul would pay dearly", and this adds
// nothing where the speaker has a threat to the same actor.
//
// The codebook's 130 usage note reads conflict forecast in the future
// tense as a threat; the README's harmonisation codes consequences of no
// named kind 130 ("bear the consequences", "pay dearly") and revenge or
// punishment after an attack a threat of force, 138. Only the future with
// will or would is read: "said the plotters had paid a heavy price" is a
// verdict on the past, "would not pay" no threat, and "would face
// charges" or "would pay higher prices" name no penalty the speaker deals.
func (s *sent) penaltyThreats(evs []dyad.Event) []dyad.Event {
	for i := 1; i+1 < len(s.words); i++ {
		if s.tags[i] != "MD" || s.words[i] != "WOULD" && s.words[i] != "WILL" && s.words[i] != "'LL" {
			continue
		}
		v, code := s.penaltyAt(i + 1)
		if v < 0 {
			continue
		}
		// The modal's clause, not the verb's: the parser often hangs a
		// quoted verb ("would \"pay dearly\"") in a clause of its own.
		rm := s.speakerAbove(i)
		m := s.subject(i, -1)
		if rm == nil || m < 0 || len(rm.codes) == 0 || !rm.codes[0].hasActor ||
			len(s.nes[m].codes) == 0 || !s.nes[m].codes[0].hasActor {
			continue
		}
		src, tgt := s.actor(&rm.codes[0]), s.actor(&s.nes[m].codes[0])
		if src.Code == tgt.Code || hasEventUnder(evs, src.Code, tgt.Code, "13") {
			continue
		}
		evs = append(evs, dyad.Event{Source: src, Target: tgt, Code: dyad.Code(code), Verb: s.span(i, v), VerbText: s.text(i, v),
			Pattern: "dyad: a penalty foretold for the speaker's target (penalty.go)"})
	}
	return evs
}

// penaltyAt reads a foretold penalty whose verb is at leaf j, or right
// after an opening quote: "pay a (heavy) price", "pay dearly", "face / bear
// / receive / suffer (the) consequences / repercussions", "bear (full)
// responsibility" (130), and "face / receive / suffer punishment /
// retribution / a reckoning / revenge / a bitter fate" and "not go
// unpunished" (138); "have to" may stand before the verb. It returns the
// verb's leaf and the code, or -1.
func (s *sent) penaltyAt(j int) (int, string) {
	if j < len(s.words) && s.tags[j] == "``" {
		j++
	}
	// "will have to pay a heavy price": the penalty is as foretold
	// with "have to" between the modal and its verb.
	if j+2 < len(s.words) && s.words[j] == "HAVE" && s.words[j+1] == "TO" {
		j += 2
	}
	// "will not go unpunished" foretells the punishment of what the
	// subject did, a threat of revenge (138); "not" before any other
	// verb denies the penalty.
	if k := s.unpunishedAt(j); k >= 0 {
		return k, "138"
	}
	if j+1 >= len(s.words) || s.tags[j] != "VB" {
		return -1, ""
	}
	verb := s.words[j]
	switch verb {
	case "PAY":
		if s.words[j+1] == "DEARLY" {
			return j, "130"
		}
	case "FACE", "BEAR", "RECEIVE", "SUFFER":
	default:
		return -1, ""
	}
	for k := j + 1; k < len(s.words) && k <= j+8; k++ {
		switch w := s.words[k]; {
		case verb == "PAY":
			if w == "PRICE" {
				return j, "130"
			}
		case w == "CONSEQUENCES" || w == "REPERCUSSIONS" || verb == "BEAR" && w == "RESPONSIBILITY":
			return j, "130"
		case w == "PUNISHMENT" || w == "RETRIBUTION" || w == "RECKONING" || w == "REVENGE" ||
			w == "VENGEANCE" || w == "FATE":
			return j, "138"
		}
		switch s.tags[k] {
		case "DT", "JJ", "JJR", "JJS", "RB", "CC", "PRP$", "``", "''", ",":
		default:
			return -1, ""
		}
	}
	return -1, ""
}

// unpunishedAt returns the leaf of GO in "not go unpunished" starting at
// leaf j (a quotation mark may stand before "not" or "unpunished"), or -1.
func (s *sent) unpunishedAt(j int) int {
	if j < len(s.words) && s.tags[j] == "``" {
		j++
	}
	if j+2 >= len(s.words) || s.words[j] != "NOT" || s.words[j+1] != "GO" {
		return -1
	}
	k := j + 2
	if s.tags[k] == "``" && k+1 < len(s.words) {
		k++
	}
	if s.words[k] != "UNPUNISHED" {
		return -1
	}
	return j + 1
}
