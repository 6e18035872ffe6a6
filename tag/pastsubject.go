package tag

import (
	"strings"

	"github.com/dyadproject/dyad/token"
)

// The tagger reads left to right, so after a plural subject that opens a
// clause it often takes the past tense for a participle ("as M23 rebels
// pushed/VBN into Goma", "said its troops killed/VBN 11 militants"). The
// parser then hangs the participle on the noun as a reduced relative
// clause and the clause is left without a verb, so nothing is coded.
// This is round thirty's tag30 form B, carried alone (round thirty-one,
// retry31): its bundle with a plural-before-verb rule failed on held.

// pastSameAsParticiple reports whether w, a lower-case word the model read
// as a participle, is also a past tense: a regular verb in -ed or an
// irregular one whose two forms are spelled alike. "taken", "given" and
// their kind are participles only.
func pastSameAsParticiple(w string) bool {
	if len(w) > 3 && strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "shot", "hit", "struck", "fought", "sent", "led", "held", "fled", "met",
		"left", "lost", "put", "won", "caught", "brought", "sought", "told":
		return true
	}
	return false
}

// subordinators open a clause whose subject follows at once: after them a
// noun phrase is a subject, never an object. The capitalised forms, which
// open sentences and quotations ("As rebels pushed ..."), are added in init
// so the check needs no lower-casing.
var subordinators = map[string]bool{
	"as": true, "after": true, "when": true, "while": true, "before": true,
	"because": true, "since": true, "until": true, "once": true, "though": true,
	"although": true, "whereas": true, "where": true, "that": true, "if": true,
	"unless": true, "whether": true, "but": true,
}

func init() {
	words := make([]string, 0, len(subordinators))
	for w := range subordinators {
		words = append(words, w)
	}
	for _, w := range words {
		subordinators[strings.ToUpper(w[:1])+w[1:]] = true
	}
}

// sayVerbs take a clause without "that" ("said its troops killed").
var sayVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "reported": true, "added": true,
	"stated": true, "announced": true, "claimed": true, "confirmed": true,
	"insisted": true, "acknowledged": true, "alleged": true,
}

// weekdays name the day in "said on Monday its troops ...".
var weekdays = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true,
}

// pastAfterPluralSubject retags as a past tense a participle in -ed (or
// an irregular verb spelled alike) right after a plural noun whose phrase
// opens a clause: after a subordinator ("as rebels pushed/VBN into"), a
// comma and "and" or "but", or a verb of saying ("said its troops
// killed/VBN 11 militants"). There the noun phrase is a subject, and a
// participle after it could only be a reduced relative clause whose own
// clause still needs a finite verb; when none follows before the clause
// ends, and no agent follows ("rebels backed by Rwanda"), the participle is
// that verb. A headline's passive ("Five soldiers killed in attack") opens
// the sentence and is left alone.
func pastAfterPluralSubject(toks []token.Token) {
	for v := 2; v < len(toks); v++ {
		if toks[v].Tag != "VBN" || !pastSameAsParticiple(toks[v].Word) {
			continue
		}
		if v+1 < len(toks) && toks[v+1].Word == "by" {
			continue
		}
		p := v - 1
		if toks[p].Tag == "RB" {
			p--
		}
		if p < 1 || toks[p].Tag != "NNS" {
			continue
		}
		k := nounPhraseStart(toks, p) - 1
		if k < 0 || !clauseOpener(toks, k) || finiteBeforeClauseEnd(toks, v+1) {
			continue
		}
		toks[v].Tag = "VBD"
	}
}

// nounPhraseStart returns the first token of the noun phrase whose head is
// token p: modifiers back to a determiner or possessive, which open it.
func nounPhraseStart(toks []token.Token, p int) int {
	s := p
	for k := p - 1; k >= 0 && p-k <= 6; k-- {
		switch toks[k].Tag {
		case "JJ", "JJR", "JJS", "NN", "NNP", "NNPS", "CD", "POS":
			s = k
			continue
		case "DT", "PRP$", "PDT":
			return k
		}
		break
	}
	return s
}

// clauseOpener reports whether token k, right before a noun phrase, makes
// that phrase a clause's subject.
func clauseOpener(toks []token.Token, k int) bool {
	w := toks[k].Word
	switch toks[k].Tag {
	case "IN", "WRB", "CC":
		if w == "and" {
			return k > 0 && toks[k-1].Tag == ","
		}
		if (w == "as" || w == "As") && k > 0 && toks[k-1].Tag == "VBN" {
			return false // "presented as rebels killed in combat", "seen as"
		}
		return subordinators[w]
	case "VBD", "VBZ", "VBP":
		return sayVerbs[w]
	case "NNP":
		// "said on Monday its troops ..."
		return weekdays[w] && k >= 2 && toks[k-1].Word == "on" && sayVerbs[toks[k-2].Word]
	}
	return false
}

// finiteBeforeClauseEnd reports whether a finite verb stands between
// token i and the end of its clause (punctuation, a conjunction or the
// sentence's end).
func finiteBeforeClauseEnd(toks []token.Token, i int) bool {
	for ; i < len(toks); i++ {
		switch toks[i].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case ",", ".", ":", "CC":
			return false
		}
	}
	return false
}
