package tag

import "github.com/dyadproject/dyad/token"

// quotedClauseStart reports whether token i is the first word of a
// quotation that opens a clause: the quotation mark starts the sentence or
// follows a colon or a dash (a dateline's, or "said: “…”"), or a
// capitalised quotation follows a comma, "that" or a verb. The model
// learnt a sentence's first word from the sentinels before it; after a
// quotation mark it reads the same words with the mark as previous word
// and tag, and a capitalised first word then pulls the clause wrong: in
// `"Pakistani troops attacked Indian soldiers," the army said.`
// "attacked" came out an adjective and the quotation one noun phrase,
// while the bare clause was tagged right. So the words of such a
// quotation are tagged as the clause's would be without the mark. A
// quotation inside a clause keeps the mark as context: there it is more
// often a quoted term or name ('the so-called "special operation"') than
// a sentence. Tag then overwrites the two context slots before the word
// (the mark's and the one before it) with the sentence-start sentinels:
// the words before and the mark have been tagged already, and the words
// after read them as a sentence's opening.
func quotedClauseStart(toks []token.Token, i int) bool {
	if i == 0 || i >= len(toks) || !isOpeningQuote(toks[i-1].Word) || isOpeningQuote(toks[i].Word) {
		return false
	}
	j := i - 1
	for j > 0 && isOpeningQuote(toks[j-1].Word) {
		j-- // "`` `" or two marks in a row
	}
	if j == 0 {
		return true
	}
	switch toks[j-1].Word {
	case ":", "-", "--":
		return true
	}
	// A capitalised quotation after a comma, "that" or a verb is the
	// reported clause of "said, “We …”", "said “Troops …”", "said that
	// “…”"; a lower-case one goes on the reporter's clause ("called it
	// “a big mistake”") and keeps the mark as context.
	if w := toks[i].Word; w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	switch p := toks[j-1]; {
	case p.Word == ",", p.Word == "that":
		return true
	case p.Tag == "VBD", p.Tag == "VBZ", p.Tag == "VBP", p.Tag == "VBG":
		return true
	}
	return false
}

// isOpeningQuote reports whether w is an opening quotation mark as the
// tokenizer writes it (double or single) or as raw text gives it.
func isOpeningQuote(w string) bool {
	switch w {
	case "``", "`", "\"", "\u201c", "\u2018":
		return true
	}
	return false
}
