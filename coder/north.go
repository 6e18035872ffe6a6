package coder

// "The North" for North Korea, "the South" for South Korea.
//
// Wire copy on the Korean peninsula names North Korea once and "the North"
// after ("Seoul condemned the North's artillery barrage", "South Korea
// halted its broadcasts to restore trust with the North"): a definite,
// capitalised North with no name after it. Elsewhere the same words are a
// country's own region (Nigeria's, Sri Lanka's) or the rich world, so they
// are read as North Korea only when the sentence itself speaks of Korea.
// "The South" is the same usage from the other side ("North Korean
// artillery shelled the island, and the South returned fire"), and is read
// as South Korea under the same conditions; elsewhere it is a region (the
// American South, the global South).

// koreanHalf returns the dictionary entry of North Korea when word i of ws
// (a prefix of the sentence's words) is the North of "the North" or "the
// North's" in a sentence that names Korea, its capitals or its news agency,
// and that of South Korea for "the South" in such a sentence; else -1.
func (s *sent) koreanHalf(ws []string, i int) int {
	if ws[i] != "NORTH" && ws[i] != "SOUTH" || i == 0 || ws[i-1] != "THE" || s.tags[i] != "NNP" {
		return -1
	}
	if i+1 < len(s.tags) && (s.tags[i+1] == "NNP" || s.tags[i+1] == "NNPS") {
		return -1 // "the North Darfur capital", "the North Atlantic"
	}
	if !s.namesKorea() {
		return -1
	}
	idx, n := s.c.d.Actors.Match([]string{ws[i], "KOREA"}, 0)
	if n != 2 {
		return -1
	}
	return idx
}

// namesKorea reports whether the sentence names Korea or the Koreans, their
// capitals, the truce village or the North's news agency: the words that
// make "the North" North Korea. It stops at the first.
func (s *sent) namesKorea() bool {
	for _, w := range s.words {
		switch w {
		case "KOREA", "KOREAS", "KOREAN", "KOREANS", "SEOUL", "PYONGYANG", "KCNA", "PANMUNJOM":
			return true
		}
	}
	return false
}
