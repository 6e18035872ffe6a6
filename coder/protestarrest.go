package coder

import "github.com/dyadproject/dyad"

// dissentWords say that a sentence is about protest or the opposition:
// the people a state's forces arrest there are its dissenters.
var dissentWords = map[string]bool{
	"PROTEST": true, "PROTESTS": true, "PROTESTED": true, "PROTESTERS": true, "PROTESTORS": true,
	"DEMONSTRATION": true, "DEMONSTRATIONS": true, "DEMONSTRATORS": true,
	"RALLY": true, "RALLIES": true, "RALLIED": true, "MARCHED": true, "MARCHES": true, "MARCHERS": true,
	"RIOT": true, "RIOTS": true, "RIOTERS": true, "OPPOSITION": true,
}

// protestArrests gives the people a state's police, army or government
// arrest in a sentence about protest or the opposition the state's OPP,
// where the coder found only the bare country: "Russian police detained
// more than 3,000 people as tens of thousands rallied" is RUSCOP>RUSOPP
// 173, "Bangladeshi police arrested the secretary-general of the
// opposition BNP" BGDCOP>BGDOPP (the news sets' convention: protesters and
// the opposition's members are OPP whatever noun names them). The bare
// country arrested is "people", "dozens", a party the dictionaries do not
// know: in such a sentence, those who dissent. Outside protest and
// opposition news a bare country stays: those arrested for spying or
// smuggling are no opposition.
func (s *sent) protestArrests(evs []dyad.Event) []dyad.Event {
	if !hasCode(evs, "173") || !s.aboutDissent() {
		return evs // most sentences hold no arrest: the words go unread
	}
	for i := range evs {
		e := &evs[i]
		if e.Code != "173" {
			continue
		}
		st := stateOf(e.Source.Code)
		if st == "" || e.Target.Code != st {
			continue
		}
		switch e.Source.Code[len(st):] {
		case "COP", "MIL", "GOV":
		default:
			continue
		}
		if hasEvent(evs, e.Source.Code, st+"OPP", "173") {
			continue
		}
		e.Target.Code = st + "OPP"
		e.Target.Entry = "implied: those a state arrests over protest are its opposition"
		e.Target.Dict = "dyad.implied"
	}
	return evs
}

// aboutDissent reports whether the sentence has one of dissentWords.
func (s *sent) aboutDissent() bool {
	for _, w := range s.words {
		if dissentWords[w] {
			return true
		}
	}
	return false
}
