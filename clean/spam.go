package clean

import "strings"

// dropSpam removes keyword-stuffed lines unrelated to the body, like
// "Business as usual meme free#" above an article: a short line that is not
// a sentence, and either carries spam words or hashtags, or shares none of
// its words with the rest of the document while standing first or last.
func dropSpam(s string, r *run) *edit {
	lines := r.lines(s)
	var drop []bool
	var counts map[string]int // how often the words of a line occur in the text
	first, last := -1, -1
	for k, l := range lines {
		if l.hi > l.lo {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	for k, l := range lines {
		t := s[l.lo:l.hi]
		if len(t) == 0 || len(t) > shortLine || endsSentence(t) {
			continue
		}
		ws := lineWords(t)
		if len(ws) == 0 || len(ws) > 12 {
			continue
		}
		// A line the next one continues (a wrapped sentence) is not a title.
		continued := k+1 < len(lines) && lines[k+1].hi > lines[k+1].lo && s[lines[k+1].lo] >= 'a' && s[lines[k+1].lo] <= 'z'
		weight := 0
		for _, w := range ws {
			if spamWords[w] {
				weight++
			}
		}
		if strings.HasSuffix(strings.TrimSpace(t), "#") || strings.Contains(t, " #") || strings.HasPrefix(t, "#") {
			weight += 2
		}
		edge := k == first || k == last
		if weight == 0 && (!edge || continued) {
			continue
		}
		inLine := map[string]int{}
		for _, w := range ws {
			inLine[w]++
		}
		counts = countWords(s, inLine, counts)
		content, shared := 0, 0
		for _, w := range ws {
			if len(w) < 3 || isCommonWord(w) {
				continue
			}
			content++
			if counts[w] > inLine[w] {
				shared++
			}
		}
		overlap := 1.0
		if content > 0 {
			overlap = float64(shared) / float64(content)
		}
		if weight >= 2 || weight == 1 && overlap < 0.5 || edge && !continued && content >= 3 && shared == 0 && len(lines) > 2 && len(s) > 50*8 {
			if drop == nil {
				drop = make([]bool, len(lines))
			}
			drop[k] = true
		}
	}
	if drop == nil {
		return nil
	}
	return dropLines(s, lines, drop)
}

// spamWords are words of keyword-stuffed titles and link spam.
var spamWords = setOf(`meme memes free download downloads pdf torrent crack keygen
casino viagra porn xxx sex hd 1080p 720p cheap discount coupon coupons promo
hack hacks apk mod unlimited generator bonus jackpot lottery wallpaper
wallpapers ringtone ringtones cams dating`)
