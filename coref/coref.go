// Package coref resolves references within a document — pronouns, "the two
// countries", "both sides", "the delegation", capitals standing for their
// governments — to the actors mentioned before them.
package coref

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/internal/fold"
)

// Kinds of mention, which decide what can refer back to them.
const (
	Person = "person" // "Ebrahim Raisi": he, she, his, her
	Group  = "group"  // "senior Iranian officials", "the delegation": they, the delegation
	State  = "state"  // "China", "Iran", "Beijing": it, its, the two countries
)

// Mention is an actor the coder found in the document, in document order.
type Mention struct {
	Sentence int       `json:"sentence"` // index of the sentence in the document
	Span     dyad.Span `json:"span"`     // bytes of Document.Text
	Text     string    `json:"text"`
	Code     string    `json:"code"` // CAMEO actor code, e.g. IRNGOV
	Kind     string    `json:"kind"` // Person, Group or State; KindOf guesses it
}

// Resolver holds the mentions of one document seen so far. Add mentions in
// document order as the coder finds them; Resolve a reference against the
// mentions before it. The zero value is ready to use; set Capital to resolve
// capitals. A Resolver belongs to one document and one goroutine: Resolve
// keeps what it read of the mentions for the next reference.
type Resolver struct {
	// Capital reports the country (ISO alpha-3) whose capital a name is, e.g.
	// from the where gazetteer. Nil disables capital resolution.
	Capital  func(name string) (country string, ok bool)
	mentions []Mention
	heads    [][]string // per mention: its words' head classes, once asked (nil: not yet)
	not      []Mention  // during ResolveObject: the clause subject's mentions
	floor    int        // mentions before this index belong to an earlier story (Break)
}

// Break ends a story: the mentions recorded so far stay in Mentions but no
// later reference resolves to them. A scraped page often glues a second
// story (a new dateline, a "Related coverage" line, a roundup's next
// section) onto the first, and "the ministry" or "the bloc" there is not
// the first story's ministry or bloc, however well the words match.
func (r *Resolver) Break() { r.floor = len(r.mentions) }

// ResolveObject resolves an object pronoun ("him", "her", "them") whose
// own clause has a subject: the pronoun cannot be that subject (in "He
// urged him to agree" "him" is not whoever "he" is; English says "himself"
// for that), so the mentions in subject — the subject as written, and the
// mention a pronoun subject was resolved to — are passed over, by span or,
// for a name, by its words.
func (r *Resolver) ResolveObject(phrase string, span dyad.Span, sent int, subject []Mention) ([]dyad.Actor, bool) {
	r.not = subject
	defer func() { r.not = nil }()
	return r.Resolve(phrase, span, sent)
}

// is reports whether m is the mention n stands for: the same span, or the
// same name (a pronoun's words say nothing of who it is).
func (n *Mention) is(m *Mention) bool {
	if m.Span == n.Span {
		return true
	}
	_, pron := pronouns[strings.ToLower(n.Text)]
	return n.Text != "" && !pron && strings.EqualFold(m.Text, n.Text)
}

// Add records a mention. Mentions without a Kind get KindOf's guess.
func (r *Resolver) Add(m Mention) {
	if m.Kind == "" {
		m.Kind = KindOf(m.Text, m.Code)
	}
	r.mentions = append(r.mentions, m)
}

// Mentions returns the mentions recorded so far.
func (r *Resolver) Mentions() []Mention { return r.mentions }

// pronouns maps a pronoun to the kinds it can refer to.
var pronouns = map[string][]string{
	"he": {Person}, "him": {Person}, "his": {Person}, "himself": {Person},
	"she": {Person}, "her": {Person}, "hers": {Person}, "herself": {Person},
	"it": {State}, "its": {State}, "itself": {State},
	"they": {Group, State}, "them": {Group, State}, "their": {Group, State}, "themselves": {Group, State},
}

// singularPerson are the pronouns of one person, which may also refer to a
// person named by a common noun: "shot a fisherman, wounding him" is the
// fisherman, though "a fisherman" (lower-case, often coded with a country
// alone) is no Person by KindOf's reckoning. Without this the pronoun
// skipped the nearer victim for a named person or body sentences before.
var singularPerson = map[string]bool{
	"he": true, "him": true, "himself": true, "she": true, "her": true, "herself": true,
}

// personHeads are common nouns that name one person.
var personHeads = map[string]bool{
	"man": true, "woman": true, "boy": true, "girl": true, "child": true, "teenager": true,
	"youth": true, "student": true, "worker": true, "farmer": true, "fisherman": true,
	"protester": true, "demonstrator": true, "journalist": true, "reporter": true,
	"photographer": true, "filmmaker": true, "blogger": true, "writer": true, "lawyer": true,
	"doctor": true, "nurse": true, "priest": true, "cleric": true, "activist": true,
	"dissident": true, "critic": true, "politician": true, "lawmaker": true, "legislator": true,
	"candidate": true, "ambassador": true, "envoy": true, "diplomat": true, "minister": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true,
	"soldier": true, "officer": true, "policeman": true, "policewoman": true, "guard": true,
	"commander": true, "civilian": true, "citizen": true, "national": true, "resident": true,
	"villager": true, "suspect": true, "prisoner": true, "detainee": true, "hostage": true,
	"refugee": true, "migrant": true, "tourist": true, "businessman": true,
	"businesswoman": true, "driver": true, "pilot": true, "sailor": true, "captain": true,
	"leader": true, "president": true, "premier": true, "chancellor": true, "king": true,
	"queen": true, "prince": true, "general": true, "colonel": true, "aide": true, "adviser": true,
	"advisor": true, "professor": true, "scientist": true, "researcher": true, "volunteer": true,
	"militant": true, "gunman": true, "rebel": true, "fighter": true, "settler": true,
}

// personNoun reports whether a mention names one person by a common noun:
// its last word is lower-case and one of personHeads ("a Somali
// fisherman", "the detained activist", "the British ambassador").
func personNoun(text string) bool {
	text = strings.TrimRight(text, " ,.")
	w := text[strings.LastIndexByte(text, ' ')+1:]
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	return personHeads[w]
}

// pairMode is how much of each side's last mention a pair reference keeps.
type pairMode int

const (
	pairFull      pairMode = iota // the mention's full code: "the two leaders" are the leaders
	pairCountries                 // the country alone: "the two countries"
	pairSides                     // a state organ's country, any other actor whole: "both sides"
)

// pairs are references to both sides of the dyad, with the part of each
// side's last mention they keep. "The two sides" and "both parties" name the
// parties to a dispute or a deal, not the people who spoke for them: the
// news sets' harmonised convention (testdata/news/README.md, "Parties given
// only as 'the two sides' are the countries of the parties named before
// them") codes them as the countries when ministers or leaders were named,
// while "the two leaders", "the two ministers" and "the two governments" keep
// the office holders' GOV. A side that is no state organ (Hamas, the M23,
// the U.N.) stays itself: its code's first letters are no country of its own.
var pairs = map[string]pairMode{
	"the two countries": pairCountries, "both countries": pairCountries, "the two nations": pairCountries,
	"both nations": pairCountries, "the two states": pairCountries, "both states": pairCountries,
	"the two governments": pairFull, "both governments": pairFull,
	"both sides": pairSides, "the two sides": pairSides, "both parties": pairSides,
	"the two parties": pairSides, "the two": pairFull, "the pair": pairFull,
	"the two leaders": pairFull, "both leaders": pairFull, "the two presidents": pairFull,
	"both presidents": pairFull, "the two ministers": pairFull, "both ministers": pairFull,
}

// stateOrgans are the sectors of a state's own organs and office holders; a
// "side" coded with one of them is its country.
var stateOrgans = [...]string{"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}

// sideCode is the code a "both sides" reference takes from a mention's code.
func sideCode(code string) string {
	if len(code) < 6 {
		return code
	}
	for _, o := range stateOrgans {
		if code[3:6] == o {
			return code[:3]
		}
	}
	return code
}

// stateWords refer to the last state mentioned; the value is the sector they add.
var stateWords = map[string]string{
	"the country": "", "the nation": "", "the state": "",
	"the island": "", "the kingdom": "", "the republic": "", "the emirate": "",
	"the government": "GOV", "the regime": "GOV", "the authorities": "GOV",
	"the administration": "GOV", "the leadership": "GOV",
}

// kingdoms are the states whose own name is a kingdom ("the Kingdom of
// Saudi Arabia", "the United Kingdom"): "the kingdom" is the last of them
// named, not the last state (after "Saudi Arabia hosted talks … the
// reopening of Sanaa airport", "the kingdom" is not Yemen).
var kingdoms = map[string]bool{
	"GBR": true, "ESP": true, "NLD": true, "BEL": true, "SWE": true, "NOR": true, "DNK": true,
	"SAU": true, "JOR": true, "MAR": true, "BHR": true, "THA": true, "KHM": true, "BTN": true,
	"LSO": true, "SWZ": true, "TON": true,
}

// maxBack is how many sentences back a pronoun may look.
const maxBack = 2

// Resolve resolves the reference phrase at span (bytes of Document.Text) in
// sentence sent to the actors it names, each with Resolved set to the mention
// it came from. Pairs ("both sides") give two actors; pronouns, definite
// descriptions ("the delegation") and capitals give one. ok is false when the
// phrase is not a reference this package handles or nothing fits.
func (r *Resolver) Resolve(phrase string, span dyad.Span, sent int) ([]dyad.Actor, bool) {
	p := normPhrase(phrase)
	if mode, ok := pairs[p]; ok {
		return r.pair(phrase, span, mode)
	}
	if kinds, ok := pronouns[p]; ok {
		single := singularPerson[p]
		m := r.latest(span.Start, sent-maxBack, func(i int) bool {
			for j := range r.not {
				if r.not[j].is(&r.mentions[i]) {
					return false
				}
			}
			return contains(kinds, r.mentions[i].Kind) || single && personNoun(r.mentions[i].Text)
		})
		if m == nil {
			return nil, false
		}
		return []dyad.Actor{actorFrom(m, phrase, span, m.Code)}, true
	}
	if sector, ok := stateWords[p]; ok {
		// "the country" is the last state named; "the government" its
		// government, unless a government was named as such within reach:
		// after "Syrian government forces shelled … Turkey condemned the
		// attacks", "the government" is Syria's, not the state named last.
		var m *Mention
		if sector == "GOV" {
			m = r.latest(span.Start, sent-maxBack, func(i int) bool {
				c := r.mentions[i].Code
				return len(c) >= 3 && !igo(c) && !sectorOnly(c[:3]) && contains(r.headsOf(i), "government")
			})
		}
		if m == nil {
			m = r.latest(span.Start, -1, func(i int) bool {
				c := r.mentions[i].Code
				return r.mentions[i].Kind == State && len(c) >= 3 && (p != "the kingdom" || kingdoms[c[:3]])
			})
		}
		if m == nil {
			return nil, false
		}
		return []dyad.Actor{actorFrom(m, phrase, span, m.Code[:3]+sector)}, true
	}
	if head, word, ok := definiteHead(p); ok {
		agree := agreement[word]
		m := r.latest(span.Start, -1, func(i int) bool {
			return r.mentions[i].Kind != Person && contains(r.headsOf(i), head) && (agree == nil || agree(r.mentions[i].Code))
		})
		if m == nil {
			m = r.typeRef(head, span.Start, sent)
		}
		if m == nil {
			return nil, false
		}
		return []dyad.Actor{actorFrom(m, phrase, span, m.Code)}, true
	}
	if r.Capital != nil {
		if c, ok := r.Capital(strings.TrimSpace(phrase)); ok {
			return []dyad.Actor{{Code: c + "GOV", Text: phrase, Span: span,
				Entry: "capital of " + c, Resolved: fmt.Sprintf("%s = government of %s", strings.TrimSpace(phrase), c)}}, true
		}
	}
	return nil, false
}

// normPhrase is strings.ToLower(strings.Join(strings.Fields(phrase), " "))
// without the word slice and the join when phrase is ASCII and already
// single-spaced, as the coder's phrases are.
func normPhrase(phrase string) string {
	prevSpace := true // a leading space is not single-spaced
	for i := 0; i < len(phrase); i++ {
		c := phrase[i]
		space := c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		if c >= 0x80 || space && (prevSpace || c != ' ') {
			return strings.ToLower(strings.Join(strings.Fields(phrase), " "))
		}
		prevSpace = space
	}
	if prevSpace && phrase != "" {
		return strings.ToLower(strings.Join(strings.Fields(phrase), " "))
	}
	return strings.ToLower(phrase)
}

// latest returns the last mention that ends before off, in a sentence at or
// after minSent and in the current story (Break), and passes keep.
func (r *Resolver) latest(off, minSent int, keep func(i int) bool) *Mention {
	for i := len(r.mentions) - 1; i >= r.floor; i-- {
		m := &r.mentions[i]
		if m.Span.End > off {
			continue
		}
		if m.Sentence < minSent {
			return nil
		}
		if keep(i) {
			return m
		}
	}
	return nil
}

// pair finds the last mentions of the two most recent distinct countries,
// or, for "both sides", of the two most recent distinct sides: a state's
// organs are one side, but an armed group or other actor of the same
// country (the Myanmar military and an ethnic army, a government and its
// rebels) is a side of its own. Each is coded as mode keeps it (pairs); two
// sides of one country are both that country, so they keep their full
// codes, which "countries" cannot tell apart.
func (r *Resolver) pair(phrase string, span dyad.Span, mode pairMode) ([]dyad.Actor, bool) {
	var out []dyad.Actor
	var mentions [2]*Mention
	var keys [2]string // what tells the sides apart: the country, or sideCode's code
	for i := len(r.mentions) - 1; i >= r.floor && len(out) < 2; i-- {
		m := &r.mentions[i]
		if m.Span.End > span.Start || len(m.Code) < 3 {
			continue
		}
		code, key := m.Code, m.Code[:3]
		switch mode {
		case pairCountries:
			code = key
		case pairSides:
			code = sideCode(m.Code)
			key = code
		}
		if len(out) == 1 && keys[0] == key {
			continue
		}
		keys[len(out)], mentions[len(out)] = key, m
		out = append(out, actorFrom(m, phrase, span, code))
	}
	if len(out) < 2 {
		return nil, false
	}
	if mode == pairSides && out[0].Code[:3] == out[1].Code[:3] {
		out[0].Code, out[1].Code = mentions[0].Code, mentions[1].Code
	}
	out[0], out[1] = out[1], out[0] // in the order they were mentioned
	return out, true
}

func actorFrom(m *Mention, phrase string, span dyad.Span, code string) dyad.Actor {
	return dyad.Actor{Code: code, Text: phrase, Span: span,
		Resolved: fmt.Sprintf("%s [%d:%d]", m.Text, m.Span.Start, m.Span.End)}
}

// definiteHead returns the head class of a definite description such as
// "the delegation" or "the Chinese delegates", and its head word in the
// singular; phrases with a name in them are not descriptions of this kind.
func definiteHead(p string) (class, word string, ok bool) {
	if !strings.HasPrefix(p, "the ") {
		return "", "", false
	}
	// Counting the words as they come, with no slice of them: this runs for
	// every reference a document's sentences make.
	n, last := 0, ""
	for w := range strings.FieldsSeq(p) {
		n, last = n+1, w
	}
	if n < 2 || n > 4 {
		return "", "", false
	}
	word = singular(last)
	return headClass(word), word, true
}

// agreement says, for a description's head word, which codes the body it
// names can have: a bloc or an alliance is an intergovernmental body or a
// region, never one state; a junta is a state's military government; a
// ministry is a government agent; an army is a military; militants and
// rebels are armed non-state actors. The head classes are broad (sameHead
// makes "forces" an army, and a word anywhere in the antecedent counts), so
// without this "the army" took the Rapid Support Forces (a paramilitary)
// and "the bloc" any mention with "bloc" in it whatever its code: better no
// actor than the wrong one.
var agreement = map[string]func(code string) bool{
	"bloc":      notState,
	"alliance":  notState,
	"junta":     stateOrgan("GOV", "MIL"),
	"ministry":  stateOrgan("GOV"),
	"army":      stateOrgan("MIL"),
	"military":  stateOrgan("MIL"),
	"militant":  armed,
	"rebel":     armed,
	"guerrilla": armed,
	"insurgent": armed,
}

// notState reports whether code is not one state's: an intergovernmental
// body (IGO…) or a region ("WST", "AFR"), whose first three letters name
// no country.
func notState(code string) bool {
	if len(code) < 3 || igo(code) {
		return true
	}
	class, ok := cameo.RoleClass(code[:3])
	return ok && strings.HasPrefix(class, "international_")
}

// stateOrgan returns a test for a state's organ with one of roles: a
// country followed by the role ("NERGOV", "MMRMIL").
func stateOrgan(roles ...string) func(code string) bool {
	return func(code string) bool {
		if len(code) < 6 || igo(code) || sectorOnly(code[:3]) {
			return false
		}
		for _, role := range roles {
			if hasRole(code, role) {
				return true
			}
		}
		return false
	}
}

// headsOf returns the head classes of the words of mention i, worked out
// the first time a description asks (a document's earlier mentions are
// asked again by every later description).
func (r *Resolver) headsOf(i int) []string {
	if len(r.heads) < len(r.mentions) {
		r.heads = append(r.heads, make([][]string, len(r.mentions)-len(r.heads))...)
	}
	if r.heads[i] == nil {
		hs := []string{}
		prev := ""
		for w := range strings.FieldsSeq(strings.ToLower(r.mentions[i].Text)) {
			c := headClass(singular(strings.Trim(w, ",.'’")))
			if prev == "military" && juntaWords[c] {
				hs = append(hs, "junta") // "Myanmar's military government" is the junta
			}
			hs = append(hs, c)
			prev = c
		}
		r.heads[i] = hs
	}
	return r.heads[i]
}

// juntaWords are the head classes that, after "military", name a junta:
// "military government", "military rulers", "military regime" (classed
// government), "military leaders".
var juntaWords = map[string]bool{"government": true, "ruler": true, "leader": true}

// sameHead groups head nouns that refer to the same kind of body.
var sameHead = map[string]string{
	"delegate": "delegation", "visitor": "delegation", "guest": "delegation",
	"soldier": "troop", "force": "military", "army": "military", "regime": "government",
	"administration": "government", "authority": "government", "official": "government",
}

func headClass(w string) string {
	if c, ok := sameHead[w]; ok {
		return c
	}
	return w
}

// singular strips a plural -s ("delegates" → "delegate"), enough to match a
// description with its antecedent.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// groupWords make a mention a group even when it has a sector code.
var groupWords = map[string]bool{
	"delegation": true, "delegates": true, "officials": true, "officers": true, "troops": true,
	"forces": true, "government": true, "ministry": true, "army": true, "military": true,
	"navy": true, "police": true, "rebels": true, "leaders": true, "authorities": true,
	"corps": true, "guards": true, "commanders": true, "soldiers": true, "diplomats": true,
}

// KindOf guesses a mention's kind from its words and code: a bare country code
// is a State ("China"); a phrase with a group word is a Group ("the Chinese
// delegation", "IRGC officers"); a run of capitalised words coded with a
// sector is a Person ("Mohammad Bagheri").
func KindOf(text, code string) string {
	n, first, lowerStart := 0, "", false
	for w := range strings.FieldsSeq(text) {
		if isGroupWord(strings.Trim(w, ",.'’")) {
			return Group
		}
		if n == 0 {
			first = w
		}
		lowerStart = lowerStart || !(w[0] >= 'A' && w[0] <= 'Z')
		n++
	}
	if len(code) == 3 {
		if sectorOnly(code) {
			return Group // "Reuters" MED: a body with no country
		}
		return State
	}
	if n == 1 && len(first) <= 5 && strings.ToUpper(first) == first {
		return Group // an acronym: "IRGC", "PLA"
	}
	if lowerStart {
		return Group
	}
	if n >= 2 || n == 1 && len(code) > 3 {
		return Person
	}
	return State
}

// isGroupWord reports whether w, lower-cased, is one of groupWords, without
// a lower-cased copy (KindOf runs on every mention).
func isGroupWord(w string) bool { return fold.Get(groupWords, w) }
