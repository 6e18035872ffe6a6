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
		parts := strings.Split(ws[j], "-")
		for _, p := range parts {
			if p == "" {
				return -1, 0
			}
		}
		tmp := make([]string, 0, len(ws)-i+len(parts))
		tmp = append(append(append(tmp, ws[i:j]...), parts...), ws[j+1:]...)
		idx, n := s.c.d.Actors.Match(tmp, 0)
		if idx < 0 || n < j-i+len(parts) {
			return -1, 0
		}
		return idx, n - len(parts) + 1
	}
	return -1, 0
}
