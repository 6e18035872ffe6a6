package coder

// timeWords are the words a time expression is made of: weekdays, months,
// relative days, and the parts of a day. A noun phrase of these words (with
// determiners, numbers and modifiers such as "last" or "early") names a time,
// never an actor, wherever the parser puts it: "The United States on Thursday
// criticized Iran", "arrested 100 Palestinians on Saturday".
var timeWords = map[string]bool{
	"MONDAY": true, "TUESDAY": true, "WEDNESDAY": true, "THURSDAY": true,
	"FRIDAY": true, "SATURDAY": true, "SUNDAY": true,
	"JANUARY": true, "FEBRUARY": true, "MARCH": true, "APRIL": true, "MAY": true,
	"JUNE": true, "JULY": true, "AUGUST": true, "SEPTEMBER": true,
	"OCTOBER": true, "NOVEMBER": true, "DECEMBER": true,
	"JAN": true, "FEB": true, "MAR": true, "APR": true, "JUN": true, "JUL": true,
	"AUG": true, "SEP": true, "SEPT": true, "OCT": true, "NOV": true, "DEC": true,
	"TODAY": true, "YESTERDAY": true, "TOMORROW": true, "TONIGHT": true,
	"MORNING": true, "AFTERNOON": true, "EVENING": true, "NIGHT": true,
	"WEEKEND": true, "WEEK": true, "MONTH": true, "YEAR": true, "DAY": true,
}

// timeMods may stand in a time expression beside a time word.
var timeMods = map[string]bool{
	"LAST": true, "NEXT": true, "THIS": true, "EARLY": true, "LATE": true,
	"EARLIER": true, "LATER": true, "THE": true, "OF": true, "ON": true,
	"MID": true, "AND": true, "OR": true, ",": true, ".": true,
}

// isTime reports whether leaves a..b are a time expression: at least one
// time word, and otherwise only numbers (dates, years) and time modifiers.
func (s *sent) isTime(a, b int) bool {
	found := false
	for i := a; i <= b; i++ {
		w := s.words[i]
		switch {
		case timeWords[w]:
			found = true
		case timeMods[w], s.tags[i] == "CD", s.tags[i] == "POS":
		default:
			return false
		}
	}
	return found
}

// inTimeNP reports whether leaf i is inside an adverbial time phrase,
// (NP-TMP (NNP Thursday)).
func (s *sent) inTimeNP(i int) bool {
	p := s.parent[s.leafK[i]]
	return p >= 0 && s.nodes[p].Label == "NP-TMP"
}
