// Package tag assigns Penn Treebank part-of-speech tags to tokens with an
// averaged perceptron whose hot path hashes features instead of building them.
package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/dyadproject/dyad/token"
)

const maxClasses = 64

// Tagger tags sentences with a Model. It holds scratch buffers, so use one
// Tagger per goroutine; the Model is shared.
type Tagger struct {
	m      *Model
	norm   []string // normalised words with two sentinels on each side
	arena  []byte   // backing bytes of lower-cased words
	caps   []bool   // words of an all-caps run (caps.go)
	scores [maxClasses]int32
	ctx    tagContext
}

// New returns a Tagger using m, or the built-in model when m is nil.
func New(m *Model) *Tagger {
	if m == nil {
		m = Default()
	}
	t := &Tagger{m: m}
	t.ctx.init(m)
	return t
}

// Tag sets the Tag of every token. Tokens are one sentence, in order. In
// an all-caps run it also lower-cases the Word of every word it does not
// tag as a name, so that later stages read "ECOWAS lifts sanctions on
// NIGER" (caps.go).
func (t *Tagger) Tag(toks []token.Token) {
	m := t.m
	t.arena = t.arena[:0]
	norm := t.norm[:0]
	norm = append(norm, "-START-", "-START2-")
	for i := range toks {
		norm = append(norm, t.normalize(toks[i].Word))
	}
	norm = append(norm, "-END-", "-END2-")
	t.norm = norm

	caps := t.markCaps(toks)
	p1, p2 := "-START-", "-START2-"
	for i := range toks {
		w := toks[i].Word
		var tag string
		if quotedClauseStart(toks, i) {
			// the quoted clause is read as a sentence from here: its
			// first word sees the sentence's start as left context, as
			// it would without the quotation mark (quotedclause.go)
			t.norm[i], t.norm[i+1] = "-START-", "-START2-"
			p1, p2 = "-START-", "-START2-"
		}
		if caps && t.caps[i] {
			// the word itself lower-cased, not its context class
			// ("U.S.-LED" is !HYPHEN there)
			w = t.lower(w)
			tag = t.capsTag(toks, toks[i].Word, w, i, p1, p2) // caps.go
		} else if c, ok := m.words[w]; ok {
			tag = m.classes[c]
		} else if nt := nounOnly(w); nt != "" {
			tag = nt // nouns.go
		} else if c, ok := t.openingFunctionWord(toks, i); ok {
			tag = m.classes[c]
		} else if special := specialTag(w); special != "" {
			tag = special
		} else {
			tag = wordNotSymbol(w, t.predict(w, i+2, p1, p2)) // nouns.go
			if tag != "NNP" && tag != "NNPS" && t.unknownName(toks, i) {
				tag = "NNP"
			}
			if tag == "NN" && p1 == "CC" && infinitiveBefore(toks, i-1) && t.predict(w, i+2, "TO", p2) == "VB" {
				tag = "VB" // "to restore democracy and release/NN detained leaders"
			}
		}
		if (tag == "VB" || tag == "VBP") && i > 0 && toks[i-1].Tag == "TO" && pluralNoun(w) {
			tag = "NNS" // "aid to refugees": base verbs do not end in -es, -ts, -ns
		}
		if (tag == "VB" || tag == "VBP") && nameAfterTo(toks, i) {
			tag = "NNP" // "supplies to Ukraine on Thursday" (toname.go)
		}
		if (tag == "NN" || tag == "VBP") && t.afterModal(toks, i) {
			tag = "VB" // "did not comment", "will clash"
		}
		if tag == "NN" && (w == "quit" || w == "froze") {
			// "Quit" is no noun in news English: "Mali and Niger quit
			// ECOWAS." was read as the noun compound "Niger quit ECOWAS",
			// and the sentence had no verb. "Froze" is no noun at all,
			// only freeze's past tense: "Mexico froze relations with
			// Ecuador" had no verb either.
			tag = "VBD"
		}
		tag = adverbNotVerb(w, tag)    // nouns.go
		tag = adjectiveNotVerb(w, tag) // nouns.go
		if riotGearNoun(toks, i) {
			tag = "NN" // "tear gas", "rubber bullets" (riotgear.go)
		}
		if understandingNoun(toks, i) {
			tag = "NN" // "a memorandum of understanding" (mou.go)
		}
		if nameParticle(toks, i) {
			tag = "NNP" // "Luiz Inacio Lula da Silva", "Ursula von der Leyen"
		}
		toks[i].Tag = tag
		p2, p1 = p1, tag
	}
	if caps {
		t.foldCapsRun(toks) // caps.go
	}
	resultativeDead(toks)      // dead.go
	attributiveOusted(toks)    // ousted.go
	seizedPower(toks)          // seizedpower.go
	adverbBeforeVerb(toks)     // lyadverb.go
	pluralInNounPhrase(toks)   // nounphrase.go
	t.pluralAfterDemonym(toks) // demonymplural.go
}

// openingFunctionWord returns the class of token i when it opens the
// sentence (or a quotation or parenthesis) capitalised only for that, and
// its lower-case form is a function word the model always tags one way:
// "Amid stalled talks, …" is a preposition however "stalled" pulls, not a
// name. Modals are left out ("May", "Will" are names and months too).
func (t *Tagger) openingFunctionWord(toks []token.Token, i int) (uint8, bool) {
	w := toks[i].Word
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'a' || w[1] > 'z' {
		return 0, false
	}
	if i > 0 {
		switch toks[i-1].Word {
		case "\"", "``", "'", "`", "(", "-", "--", ":", "\u201c", "\u2018":
		default:
			return 0, false
		}
	}
	c, ok := t.m.words[t.norm[i+2]]
	if !ok {
		return 0, false
	}
	switch t.m.classes[c] {
	case "IN", "DT", "CC", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "EX", "PDT", "TO":
		return c, true
	}
	return 0, false
}

// afterModal reports whether token i is a lower-case word right after a
// modal or a form of "do", adverbs between ("won't even ever clash"), where
// only a base verb can stand.
func (t *Tagger) afterModal(toks []token.Token, i int) bool {
	w := toks[i].Word
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	j := i - 1
	for j >= 0 && i-j <= 4 && (toks[j].Tag == "RB" || toks[j].Tag == "RBS") {
		j--
	}
	if j < 0 || j == i-1 && toks[j].Tag != "MD" {
		// directly after a form of "do" the word may be its object: "did
		// business"; only a modal or an adverb in between makes it a verb
		return j >= 0 && toks[j].Tag == "MD"
	}
	if toks[j].Tag == "MD" {
		return true
	}
	switch toks[j].Word {
	case "do", "does", "did", "Do", "Does", "Did":
		return true
	}
	return false
}

// arabicName reports whether w is a name with a lower-case particle such as
// "al-Bashir", "el-Sisi", "bin-Salman".
func arabicName(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 2 || h > 3 || h+1 >= len(w) || !('A' <= w[h+1] && w[h+1] <= 'Z') {
		return false
	}
	for i := 0; i < h; i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// pluralNoun reports whether a lower-case word ends like a plural noun and
// unlike a base verb: "-s" after a letter other than s, u, i, a.
func pluralNoun(w string) bool {
	n := len(w)
	if n < 4 || w[n-1] != 's' || !('a' <= w[0] && w[0] <= 'z') {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i', 'a':
		return false
	}
	return true
}

// unknownName reports whether token i is a capitalised word the model has
// never seen in any case: in news that is a name the model could only guess
// at ("Osgiliath", "Calimehtar", "Ethiopia" at the start of a sentence).
func (t *Tagger) unknownName(toks []token.Token, i int) bool {
	w := toks[i].Word
	if arabicName(w) {
		return true
	}
	if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') {
		return false
	}
	for j := 1; j < len(w); j++ {
		if w[j] >= 'A' && w[j] <= 'Z' {
			return false // acronyms and CamelCase: leave to the model
		}
	}
	if strings.HasSuffix(w, "ists") && len(w) > 5 {
		return false // "Jihadists", "Separatists" opening a sentence: a plural noun
	}
	return t.m.lookup(hash1(fWord, t.norm[i+2])) == nil
}

// predict tags the word w at ctx position i: the class of highest score,
// the first of equal ones.
func (t *Tagger) predict(w string, i int, p1, p2 string) string {
	sc := t.score(w, i, p1, p2)
	best := 0
	for k := 1; k < len(sc); k++ {
		if sc[k] > sc[best] {
			best = k
		}
	}
	return t.m.classes[best]
}

// score sums the weights of the features of the word w at ctx position i,
// per class, into the tagger's scratch scores.
func (t *Tagger) score(w string, i int, p1, p2 string) []int32 {
	m := t.m
	ctx := t.norm
	nc := len(m.classes)
	sc := t.scores[:nc]
	// The bias and the three features of the previous tags, summed once
	// per tag pair (see tagContext); then the word features.
	copy(sc, t.ctx.scores(m, p1, p2))
	// Hash every feature first, then fetch the weights: independent loads
	// let the processor overlap their cache misses.
	keys := [numWordTemplates]uint64{
		hash1(fSuffix, suffix3(w)),
		hash1(fPref1, pref1(w)),
		hash1(fWord, ctx[i]),
		hash2(fPrevTagWord, p1, ctx[i]),
		hash1(fPrevWord, ctx[i-1]),
		hash1(fPrevSuffix, suffix3(ctx[i-1])),
		hash1(fPrev2Word, ctx[i-2]),
		hash1(fNextWord, ctx[i+1]),
		hash1(fNextSuffix, suffix3(ctx[i+1])),
		hash1(fNext2Word, ctx[i+2]),
	}
	var ws [numWordTemplates][]weight
	for k, key := range keys {
		ws[k] = m.lookup(key)
	}
	for _, fw := range ws {
		for _, w := range fw {
			sc[w.cls()] += w.val()
		}
	}
	return sc
}

func suffix3(s string) string {
	if len(s) > 3 {
		return s[len(s)-3:]
	}
	return s
}

// pref1 is prose's string(w[0]): the first byte read as a code point.
func pref1(w string) string {
	if w == "" {
		return ""
	}
	if w[0] < utf8.RuneSelf {
		return w[:1]
	}
	return latin1[w[0]-utf8.RuneSelf]
}

var latin1 = func() (t [128]string) {
	for i := range t {
		t[i] = string(rune(i + utf8.RuneSelf))
	}
	return
}()

// specialTag tags tokens the model was not trained on: links, addresses,
// handles and lone hyphens.
func specialTag(w string) string {
	switch {
	case w == "-":
		return ":"
	case len(w) > 1 && w[0] == '@',
		len(w) > 7 && (w[:7] == "http://" || w[:8] == "https://"),
		len(w) > 4 && w[:4] == "www.":
		return "NN"
	}
	return ""
}

// normalize is prose's context normalisation: hyphenated words, years and
// numbers become classes; other words are lower-cased.
func (t *Tagger) normalize(w string) string {
	if w == "" {
		return w
	}
	if w[0] != '-' {
		for i := 1; i < len(w); i++ {
			if w[i] == '-' {
				return "!HYPHEN"
			}
		}
	}
	if len(w) == 4 && isInt(w) {
		return "!YEAR"
	}
	if '0' <= w[0] && w[0] <= '9' {
		return "!DIGITS"
	}
	return t.lower(w)
}

func isInt(s string) bool {
	if s[0] == '+' || s[0] == '-' {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// lower returns w lower-cased, without allocating when w is already lower
// case. Lower-cased copies live in the tagger's arena until the next Tag.
func (t *Tagger) lower(w string) string {
	ascii, upper := true, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii && !upper {
		return w
	}
	start := len(t.arena)
	if ascii {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			t.arena = append(t.arena, c)
		}
	} else {
		for _, r := range w {
			t.arena = utf8.AppendRune(t.arena, unicode.ToLower(r))
		}
	}
	b := t.arena[start:]
	// The arena may move when it grows; earlier strings keep the old array
	// alive, and nothing writes to bytes already handed out.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// infinitiveBefore reports whether the clause before token c (a
// conjunction) holds an infinitive, "to" and a base verb, with no finite
// verb, comma or second "to" after it: the conjunction may then join a
// second infinitive whose "to" is left out, so the word after it is read as
// it would be read after "to" ("called on Myanmar's military to restore
// democracy and release detained leaders"). A word the model reads as a
// noun even there stays one ("to discuss trade and security issues").
func infinitiveBefore(toks []token.Token, c int) bool {
	for j := c - 1; j > 0 && c-j <= 12; j-- {
		switch toks[j].Tag {
		case "VB":
			if toks[j-1].Tag == "TO" {
				return true
			}
		case "TO", "VBD", "VBZ", "VBP", "MD", ",", ":", "CC":
			return false
		}
	}
	return false
}
