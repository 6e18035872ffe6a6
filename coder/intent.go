package coder

import "strings"

// An intent is its speaker's. A reciprocal pattern ("- WAS * TALKS WITH +
// [046:046]") read after "ready to" becomes an intent (036), and "Pakistan
// said it was ready to hold talks with India" then made India intend to
// meet Pakistan as well. The codebook's 03 family is what the source
// "offers, promises, agrees to, or otherwise indicates"; a readiness, an
// offer or a wish ("ready / willing / prepared / eager to", "offered /
// wants / hopes / seeks to") is the one side's. A joint act reported as
// coming ("Japan will sign a trade agreement with China") keeps both
// sides, and a compound source ("Iran and Iraq agreed to resume talks")
// still gives each member's intent toward the other from the forward code.

// oneWayIntent returns after, the code a reciprocal pattern code before
// became, without its reverse half when its forward half turned into an
// intent (03) that before did not name and the verb group starting at
// leaf vs follows a word of readiness or wish and "to".
func (s *sent) oneWayIntent(before, after string, vs int) string {
	i := strings.IndexByte(after, ':')
	if i < 0 || !strings.HasPrefix(after, "03") || strings.HasPrefix(before, "03") || !s.disposedTo(vs) {
		return after
	}
	return after[:i]
}

// disposedTo reports whether the verb at leaf vs is the infinitive of a
// word of readiness, offer or wish: "ready to hold talks", "offered to
// mediate", "wants to resume talks".
func (s *sent) disposedTo(vs int) bool {
	if vs < 2 || s.words[vs-1] != "TO" {
		return false
	}
	switch s.words[vs-2] {
	case "READY", "WILLING", "PREPARED", "EAGER", "OPEN", "KEEN",
		"OFFERED", "OFFERS", "OFFERING", "OFFER",
		"WANTS", "WANTED", "WANT", "HOPES", "HOPED", "HOPE",
		"SEEKS", "SOUGHT", "SEEK", "WISHES", "WISHED":
		return true
	}
	return false
}
