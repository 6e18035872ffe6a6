package coder

// datelineAgency reports whether the phrase at leaves first..last is the
// news agency of a dateline ("ISLAMABAD (Reuters) - It accused India ..."):
// the byline names who wrote the story, not an actor of it, so "it" or
// "they" after it must not refer to it, and no event takes it as source or
// target (add records it uncoded): with the subject uncoded, "BAMAKO (AFP) -
// Jihadists attacked ..." made the agency the attacker. The phrase stands
// in parentheses after the sentence's opening proper nouns (the city,
// perhaps a comma and a country, or the date: "NIAMEY, July 26 (Reuters)",
// whose day is a number).
func (s *sent) datelineAgency(first, last int) bool {
	if first < 2 || first > 5 || s.tags[first-1] != "-LRB-" || last+1 >= len(s.tags) || s.tags[last+1] != "-RRB-" {
		return false
	}
	for j := 0; j < first-1; j++ {
		if t := s.tags[j]; t != "NNP" && t != "NNPS" && t != "," && t != "CD" {
			return false
		}
	}
	return true
}
