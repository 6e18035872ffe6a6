package tag

import (
	"strings"

	"github.com/dyadproject/dyad/token"
)

// The tagger reads left to right, so at a plural after a name or an
// adjective ("Nigerian troops", "clan militias") it has seen only the
// modifier, and a capitalised word then an -s word is to the model a
// subject and its verb ("Kigali supports"). When the word after the plural
// is a verb too, one of the two is not: English puts no two finite verbs
// side by side, and the one ending like a plural is the noun. The same
// left-to-right reading turns the past tense after such a subject into a
// participle ("as M23 rebels pushed/VBN into Goma", "said its troops
// killed/VBN 11 militants"), which the parser then hangs on the noun as a
// reduced relative clause, leaving the clause without a verb.

// linkingVerbs are -s verbs that do take a participle or a clause right
// after them ("Kenya remains committed", "Kigali stands accused", "Moscow
// says"): after a name they are the verb, whatever follows.
var linkingVerbs = map[string]bool{
	"remains": true, "seems": true, "appears": true, "looks": true, "gets": true,
	"becomes": true, "stands": true, "feels": true, "sounds": true, "stays": true,
	"goes": true, "comes": true, "turns": true, "grows": true, "keeps": true,
	"lies": true, "sits": true, "rests": true, "says": true, "claims": true,
	"wants": true, "needs": true, "thinks": true, "believes": true, "knows": true,
	"hopes": true, "expects": true, "plans": true, "tends": true, "means": true,
	"finds": true, "considers": true, "does": true, "insists": true, "denies": true,
}

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

// pluralBeforeVerb retags as a plural noun a lower-case -s word the model
// made a present-tense verb between a modifier (adjective, name or noun)
// and a past tense, participle or modal: "Nigerian/NNP troops/VBZ killed",
// "clan militias/VBP jointly recaptured" ("militias" ends in -as, which
// pluralNoun leaves out for "has" and "was"; -ias is a plural). A present
// tense after it is left alone: "ceasefire takes hold/VBP" is the model's
// second error, not its first. A participle after the repaired noun is its past tense
// unless an agent follows ("troops backed by Chad" stays a participle).
func pluralBeforeVerb(toks []token.Token) {
	for i := 1; i+1 < len(toks); i++ {
		if t := toks[i].Tag; t != "VBZ" && t != "VBP" {
			continue
		}
		switch toks[i-1].Tag {
		case "JJ", "NNP", "NNPS", "NN":
		default:
			continue
		}
		w := toks[i].Word
		if !(pluralNoun(w) || strings.HasSuffix(w, "ias")) || linkingVerbs[w] {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i <= 2 && toks[j].Tag == "RB" {
			j++
		}
		if j >= len(toks) {
			continue
		}
		switch toks[j].Tag {
		case "VBD", "MD":
		case "VBN":
			if !pastSameAsParticiple(toks[j].Word) {
				continue
			}
			if j+1 >= len(toks) || toks[j+1].Word != "by" {
				toks[j].Tag = "VBD"
			}
		default:
			continue
		}
		toks[i].Tag = "NNS"
	}
}

// subordinators open a clause whose subject follows at once: after them a
// noun phrase is a subject, never an object.
var subordinators = map[string]bool{
	"as": true, "after": true, "when": true, "while": true, "before": true,
	"because": true, "since": true, "until": true, "once": true, "though": true,
	"although": true, "whereas": true, "where": true, "that": true, "if": true,
	"unless": true, "whether": true, "but": true,
}

func init() {
	// the capitalised forms open sentences and quotations ("As rebels
	// pushed ..."); listed here so the check needs no lower-casing
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
