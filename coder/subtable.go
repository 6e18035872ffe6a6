package coder

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

//go:embed data/subcodes.txt
var subcodesTxt string

// subject is one row of the table: what an event is about, and the codes it
// takes in each CAMEO family.
type subject struct {
	name   string
	parent int // index of the subject whose codes apply where this one has none, or -1
	codes  []string
	actor  bool        // the verb's object being an actor phrase names it ("released the correspondent")
	narrow bool        // refines only its own three-digit code (084 → 0841), never a root's residual
	before []int       // when set, counts only before a cue of one of these subjects (or their children)
	means  bool        // a means of violence: read in the subject too, and across 18 and 19
	over   []overLine  // codes of this subject that take precedence over codes a verb gave
	agent  [][2]string // code → code when the verb's subject names this subject (inspectors arriving: 043 → 0862)
	roles  []string    // actor roles (OPP, PTY) that name it when an actor object has one ("a ban on opposition leader X")
	// actorNext: its cue counts only right before an actor ("to support
	// Iraq"), and only in the complement (@actornext).
	actorNext bool
}

// cue is one phrase naming subjects (several, tried in file order).
type cue struct {
	words []string
	pos   []byte // per word: 0 any, 'V' a verb only, 'N' anything but a verb
	subj  []int
	gap   bool // a word is "~": up to maxGap modifiers there
}

// maxGap is how many modifiers a "~" in a cue passes over: "expel ~
// diplomats" reads "expel 23 British diplomats".
const maxGap = 3

// subTable is the parsed table: subjects, and cues by their first word,
// longest first.
type subTable struct {
	subj   []subject
	first  map[string][]cue
	actor  []int             // subjects an actor object names
	roles  []int             // subjects an actor object of some role names (@role)
	future map[string]string // code or start of codes → intent code, for the future tense
	act    map[string]string // intent code → the act (done lines), for a past-tense verb that is no intent verb
	agents bool              // some subject has @agent lines
}

var subcodes = sync.OnceValue(func() *subTable {
	t, err := parseSubcodes(subcodesTxt)
	if err != nil {
		panic("coder: data/subcodes.txt: " + err.Error())
	}
	return t
})

// parseSubcodes reads the table format described in data/subcodes.txt.
func parseSubcodes(text string) (*subTable, error) {
	t := &subTable{first: map[string][]cue{}, future: map[string]string{}, act: map[string]string{}}
	byName := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	cur := -1
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		switch {
		case strings.HasPrefix(line, "future "):
			f := strings.Fields(line)
			if len(f) != 3 || !isCode(f[1], 2) || !isCode(f[2], 3) {
				return nil, fmt.Errorf("line %d: want future FROM TO", n)
			}
			t.future[f[1]] = f[2]
		case strings.HasPrefix(line, "done "):
			f := strings.Fields(line)
			if len(f) != 3 || !isCode(f[1], 3) || !isCode(f[2], 3) {
				return nil, fmt.Errorf("line %d: want done FROM TO", n)
			}
			t.act[f[1]] = f[2]
		case line[0] == '=':
			head, codes, ok := strings.Cut(line[1:], ":")
			if !ok {
				return nil, fmt.Errorf("line %d: subject without ':'", n)
			}
			name, parent, _ := strings.Cut(head, ">")
			name, parent = strings.TrimSpace(name), strings.TrimSpace(parent)
			if name == "" {
				return nil, fmt.Errorf("line %d: subject without a name", n)
			}
			if _, dup := byName[name]; dup {
				return nil, fmt.Errorf("line %d: subject %s twice", n, name)
			}
			s := subject{name: name, parent: -1, codes: strings.Fields(codes)}
			if parent != "" {
				p, ok := byName[parent]
				if !ok {
					return nil, fmt.Errorf("line %d: parent %s not defined before %s", n, parent, name)
				}
				s.parent = p
			}
			for _, c := range s.codes {
				if !isCode(c, 3) {
					return nil, fmt.Errorf("line %d: %q is not a CAMEO event code", n, c)
				}
			}
			cur = len(t.subj)
			byName[name] = cur
			t.subj = append(t.subj, s)
		case cur < 0:
			return nil, fmt.Errorf("line %d: phrase before any subject", n)
		case line == "@actor":
			t.subj[cur].actor = true
			t.actor = append(t.actor, cur)
		case strings.HasPrefix(line, "@role "):
			f := strings.Fields(line)[1:]
			for _, r := range f {
				if len(r) != 3 || strings.ToUpper(r) != r {
					return nil, fmt.Errorf("line %d: want @role ROLE … (three capitals each)", n)
				}
			}
			t.subj[cur].roles = append(t.subj[cur].roles, f...)
			t.roles = append(t.roles, cur)
		case line == "@narrow":
			t.subj[cur].narrow = true
		case line == "@actornext":
			t.subj[cur].actorNext = true
		case line == "@means":
			t.subj[cur].means = true
		case strings.HasPrefix(line, "@agent "):
			f := strings.Fields(line)
			if len(f) != 3 || !isCode(f[1], 3) || !isCode(f[2], 3) {
				return nil, fmt.Errorf("line %d: want @agent FROM TO", n)
			}
			t.subj[cur].agent = append(t.subj[cur].agent, [2]string{f[1], f[2]})
			t.agents = true
		case strings.HasPrefix(line, "@over "):
			f := strings.Fields(line)
			if len(f) < 3 || !isCode(f[1], 2) || !isCode(f[2], 3) {
				return nil, fmt.Errorf("line %d: want @over FROM TO [!VERB …]", n)
			}
			o := overLine{from: f[1], to: f[2]}
			for _, v := range f[3:] {
				if len(v) < 2 || v[0] != '!' {
					return nil, fmt.Errorf("line %d: @over: %q is no !VERB", n, v)
				}
				o.not = append(o.not, v[1:])
			}
			t.subj[cur].over = append(t.subj[cur].over, o)
		case strings.HasPrefix(line, "@before "):
			for _, name := range strings.Fields(line)[1:] {
				k, ok := byName[name]
				if !ok {
					return nil, fmt.Errorf("line %d: @before %s: no such subject before it", n, name)
				}
				t.subj[cur].before = append(t.subj[cur].before, k)
			}
		case line[0] == '@':
			return nil, fmt.Errorf("line %d: unknown directive %s", n, line)
		case strings.HasPrefix(line, "~"):
			return nil, fmt.Errorf("line %d: a phrase cannot open with ~", n)
		default:
			for _, ws := range expandCue(strings.Fields(strings.ToUpper(line))) {
				t.add(ws, cur)
			}
		}
	}
	return t, sc.Err()
}

// isCode reports whether c is min to 4 digits.
func isCode(c string, min int) bool {
	return len(c) >= min && len(c) <= 4 && strings.Trim(c, "0123456789") == ""
}

// expandCue spells out a phrase whose words offer alternatives ("economic|trade
// ties|links" is four phrases).
func expandCue(pos []string) [][]string {
	out := [][]string{nil}
	for _, p := range pos {
		alts := strings.Split(p, "|")
		next := make([][]string, 0, len(out)*len(alts))
		for _, o := range out {
			for _, a := range alts {
				if a == "" {
					continue
				}
				next = append(next, append(o[:len(o):len(o)], a))
			}
		}
		out = next
	}
	return out
}

// add files a phrase under its first word, keeping each word's phrases
// longest first; a phrase written again under another subject names both.
// A word written "free/v" matches only a verb ("to free the hostages", not "a
// free and open Indo-Pacific"), "grant/n" only a word not tagged as a verb
// ("a grant", not "to grant membership").
func (t *subTable) add(ws []string, subj int) {
	var pos []byte
	for i, w := range ws {
		if base, p, ok := strings.Cut(w, "/"); ok && (p == "V" || p == "N") {
			if pos == nil {
				pos = make([]byte, len(ws))
			}
			ws[i], pos[i] = base, p[0]
		}
	}
	list := t.first[ws[0]]
	for i := range list {
		if strings.Join(list[i].words, " ") == strings.Join(ws, " ") && string(list[i].pos) == string(pos) {
			for _, s := range list[i].subj {
				if s == subj {
					return
				}
			}
			list[i].subj = append(list[i].subj, subj)
			return
		}
	}
	c := cue{words: ws, pos: pos, subj: []int{subj}}
	for _, w := range ws {
		c.gap = c.gap || w == "~"
	}
	i := len(list)
	for i > 0 && len(list[i-1].words) < len(ws) {
		i--
	}
	list = append(list, cue{})
	copy(list[i+1:], list[i:])
	list[i] = c
	t.first[ws[0]] = list
}

// under reports whether code d lies below code c in the codebook: any other
// code of c's root when c is the root's residual (020, 100), else a
// four-digit code of the three-digit c (023 → 0231).
func under(d, c string) bool {
	if len(c) != 3 || d == c {
		return false
	}
	if c[2] == '0' {
		return len(d) >= 3 && d[:2] == c[:2]
	}
	return len(d) == 4 && d[:3] == c
}

// overLine is an @over line: code to takes precedence over a code from (or
// starting with from) the verb gave, unless the verb is one of not.
type overLine struct {
	from, to string
	not      []string
}

// refine returns the one code of subject k (or of its parents, nearest
// first) below code, or "". A subject's @over line comes first: it replaces
// a sibling code the codebook says it takes precedence over (mediation over
// meeting: "would lead a delegation to Moscow to broker an end to the war"
// is 039, not 036).
func (t *subTable) refine(code string, k int) string {
	return t.refineVerb(code, k, "")
}

// refineVerb is refine for an event whose verb is verb (its dictionary name,
// "" when unknown): an @over line that names the verb with "!" is passed
// over, so an arrest whose object names a vessel stays an arrest.
func (t *subTable) refineVerb(code string, k int, verb string) string {
	if t.subj[k].narrow && code[2] == '0' {
		return ""
	}
	for _, o := range t.subj[k].over {
		if strings.HasPrefix(code, o.from) && code != o.to && !slices.Contains(o.not, verb) {
			return o.to
		}
	}
	for ; k >= 0; k = t.subj[k].parent {
		if d := t.own(code, k); d != "" {
			return d
		}
	}
	return ""
}

// own returns the one code of subject k itself below code, or "".
func (t *subTable) own(code string, k int) string {
	found := ""
	for _, d := range t.subj[k].codes {
		if under(d, code) {
			if found != "" {
				return "" // two candidates: the subject does not decide
			}
			found = d
		}
	}
	return found
}

// gapEnd matches the words of a cue with a "~" from its word j at leaf i,
// and returns the leaf after the match, or -1. A "~" passes over up to
// maxGap leaves tagged as modifiers (determiners, numbers, adjectives, proper
// nouns, possessives), the fewest that let the rest match.
func (c *cue) gapEnd(words, tags []string, i, j, to int) int {
	for ; j < len(c.words); j++ {
		if c.words[j] == "~" {
			for skip := 0; skip <= maxGap; skip++ {
				if skip > 0 {
					k := i + skip - 1
					if k > to || k >= len(words) || tags == nil || !modifierTag(tags[k]) {
						break
					}
				}
				if e := c.gapEnd(words, tags, i+skip, j+1, to); e >= 0 {
					return e
				}
			}
			return -1
		}
		if i > to || i >= len(words) || words[i] != c.words[j] ||
			c.pos != nil && tags != nil && !posFits(c.pos[j], tags[i]) {
			return -1
		}
		i++
	}
	return i
}

// modifierTag reports whether a "~" of a cue may pass over a word tagged
// tag. A singular common noun modifies the noun after it ("a ban on rice
// exports", "their border dispute").
func modifierTag(tag string) bool {
	switch tag {
	case "DT", "PDT", "PRP$", "POS", "CD", "JJ", "JJR", "JJS", "NNP", "NNPS", "HYPH", "NN":
		return true
	}
	return false
}

// hyphenHead returns the last part of a hyphenated compound whose first
// part qualifies it, "" otherwise: "Norwegian-mediated talks" are mediated
// talks, a "U.S.-brokered truce" a brokered one. A negating or temporal
// prefix ("anti-tank", "non-military", "post-war") turns the word into
// something else, and is not read.
func hyphenHead(w string) string {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k == len(w)-1 {
		return ""
	}
	switch w[:strings.IndexByte(w, '-')] {
	case "ANTI", "NON", "COUNTER", "POST", "PRE", "EX", "SELF", "CO":
		return ""
	}
	return w[k+1:]
}

// posFits reports whether a word tagged tag fits a cue word's constraint p.
func posFits(p byte, tag string) bool {
	switch p {
	case 'V':
		return strings.HasPrefix(tag, "VB")
	case 'N':
		return !strings.HasPrefix(tag, "VB")
	}
	return true
}

// refinable reports whether a code may have sub-codes: three digits (four-digit
// codes are the codebook's leaves).
func refinable(code string) bool { return isCode(code, 3) && len(code) == 3 }

// match returns the longest cue starting at leaf i and ending by leaf to,
// and its length in words (0: none). tags are the words' part-of-speech tags,
// for cues that want a verb or a non-verb at a position; nil accepts any. A
// word right after "to" counts as a verb whatever its tag: the tagger reads
// "agreed to free Palestinian prisoners" with free/JJ.
func (t *subTable) match(words, tags []string, i, to int) (*cue, int) {
	list := t.first[words[i]]
	if list == nil {
		list = t.first[hyphenHead(words[i])]
	}
	for k := range list {
		c := &list[k]
		if c.gap {
			if e := c.gapEnd(words, tags, i, 0, to); e > i {
				return c, e - i
			}
			continue
		}
		n := len(c.words)
		if i+n-1 > to || i+n > len(words) {
			continue
		}
		ok := true
		for j := 0; j < n && ok; j++ {
			ok = (j == 0 || words[i+j] == c.words[j]) && (c.pos == nil || tags == nil || posFits(c.pos[j], tags[i+j]) ||
				c.pos[j] == 'V' && i+j > 0 && words[i+j-1] == "TO") // "to free", tagged JJ
		}
		if ok {
			return c, n
		}
	}
	return nil, 0
}
