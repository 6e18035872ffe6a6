package clean

import "strings"

// dropWidget removes the text of a page widget a scraper glued before a
// story's first sentence: "Share this article Copy link North Korea's
// state media ...", "Keep reading ↓ Saudi Arabia and ...", "Reuters Staff 2
// Min Read Russian and Ukrainian delegations ...". Alone on a line such
// text is boilerplate (dropBoilerplate); glued to the lead it is read as
// the lead's subject ("Copy link North Korea's state media"). Only widget
// phrases (widgetPhrases, each perhaps closed by a link mark, one after
// another: "READ MORE >>", "Share on WhatsApp Share on X") or a byline
// with a reading time ("Reuters Staff 2 Min Read") at a line start,
// followed by a capital letter and a line of six words or more, are
// removed.
func dropWidget(s string, _ *run) *edit {
	return dropLinePrefixes(s, widgetAt)
}

// widgetAt returns the length of the widgets opening t with the spaces
// after them, when a lead of six words or more follows; 0 otherwise. A
// widget may end in a link mark (":", ">>", "»", "|"), as a teaser's
// "READ MORE >>" or "Share this article:" does, and widgets may follow one
// another ("Share on WhatsApp Share on X"): each is removed.
func widgetAt(t string) int {
	n := 0
	for {
		m := widgetPhraseAt(t[n:])
		if m == 0 {
			break
		}
		n += m
		for n < len(t) && t[n] == ' ' {
			n++
		}
	}
	if n == 0 {
		n = readingTimeAt(t)
		for n > 0 && n < len(t) && t[n] == ' ' {
			n++
		}
	}
	if n == 0 || n >= len(t) || t[n-1] != ' ' {
		return 0
	}
	if !isUpperASCII(t[n]) || strings.Count(t[n:], " ") < 5 {
		return 0
	}
	return n
}

// widgetPhraseAt returns the length of the widget phrase opening t with a
// link mark after it, if any, when a space follows; 0 otherwise.
func widgetPhraseAt(t string) int {
	n := 0
	for _, p := range widgetPhrases {
		if strings.HasPrefix(t, p) {
			n = len(p)
			break
		}
	}
	if n == 0 {
		return 0
	}
	for _, m := range linkMarks {
		if strings.HasPrefix(t[n:], m) {
			n += len(m)
			break
		}
	}
	if n >= len(t) || t[n] != ' ' {
		return 0
	}
	return n
}

// readingTimeAt returns the length of a byline with a reading time opening
// t, "Reuters Staff 2 Min Read" or "By Jane Doe 3 min read": up to four
// words, then a number and "Min Read"; 0 otherwise.
func readingTimeAt(t string) int {
	i := 0
	for w := 0; w <= 4 && i < len(t); w++ {
		if t[i] >= '0' && t[i] <= '9' {
			for i < len(t) && t[i] >= '0' && t[i] <= '9' {
				i++
			}
			for _, r := range []string{" Min Read", " min read"} {
				if strings.HasPrefix(t[i:], r) {
					return i + len(r)
				}
			}
			return 0
		}
		k := strings.IndexByte(t[i:], ' ')
		if k <= 0 {
			return 0
		}
		i += k + 1
	}
	return 0
}

// linkMarks are the marks a teaser or share widget may end in, "READ MORE
// >>", "Read more:", "Share on Facebook |": a colon right after the
// phrase, the others after a space.
var linkMarks = []string{":", " >>", " »", " |"}

// widgetPhrases are the share, reading and advertisement widgets seen
// glued to leads, longest first where one begins another.
var widgetPhrases = []string{
	"Share this article Copy link", "Share this article", "Keep reading ↓",
	"Keep reading", "Story continues below advertisement",
	"Advertisement Scroll to continue", "Advertisement", "ADVERTISEMENT",
	"SUBSCRIBE TO OUR NEWSLETTER", "Continue reading", "Skip to content",
	"READ MORE", "Read more", "Share on Facebook", "Share on Twitter", "Share on WhatsApp",
	"Share on LinkedIn", "Share on X", "Share via Email",
}
