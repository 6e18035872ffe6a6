package clean

import (
	"strings"
	"unicode"
)

// A line of the text: [lo, hi) without its newline; next is where the
// following line starts (after the newline).
type line struct {
	lo, hi, next int
}

func splitLines(s string) []line {
	var out []line
	for i := 0; i <= len(s); {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			if i < len(s) {
				out = append(out, line{i, len(s), len(s)})
			}
			break
		}
		out = append(out, line{i, i + j, i + j + 1})
		i += j + 1
	}
	return out
}

// dropLines removes the lines for which drop is true, each with its newline.
func dropLines(s string, lines []line, drop []bool) *edit {
	var e *edit
	start := 0
	for k, l := range lines {
		if !drop[k] {
			continue
		}
		e = lazy(e, s)
		e.copy(start, l.lo)
		e.note(s[l.lo:l.hi], "")
		start = l.next
	}
	return finish(e, start)
}

// lineWords returns the lower-cased words of a line.
func lineWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}

// endsSentence reports whether a line ends like a sentence.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, ":")
}

// short lines are the only candidates for spam, boilerplate and navigation.
const shortLine = 160

// dropSpam removes keyword-stuffed lines unrelated to the body, like
// "Business as usual meme free#" above an article: a short line that is not
// a sentence, and either carries spam words or hashtags, or shares none of
// its words with the rest of the document while standing first or last.
func dropSpam(s string, _ *run) *edit {
	lines := splitLines(s)
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

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// dropBoilerplate removes page furniture: share and follow buttons, cookie
// and subscription notices, "Read more" links, copyright lines. A short line
// counts when it starts with such a phrase, or is very short and contains one.
func dropBoilerplate(s string, _ *run) *edit {
	lines := splitLines(s)
	var drop []bool
	for k, l := range lines {
		t := s[l.lo:l.hi]
		if len(t) == 0 || len(t) > shortLine {
			continue
		}
		low := strings.ToLower(strings.TrimLeft(t, " -–—•·*>|[(#"))
		n := len(lineWords(low))
		hit := false
		for _, p := range boilerplate {
			if strings.HasPrefix(low, p) && n <= 15 || n <= 5 && strings.Contains(low, p) {
				hit = true
				break
			}
		}
		if hit {
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

var boilerplate = []string{
	"share this", "share on", "share via", "share:", "tweet this", "click here",
	"read more", "read the full", "continue reading", "subscribe", "sign up for",
	"newsletter", "we use cookies", "this website uses cookies", "this site uses cookies",
	"cookie policy", "cookie settings", "accept all cookies", "accept cookies",
	"by continuing to use", "privacy policy", "terms of use", "terms of service",
	"all rights reserved", "advertisement", "sponsored content", "follow us",
	"related articles", "related stories", "related:", "recommended for you",
	"you may also like", "most read", "most popular", "trending now", "print this",
	"email this", "skip to content", "skip to main", "back to top", "leave a comment",
	"comments", "log in", "sign in", "copyright", "©",
}

// dropNavigation removes menus: short lines of items separated by "|", "»",
// "›" or "•"; short lines that are not sentences and occur more than once
// (a menu repeated above and below the story); and runs of four or more
// one- or two-word lines.
func dropNavigation(s string, _ *run) *edit {
	lines := splitLines(s)
	var drop []bool
	mark := func(k int) {
		if drop == nil {
			drop = make([]bool, len(lines))
		}
		drop[k] = true
	}
	seen := map[string]int{}
	for _, l := range lines {
		t := s[l.lo:l.hi]
		if len(t) > 0 && len(t) <= 80 && !endsSentence(t) {
			seen[t]++
		}
	}
	run := 0
	for k, l := range lines {
		t := s[l.lo:l.hi]
		var ws []string
		if len(t) <= shortLine {
			ws = lineWords(t)
		}
		if len(t) > 0 && len(t) <= 40 && len(ws) <= 2 && !endsSentence(t) && !strings.ContainsAny(t, ",;") {
			run++
		} else {
			if run >= 4 {
				for m := k - run; m < k; m++ {
					mark(m)
				}
			}
			run = 0
		}
		if len(t) == 0 || len(t) > shortLine {
			continue
		}
		if seps := strings.Count(t, "|") + strings.Count(t, "»") + strings.Count(t, "›") + strings.Count(t, " • "); seps >= 2 && len(ws) <= 4*(seps+1) && !endsSentence(t) {
			mark(k)
		} else if seen[t] > 1 && len(ws) <= 8 {
			mark(k)
		}
	}
	if run >= 4 {
		for m := len(lines) - run; m < len(lines); m++ {
			mark(m)
		}
	}
	if drop == nil {
		return nil
	}
	return dropLines(s, lines, drop)
}
