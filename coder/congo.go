package coder

// drcNamed is the day Zaire took the name Democratic Republic of the Congo
// (17 May 1997). From then on wire copy writes the larger state as plain
// "Congo" after its first mention (Reuters, AP, AFP style) and names the
// smaller one "Congo Republic", "Republic of Congo" or "Congo-Brazzaville";
// before it, plain "Congo" was the Republic of the Congo.
const drcNamed = 19970517 // yyyymmdd, as sent.date

// bareCongo gives COD for the word "Congo" standing alone where Phoenix's
// CONGO entry gives COG: "Congo's government said it had cut ties with
// Rwanda" in 2025 is Kinshasa's. The Republic's own names ("Congo
// Republic", "Congo-Brazzaville", "Republic of Congo") are other words at i
// or after it and keep COG; so does any date before drcNamed.
func (s *sent) bareCongo(code string, i int) string {
	if code != "COG" || i < 0 || i >= len(s.words) || s.words[i] != "CONGO" || s.date < drcNamed {
		return code
	}
	if i > 0 && s.words[i-1] == "OF" {
		return code // "Republic of Congo", "the People's Republic of the Congo"
	}
	if i+1 < len(s.words) {
		switch s.words[i+1] {
		case "REPUBLIC", "BRAZZAVILLE", "-", "(":
			return code
		}
	}
	return "COD"
}
