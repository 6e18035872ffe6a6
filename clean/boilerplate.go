package clean

import "strings"

// dropBoilerplate removes page furniture: share and follow buttons, cookie
// and subscription notices, "Read more" links, copyright lines. A short line
// counts when it starts with such a phrase, or is very short and contains one.
// A widget glued to a lead ("Share this article Copy link Rebels seized
// ...") is not furniture alone: the line is the story's first sentence, and
// dropping it loses the lead with the widget, so it is left to the
// widget-prefix step, which removes the widget only.
func dropBoilerplate(s string, r *run) *edit {
	lines := r.lines(s)
	var drop []bool
	for k, l := range lines {
		t := s[l.lo:l.hi]
		if len(t) == 0 || len(t) > shortLine || widgetAt(t) > 0 {
			continue
		}
		low := strings.ToLower(strings.TrimLeft(t, " -–—•·*>|[(#"))
		n := len(lineWords(low))
		hit := false
		for _, p := range boilerplate {
			if strings.HasPrefix(low, p) && n <= 15 || n <= 5 && !startOnly[p] && strings.Contains(low, p) {
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

// startOnly phrases are boilerplate only at the start of a line: inside a
// short line they may be a headline ("Biden comments on strike").
var startOnly = map[string]bool{
	"comments": true, "log in": true, "sign in": true, "copyright": true,
	"most read": true, "most popular": true, "trending now": true, "related:": true,
	"follow us": true, "print this": true, "email this": true,
}
