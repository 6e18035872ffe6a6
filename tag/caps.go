package tag

import (
	"strings"
	"unsafe"

	"github.com/dyadproject/dyad/token"
)

// An all-caps headline given as the sentence ("IRAN WARNS US OVER STRAIT
// CLOSURE") reads to the model as a row of proper nouns: the capitals are
// its strongest cue, and every word became NNP, so no verb and nothing to
// code. Inside such a run the tagger
// reads each word as its lower-case form, which it knows as a verb, a noun
// or a function word, and keeps a proper-noun tag only for words the model
// itself knows mostly as names ("iran", "niger", "ecowas") or not at all.
//
// Round sixteen folded Title Case headline prefixes and dropped it: a run
// of titles and names ("Ethiopian Prime Minister Abiy Ahmed") is Title
// Case too, and "Ahmed" folded to a verb. Capitals on every letter of four
// or more words in a row are no such run, and the names in it are kept by
// the model's own word weights, so the fold is limited to them.

// minCapsRun is the number of all-caps words of two or more letters a run
// needs: fewer are acronyms and names side by side ("NATO, EU"), or a
// place in a dateline ("DAR ES SALAAM").
const minCapsRun = 4

// capsWord reports whether w has two or more letters, all ASCII capitals;
// digits, apostrophes, hyphens and dots may stand between them
// ("BEIJING'S", "U.S.", "G7").
func capsWord(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			letters++
		case 'a' <= c && c <= 'z', c >= 0x80:
			return false
		}
	}
	return letters >= 2
}

// caseNeutral reports whether w may stand inside an all-caps run without
// breaking it: punctuation, numbers, words of one letter ("A", "I", "G7")
// and the possessive ("KOREA 'S").
func caseNeutral(w string) bool {
	if w == "'S" || w == "'s" {
		return true
	}
	letters := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80 {
			letters++
		}
	}
	return letters <= 1
}

// markCaps sets t.caps[i] for every all-caps word of an all-caps run of at
// least minCapsRun such words, and reports whether it set any. The scan
// runs once per sentence over the words, with no allocation once the
// buffer has grown.
func (t *Tagger) markCaps(toks []token.Token) bool {
	found := false
	caps := t.caps[:0]
	start, n := 0, 0
	nCaps, nOther := 0, 0
	for i := range toks {
		w := toks[i].Word
		switch {
		case capsWord(w):
			caps = append(caps, true)
			n++
			nCaps++
			continue
		case caseNeutral(w):
			caps = append(caps, false)
			continue
		}
		caps = append(caps, false)
		nOther++
		if n < minCapsRun {
			for j := start; j < i; j++ {
				caps[j] = false
			}
		} else {
			found = true
		}
		start, n = i+1, 0
	}
	if n < minCapsRun {
		for j := start; j < len(toks); j++ {
			caps[j] = false
		}
	} else {
		found = true
	}
	t.caps = caps
	// A headline glued before its lead is left alone: the lead tells the
	// same news in full, and the headline's folded verbs would code it a
	// second time.
	return found && nOther*2 <= nCaps
}

// wordClass returns the class the model's weights for the word lw alone
// favour, and false when the model has no weight for it: a word it never
// saw, in any case.
func (t *Tagger) wordClass(lw string) (string, bool) {
	ws := t.m.lookup(hash1(fWord, lw))
	if ws == nil {
		return "", false
	}
	var sc [maxClasses]int32
	for _, x := range ws {
		sc[x.cls()] += x.val()
	}
	best := 0
	for k := 1; k < len(t.m.classes); k++ {
		if sc[k] > sc[best] {
			best = k
		}
	}
	return t.m.classes[best], true
}

// capsTag tags the word w at position i of an all-caps run as its
// lower-case form lw after the tags p1, p2. A word the model knows mostly
// as a name stays one ("IRAN"); a word it never saw is a name unless its
// lower-case form reads as a verb or plural and ends like one
// ("BROKERED"): in capitals there is no telling "NIGER" from "CEASEFIRE",
// and a noun read as a name still heads its noun phrase, where a name read
// as a noun or a verb lost its actor.
// "US" is the country: in a headline the pronoun hardly stands in capitals.
func (t *Tagger) capsTag(toks []token.Token, w, lw string, i int, p1, p2 string) string {
	if w == "US" {
		return "NNP"
	}
	// The model's unambiguous words ("into", "says") come first: the model
	// learnt no word weights for them.
	if c, ok := t.m.words[lw]; ok {
		return t.m.classes[c]
	}
	c, known := t.wordClass(lw)
	if known && proper(c) {
		return c
	}
	if nt := nounOnly(lw); nt != "" {
		return nt
	}
	// The run's opening word is read as an opening word in ordinary case
	// is, capitalised: "POLICE ARREST 12 …" is "Police arrest", whose
	// capital makes the model read a subject, not "police arrest", a
	// compound noun.
	fw := lw
	if t.runOpens(toks, i) {
		fw = t.title(lw)
	}
	tag := wordNotSymbol(lw, t.predict(fw, i+2, p1, p2))
	if !known && !verbShaped(lw, tag) {
		return "NNP"
	}
	return tag
}

// verbShaped reports whether the word lw, tagged tag, has the ending of
// the verb form (or plural) the tag names: a word the model never saw is
// read as a verb only then ("BROKERED", "RESUMES"); a base form is no
// evidence ("KOREA/VBP").
func verbShaped(lw, tag string) bool {
	switch tag {
	case "VBD", "VBN":
		return strings.HasSuffix(lw, "ed")
	case "VBG":
		return strings.HasSuffix(lw, "ing")
	case "VBZ", "NNS":
		// A plural read in -s may be the headline's verb ("EXPELS"),
		// which the chunker finds once it is lower case; names end in
		// -as, -os, -us, -is more often ("ECOWAS", "HONDURAS").
		n := len(lw)
		if n < 4 || lw[n-1] != 's' {
			return false
		}
		switch lw[n-2] {
		case 'a', 'o', 'u', 'i', 's':
			return false
		}
		return true
	}
	return false
}

// foldCapsRun finishes the words of all-caps runs once they are tagged.
// A word read as a modifier or a noun right before a name is part of the
// name ("NORTH KOREA", "UNITED STATES", "SOUTH CHINA SEA", "RED CROSS"):
// in ordinary case it would be capitalised and the model would read it
// so, unless the model knows the word's ordinary form as one unambiguous
// word (its word list: "of", "the"), which no capital makes part of a name.
// Every other word that is no name is lower-cased, so that the
// chunker's and coder's rules for ordinary text apply to it ("lifts"
// after the opening name is the headline's verb). Right to left, so that
// a name grows leftwards word by word.
func (t *Tagger) foldCapsRun(toks []token.Token) {
	for i := len(toks) - 1; i >= 0; i-- {
		if !t.caps[i] || proper(toks[i].Tag) {
			continue
		}
		if i+1 < len(toks) && t.caps[i+1] && proper(toks[i+1].Tag) && !strings.Contains(toks[i+1].Word, "'") {
			switch toks[i].Tag {
			case "JJ", "NN", "NNS", "RB", "VBN", "VBP":
				if _, frequent := t.m.words[t.norm[i+2]]; !frequent {
					toks[i].Tag = "NNP"
					continue
				}
			}
		}
		toks[i].Word = strings.ToLower(toks[i].Word)
	}
}

// runOpens reports whether the all-caps word i opens its run at the start
// of the sentence or after a dash, colon or quotation mark: where ordinary
// case would capitalise it.
func (t *Tagger) runOpens(toks []token.Token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].Word {
	case "-", "--", ":", "``", "\u201c":
		return true
	}
	return false
}

// title returns the lower-case word lw with its first letter a capital,
// in the tagger's arena (it is only scored, never kept).
func (t *Tagger) title(lw string) string {
	if lw == "" || lw[0] < 'a' || lw[0] > 'z' {
		return lw
	}
	start := len(t.arena)
	t.arena = append(t.arena, lw[0]-('a'-'A'))
	t.arena = append(t.arena, lw[1:]...)
	b := t.arena[start:]
	return unsafe.String(unsafe.SliceData(b), len(b))
}
