package clean

import "strings"

// dropHeadline removes a headline in capitals that a scraper glued before a
// story's first sentence on the same line: "MAYOR SHOT DEAD Gunmen shot dead
// the mayor ...", "GAZA DEAL SIGNED Israel and Hamas signed ...", "TOP
// STORIES Angola said ...", "IRAN-ISRAEL LIVE: Tehran says ...". The
// tagger reads the capitalised words as a proper name opening the lead, so
// the lead's subject becomes a long name ("MAYOR SHOT DEAD Gunmen") or the
// headline's verb is coded in place of the lead's. The headline says again
// what the lead says, so nothing is lost.
//
// Only a run of two words or more written wholly in capitals (letters,
// digits, hyphens, apostrophes and full stops; the last may end in a
// colon), one of them of five letters or more, at a line start and followed
// by a capitalised word in lower case and a lead of six words or more, is
// removed. A run of acronyms ("US FBI Director") has no long word and is
// kept; so is a run that is one place's name ("HONG KONG Police"), a
// dateline whose dash was lost, which the coder reads for visits. A
// dateline with its dash ("WASHINGTON — Trump ...") is never a run followed
// by a capitalised word, and a line wholly in capitals has no lead.
func dropHeadline(s string, r *run) *edit {
	return dropLinePrefixes(s, func(t string) int { return headlineAt(t, r.opts.Names) })
}

// headlineAt returns the length of a headline in capitals opening t with the
// space after it, when a lead follows (see dropHeadline); 0 otherwise.
func headlineAt(t string, ns *Names) int {
	i, words, long := 0, 0, false
	for {
		j := i
		for j < len(t) && capsByte(t[j]) {
			j++
		}
		colon := j < len(t) && t[j] == ':'
		if colon {
			j++
		}
		if j >= len(t) || t[j] != ' ' || !allCapsWord(t[i:j]) {
			break
		}
		if letters(t[i:j]) >= 5 {
			long = true
		}
		words++
		i = j + 1
		if colon {
			break
		}
	}
	if words < 2 || !long {
		return 0
	}
	// The lead opens with a capitalised word in lower case, or with "A"
	// before another word ("RUSSIA JAILS DANCER A Moscow court ...").
	lead := t[i:]
	if !(len(lead) > 1 && isUpperASCII(lead[0]) && isLowerASCII(lead[1])) &&
		!(len(lead) > 2 && lead[0] == 'A' && lead[1] == ' ') {
		return 0
	}
	if strings.Count(lead, " ") < 5 {
		return 0
	}
	if ns != nil {
		head := strings.ToLower(strings.TrimRight(t[:i], " :"))
		if _, n := ns.at(head, 0); n == len(head) {
			return 0
		}
	}
	return i
}

// capsByte reports whether b may stand in a word written in capitals.
func capsByte(b byte) bool {
	return isUpperASCII(b) || (b >= '0' && b <= '9') || b == '-' || b == '\'' || b == '.'
}

// allCapsWord reports whether w has a capital letter, no lower-case letter,
// and at least two letters: "A" and "I" open leads, not headlines.
func allCapsWord(w string) bool {
	return letters(w) >= 2 && isUpperASCII(w[0])
}

// letters counts the ASCII capitals in w.
func letters(w string) int {
	n := 0
	for k := 0; k < len(w); k++ {
		if isUpperASCII(w[k]) {
			n++
		}
	}
	return n
}
