package clean

import "strings"

// dropLabels removes the labels a scraper glued before a story's first
// sentence with vertical bars: a site's name ("Tasnim News Agency | Iran's
// Revolutionary Guards shot down ..."), a section or a breaking-news flag
// ("BREAKING NEWS | Seoul says ..."), a byline or a time stamp ("By Staff
// Reporter | Updated 14:32 IST ...") or the headline itself ("Truce takes
// hold | The truce between ..."). The tagger reads the labels as the lead's
// opening words, so the site or the flag stands where the subject should.
// The bar is page furniture, never prose, so whatever stands before the
// last bar of the line is the labels.
//
// Only labels of at most eight words each, none ending like a sentence,
// followed by a lead that opens with a capital and has six words or more,
// are removed. A headline that ends in labels ("... without deal | World
// News | Sky News") has no lead after its last bar and is left, as is a
// menu line (dropNavigation).
func dropLabels(s string, _ *run) *edit {
	if !strings.Contains(s, " | ") {
		return nil
	}
	return dropLinePrefixes(s, labelsAt)
}

// labelsAt returns the length of the labels opening t up to the lead after
// the last bar, when a lead follows (see dropLabels); 0 otherwise.
func labelsAt(t string) int {
	k := strings.LastIndex(t, " | ")
	if k <= 0 {
		return 0
	}
	lead := t[k+3:]
	if len(lead) == 0 || !isUpperASCII(lead[0]) || strings.Count(lead, " ") < 5 {
		return 0
	}
	for _, label := range strings.Split(t[:k], " | ") {
		if n := len(strings.Fields(label)); n == 0 || n > 8 || endsSentence(label) {
			return 0
		}
	}
	return k + 3
}
