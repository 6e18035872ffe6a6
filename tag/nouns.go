package tag

// nounOnly returns the tag of a news noun that English never uses as a
// verb but that the model, which saw it rarely, often tags as one after a
// name or a nationality: "U.S. envoy/VBZ Jeffrey Feltman urged", "EU
// envoy/CC Josep Borrell criticized", "Turkish envoys/VBZ met/JJ Syrian
// leaders", "Israeli hostages/VBZ". The wrong tag hid the envoy's country
// from the subject or made "met" an adjective. It returns "" for any
// other word, which the model tags.
func nounOnly(w string) string {
	switch w {
	case "envoy", "hostage":
		return "NN"
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
