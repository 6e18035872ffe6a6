package chunk

import "strings"

// retagQuotedVerb repairs a partial quote that is the verb of a reported
// clause: `said it "firmly opposes" the sale`, `said Beijing "strongly
// protests" the decision`, `said he "deeply regretted" Moscow's decision`.
// Inside the marks the tagger lost the clause and read the adverb as an
// adjective and the verb as a plural noun or a participle (firmly/JJ
// opposes/NNS), so the reported clause had no verb and its event was lost.
// A quote opened right after a pronoun or a name, holding one to three -ly
// adverbs and one word ending in -s or -ed, closed right after that word,
// is an adverb and a finite verb (VBZ, VBD); quotedVerb then keeps the
// marks inside the verb phrase. A quoted noun phrase (`called it "a
// barbaric act"`) or adjective (`called it "outrageous"`) opens with no
// adverb and is left alone.
//
// The pronoun or name must be the reported clause's subject, not a verb's
// object: after "called it", "found him", "branded Kiev" the quote is
// the object's complement (`called it "totally unfounded"`, `branded
// Kiev "deeply misguided"`), an adjective in -ed or -ous however
// like a verb it looks. So a verb right before the pronoun or name must
// be a form of "say" or "add", the verbs that report a clause with no
// "that" (`said it`, `added he`); a time phrase or "that" between
// ("said on Monday it") leaves no verb there.
func (s *state) retagQuotedVerb() {
	// k+3 < s.end keeps the adverbs and the verb (j <= k+3) inside the
	// sentence; the closing mark at j+1 may be past it (tag gives "").
	for k := 1; k+3 < s.end; k++ {
		if s.tag(k) != "``" {
			continue
		}
		switch s.tag(k - 1) {
		case "PRP", "NNP", "NNPS":
		default:
			continue
		}
		if isVerb(s.tag(k-2)) && !s.is(reportingVerbs, k-2) {
			continue
		}
		j := k + 1
		for j < k+4 && strings.HasSuffix(s.word(j), "ly") && (s.tag(j) == "RB" || s.tag(j) == "JJ") {
			j++
		}
		if j == k+1 || s.tag(j+1) != "''" {
			continue
		}
		w := s.word(j)
		var vt string
		switch {
		case strings.HasSuffix(w, "ed"):
			vt = "VBD"
		case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
			vt = "VBZ"
		default:
			continue
		}
		for a := k + 1; a < j; a++ {
			s.toks[a].Tag = "RB"
		}
		s.toks[j].Tag = vt
	}
}

// reportingVerbs are the verbs after which a pronoun or name opens a
// reported clause, not an object: "said it", "added he".
var reportingVerbs = map[string]bool{
	"say": true, "says": true, "said": true, "saying": true,
	"add": true, "adds": true, "added": true,
}
