package when

import "time"

// Word tables, built once; matching is map look-ups over tokens, no regexps.
var (
	months = map[string]time.Month{
		"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
		"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
		"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
		"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
	}
	weekdays = map[string]time.Weekday{
		"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
		"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
		"saturday": time.Saturday,
	}
	// preps may open a date expression and are included in its span.
	preps = map[string]bool{
		"in": true, "on": true, "since": true, "during": true, "from": true,
		"until": true, "till": true, "by": true, "throughout": true, "before": true,
		"after": true, "between": true,
	}
	// bounds open expressions that limit a period instead of dating an event.
	bounds = map[string]bool{"since": true, "until": true, "till": true, "by": true}
	// modifiers narrow a month or a year without changing its precision.
	modifiers = map[string]bool{"early": true, "late": true, "mid": true}
	// edges are "end of", "beginning of", "start of", "middle of" and seasons
	// ("the spring of 2019").
	edges = map[string]bool{"end": true, "beginning": true, "start": true, "middle": true,
		"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true}
	units = map[string]string{
		"day": "day", "days": "day", "week": "week", "weeks": "week",
		"month": "month", "months": "month", "year": "year", "years": "year",
	}
	numWords = map[string]int{
		"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
		"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	}
	// future words before an expression make bare weekdays and months point
	// forward: "will meet on Tuesday", "is scheduled to visit in June".
	future = map[string]bool{
		"will": true, "shall": true, "ll": true, "scheduled": true, "due": true,
		"plans": true, "planned": true, "planning": true, "expected": true,
		"upcoming": true, "intends": true, "tomorrow": true,
	}
	dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}
)
