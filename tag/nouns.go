package tag

// nounOnly returns the tag of a news noun that English never uses as a
// verb but that the model, which saw it rarely, often tags as one after a
// name or a nationality: "U.S. envoy/VBZ Jeffrey Feltman urged", "EU
// envoy/CC Josep Borrell criticized", "Turkish envoys/VBZ met/JJ Syrian
// leaders", "Israeli hostages/VBZ". The wrong tag hid the envoy's country
// from the subject or made "met" an adjective. It returns "" for any
// other word, which the model tags. "d'affaires", the second word of the
// diplomat's title "chargé d'affaires", ends in -s and was tagged VBZ: "summoned
// the U.S. charge d'affaires/VBZ over a statement" cut the title from its
// country and read "d'affaires over" as the clause's verb.
func nounOnly(w string) string {
	switch w {
	case "envoy", "hostage":
		return "NN"
	case "d'affaires", "d’affaires":
		return "NNS"
	case "envoys", "hostages",
		"thousands", "Thousands", "hundreds", "Hundreds", "dozens", "Dozens", "millions", "Millions":
		return "NNS" // "KABUL (Reuters) - Thousands/VBZ of Afghans fled"
	}
	return ""
}

// adverbNotVerb returns RB for "overnight" when the model made it a verb:
// "killed 20 people in Khan Younis overnight/VBD, the ministry said",
// "arrested 40 protesters overnight/VBN in Tbilisi". The word is an adverb
// or an adjective, never a verb; a verb there began a clause that took the
// sentence's objects. Its other tags are the model's.
func adverbNotVerb(w, tag string) string {
	if w == "overnight" && len(tag) >= 2 && tag[0] == 'V' && tag[1] == 'B' {
		return "RB"
	}
	return tag
}

// NeverVerb reports whether English never uses w as a verb although the
// model sometimes tags it as one: the adjectives "loyal", "dead" and
// "worth" and the prepositions "towards" and "toward". The chunker's
// verb repairs ask it too, so that they do not undo adjectiveNotVerb.
func NeverVerb(w string) bool {
	switch w {
	case "loyal", "dead", "worth", "towards", "toward":
		return true
	}
	return false
}

// adjectiveNotVerb returns JJ for "loyal", "dead" and "worth", and IN for
// "towards" and "toward", when the model gave them a verb tag (or, for the
// prepositions, any tag but IN): "forces loyal/VBP to the government",
// "leaving 20 soldiers dead/VBP", "a decision to suspend aid worth/VBD $2
// billion", "work with both countries towards/VBP a solution". The false
// verb cost more than its own word: the chunker took it for the clause's
// finite verb, so the real verb before it ("Syrian forces clashed with
// gunmen loyal to ...") was read as a participle on the subject and the
// sentence lost its event. The adjectives' other tags are the model's.
func adjectiveNotVerb(w, tag string) string {
	if !NeverVerb(w) {
		return tag
	}
	if w == "towards" || w == "toward" {
		return "IN"
	}
	if len(tag) >= 2 && tag[0] == 'V' && tag[1] == 'B' {
		return "JJ"
	}
	return tag
}

// wordNotSymbol returns NNP (capitalised) or NN for a word of letters the
// model gave a symbol or punctuation tag: "TEGUCIGALPA, March 26 (Reuters)
// - Honduras/$ established diplomatic relations". A word that begins with a
// letter is no currency sign, bracket or comma.
func wordNotSymbol(w, tag string) string {
	switch tag {
	case "$", "#", "(", ")", ",", ".", ":", "``", "''", "SYM", "-LRB-", "-RRB-":
	default:
		return tag
	}
	if w == "" || !(w[0] >= 'a' && w[0] <= 'z' || w[0] >= 'A' && w[0] <= 'Z') || len(w) < 2 {
		return tag
	}
	if w[0] >= 'A' && w[0] <= 'Z' {
		return "NNP"
	}
	return "NN"
}
