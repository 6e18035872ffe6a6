package coder

// copulas link a reported subject to the speaker's verdict on it.
var copulas = map[string]bool{"IS": true, "ARE": true, "WAS": true, "WERE": true, "BEEN": true}

// saidVerdict returns 111 for a bare statement (010) whose reported clause
// judges its subject critically with a copula: "the State Department said
// China's actions were 'provocative and destabilizing'", "Hunt said Iran's
// seizure of the ship was unacceptable". The codebook's 111 is to "condemn,
// decry a policy or an action"; a statement that calls an act unacceptable
// or illegal does that, as "condemned the seizure" would. The verdict is
// one of criticalWords or verdictWords within four words after the copula
// (a quotation mark, an adverb, "and" between), with no "not" before it.
// It returns "" otherwise.
func (s *sent) saidVerdict(code string, from, to int) string {
	if code != "010" {
		return ""
	}
	for i := from; i <= to && i < len(s.words); i++ {
		if !copulas[s.words[i]] {
			continue
		}
		for j := i + 1; j <= to && j < len(s.words) && j <= i+4; j++ {
			w := s.words[j]
			if criticalWords[w] || verdictWords[w] {
				return "111"
			}
			if w == "NOT" || w == "N'T" {
				break // "was not illegal"
			}
		}
	}
	return ""
}
