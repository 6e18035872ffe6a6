package coder

// "The North" and "the South" for the two Koreas.
//
// Wire copy on the Korean peninsula names each Korea once and "the North"
// or "the South" after ("Seoul condemned the North's artillery barrage",
// "the South returned fire"): a definite, capitalised North or South with
// no name after it. Elsewhere the same words are a country's own region
// (Nigeria's north, the American South) or the rich and poor worlds, so
// they are read as a Korea only when the sentence itself speaks of Korea.

// koreanNorth returns the dictionary entry of North Korea (South Korea)
// when word i of ws (a prefix of the sentence's words) is the North (South)
// of "the North" or "the North's" in a sentence that names Korea, its
// capitals or its news agency; else -1.
func (s *sent) koreanNorth(ws []string, i int) int {
	if ws[i] != "NORTH" && ws[i] != "SOUTH" || i == 0 || ws[i-1] != "THE" || s.tags[i] != "NNP" {
		return -1
	}
	if i+1 < len(s.tags) && (s.tags[i+1] == "NNP" || s.tags[i+1] == "NNPS") {
		return -1 // "the North Darfur capital", "the North Atlantic"
	}
	korea := false
	for _, w := range s.words {
		switch w {
		case "KOREA", "KOREAS", "KOREAN", "KOREANS", "SEOUL", "PYONGYANG", "KCNA", "PANMUNJOM":
			korea = true
		}
	}
	if !korea {
		return -1
	}
	idx, n := s.c.d.Actors.Match([]string{ws[i], "KOREA"}, 0)
	if n != 2 {
		return -1
	}
	return idx
}
