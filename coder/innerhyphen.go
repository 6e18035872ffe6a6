package coder

import "strings"

// matchInnerHyphen matches an actor phrase one of whose later words the
// text writes with a hyphen where Phoenix writes two words: "Lee
// Myung-bak" (LEE_MYUNG_BAK_), "Khalifa bin Salman al-Khalifa"
// (KHALIFA_BIN_SALMAN_AL_KHALIFA_), "Tsai Ing-wen". matchHyphen reads a
// hyphenated first word ("Jean-Bertrand Aristide"); a hyphenated word
// inside the phrase was never split, so such names were no actor. The
// phrase must start at a word without a hyphen and cover every part of the
// hyphenated word, the first within the next four words. It returns the
// entry and the number of text words, or -1, 0.
func (s *sent) matchInnerHyphen(ws []string, i int) (int, int) {
	if i >= len(ws) || strings.IndexByte(ws[i], '-') >= 0 || !strings.HasPrefix(s.tags[i], "NNP") {
		return -1, 0
	}
	for j := i + 1; j < len(ws) && j <= i+4; j++ {
		if !strings.HasPrefix(s.tags[j], "NNP") && s.tags[j] != "IN" && s.tags[j] != "JJ" {
			return -1, 0 // the name ended
		}
		if strings.IndexByte(ws[j], '-') <= 0 {
			continue
		}
		parts, ok := hyphenParts(ws[j])
		if !ok {
			return -1, 0
		}
		return s.matchSplit(ws, i, j, parts)
	}
	return -1, 0
}
