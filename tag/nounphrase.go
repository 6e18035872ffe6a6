package tag

import (
	"strings"

	"github.com/dyadproject/dyad/token"
)

// The tagger reads left to right, so at a plural after a name or an
// adjective ("Boko Haram hideouts", "National Guard troops") it has seen
// only the modifier, and a name then an -s word is to the model a subject
// and its verb ("Kigali supports"). Where the word before the modifiers
// opens a noun phrase that cannot be a clause's subject — a preposition
// ("against Boko Haram hideouts in"), "to", or a count ("10,000 National
// Guard troops") — the -s word is the phrase's head, not a verb. Read as a
// verb it split the phrase, and the object or target was lost.

// clauseWords are words tagged IN that may open a clause, whose subject
// may then be a name and its verb: "after Russia says", "that Kenya plans".
var clauseWords = map[string]bool{
	"as": true, "after": true, "when": true, "while": true, "before": true,
	"because": true, "since": true, "until": true, "once": true, "though": true,
	"although": true, "whereas": true, "where": true, "that": true, "if": true,
	"unless": true, "whether": true, "but": true, "so": true, "than": true,
	"like": true, "till": true, "lest": true,
}

// dayOrMonth reports whether w names a weekday or a month: "on Saturday"
// is a phrase of its own, and a name after it starts a new phrase ("on
// Sunday Russia launches ..."). May is not listed (it is also a modal and a
// surname, "Theresa May"), so "in May Russia launches", May tagged a name,
// still reads as one phrase.
func dayOrMonth(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"January", "February", "March", "April", "June", "July", "August",
		"September", "October", "November", "December":
		return true
	}
	return false
}

// year reports whether w is a bare four-digit year ("the 1951 treaty"), which
// dates a phrase rather than counting its head.
func year(w string) bool {
	return len(w) == 4 && (w[0] == '1' || w[0] == '2') &&
		'0' <= w[1] && w[1] <= '9' && '0' <= w[2] && w[2] <= '9' && '0' <= w[3] && w[3] <= '9'
}

// pluralInNounPhrase retags as a plural noun a lower-case -s word the model
// made a present-tense verb after one to five modifiers (adjectives, names,
// nouns) that a preposition, "to" or a count opens.
func pluralInNounPhrase(toks []token.Token) {
	for i := 2; i < len(toks); i++ {
		if t := toks[i].Tag; t != "VBZ" && t != "VBP" {
			continue
		}
		w := toks[i].Word
		if !pluralNoun(w) && !(len(w) > 4 && strings.HasSuffix(w, "ias") && 'a' <= w[0] && w[0] <= 'z') {
			continue // "militias": pluralNoun leaves out -as for "has", "was"
		}
		s := i
		for s > 0 && i-s < 5 && !dayOrMonth(toks[s-1].Word) {
			t := toks[s-1].Tag
			if t != "JJ" && t != "NNP" && t != "NNPS" && t != "NN" {
				break
			}
			s--
		}
		if s == i || s == 0 {
			continue
		}
		o := toks[s-1]
		switch o.Tag {
		case "IN":
			if clauseWords[o.Word] || (o.Word != "" && 'A' <= o.Word[0] && o.Word[0] <= 'Z') {
				continue // a capitalised preposition may open the sentence's own clause: "In Kenya, ..."
			}
		case "TO":
		case "CD":
			if year(o.Word) {
				continue
			}
		default:
			continue
		}
		toks[i].Tag = "NNS"
	}
}
