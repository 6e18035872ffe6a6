package dict

import (
	"bytes"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

// Actors is an actor dictionary: noun phrases naming countries, organisations
// and people, each with a default CAMEO actor code and date-restricted codes.
// Several files can be read into one Actors; entries with the same phrase are
// merged so that a later file's date restrictions apply on their dates.
//
// A later file corrects an earlier entry with a replacement line: "=PHRASE
// [CODE]" (the phrase as first read, or any synonym of it) drops the entry's
// default code and date restrictions and takes the ones of its own group, for
// every synonym of the entry; "=PHRASE" with no code at all removes the entry,
// so its phrases no longer match; "!PHRASE" drops that one phrase and leaves
// the entry its others. An "=" line whose phrase was not read before
// is reported and read as a new entry.
type Actors struct {
	Entries []Actor
	index   map[string][]phrase // first word → phrases, longest first
	heads   map[string]*byNext  // first words with many phrases: those phrases by second word
	firsts  WordSet             // the keys of index, to skip most words without a map lookup
	byKey   map[string]int32    // joined phrase → entry, for merging
	// replaced holds the entries an "=" line of a later file replaced; those
	// left with no code at all are removed when reading ends.
	replaced map[int32]bool
	// shadowed lists synonyms written under one entry that an earlier entry
	// already has: the reader keeps the first, so the later one never codes.
	shadowed []shadow
}

// shadow is a synonym the reader ignored because another entry has it.
type shadow struct {
	file   string
	line   int
	phrase string
	key    string // the phrase's byKey key
	under  int32  // the entry it was written under
	owner  int32  // the entry that has it
}

// Actor is one actor record: a primary phrase, its synonyms and its codes.
type Actor struct {
	Phrase string  // primary phrase as written, upper case, words joined by '_'
	File   string  // file it was read from
	Line   int     // line of the primary phrase
	Where  string  // "file:line", for provenance
	Code   string  // default code; "" when the entry has none
	Dated  []Dated // date-restricted codes, in file order
}

// Dated is a code that applies from From to To inclusive (yyyymmdd; 0 = open).
type Dated struct {
	Code     string
	From, To int
	File     string
	Line     int
	Where    string // "file:line"
}

type phrase struct {
	words []string
	gap   []bool // gap[i]: words may come between words[i-1] and words[i] (a blank in the file)
	actor int32
}

// CodeAt returns the actor's code on date (yyyymmdd) and the restriction that
// gave it. A restriction in force wins over the default; among several in
// force the one that started last wins (a new office on its first day, an
// office-holder file's "former" code over an open-ended older term), then the
// first in file order. It returns nil for the restriction when the default
// applies.
//
// Date 0 is an undated document (`dyad code` without --date): the actor is
// read in the latest role a restriction gives, the one that started last,
// leaving out a former official's code after his or her last term (an ELI
// code starting after another restriction ended: the office-holder table's
// "former" line). Undated news is nearly always about the present, and a
// wire dateline gives no year to place it better; without this, every
// restriction lies after year one and a sitting president took the older
// dictionaries' default (Biden, Trump and Zelensky as ELI).
func (a *Actor) CodeAt(date int) (string, *Dated) {
	if date == 0 {
		return a.latestRole()
	}
	var best *Dated
	for i := range a.Dated {
		d := &a.Dated[i]
		if (d.From == 0 || date >= d.From) && (d.To == 0 || date <= d.To) {
			if best == nil || d.From > best.From {
				best = d
			}
		}
	}
	if best != nil {
		return best.Code, best
	}
	return a.Code, nil
}

// latestRole is CodeAt for an undated document: the restriction that
// started last, a former official's ELI code set aside; the default when
// there is none.
func (a *Actor) latestRole() (string, *Dated) {
	var best *Dated
	for i := range a.Dated {
		d := &a.Dated[i]
		if a.formerLine(d) {
			continue
		}
		if best == nil || d.From > best.From {
			best = d
		}
	}
	if best != nil {
		return best.Code, best
	}
	return a.Code, nil
}

// formerLine reports whether d is a former official's code: an open-ended
// ELI restriction that starts after another of the actor's restrictions ended.
func (a *Actor) formerLine(d *Dated) bool {
	if d.To != 0 || !strings.HasSuffix(d.Code, "ELI") {
		return false
	}
	for i := range a.Dated {
		if o := &a.Dated[i]; o != d && o.To != 0 && o.To < d.From {
			return true
		}
	}
	return false
}

// Match returns the longest actor phrase starting at words[i] (words upper-case)
// as the entry index and the number of words from i to its last word, or -1, 0.
// Words the dictionary separates by a blank may have up to MaxGap other words
// between them; '_' requires consecutive words.
func (a *Actors) Match(words []string, i int) (int, int) {
	if a == nil || i >= len(words) || !a.firsts.MayHave(words[i]) {
		return -1, 0
	}
	ps := a.index[words[i]]
	if len(ps) > manyPhrases {
		if h := a.heads[words[i]]; h != nil {
			return a.matchHead(ps, h, words, i)
		}
	}
	for _, p := range ps {
		if end := p.match(words, i); end > 0 {
			return int(p.actor), end - i
		}
	}
	return -1, 0
}

// MaxGap is how many words may come between two blank-separated words of a
// dictionary phrase.
const MaxGap = 3

// match returns the index after the phrase's last word, or 0.
func (p *phrase) match(words []string, i int) int {
	j := i + 1
	for k := 1; k < len(p.words); k++ {
		if j < len(words) && words[j] == p.words[k] {
			j++
			continue
		}
		if p.gap == nil || !p.gap[k] {
			return 0
		}
		found := false
		for s := j + 1; s < len(words) && s <= j+MaxGap; s++ {
			if words[s] == p.words[k] {
				j, found = s+1, true
				break
			}
		}
		if !found {
			return 0
		}
	}
	return j
}

// Len returns the number of actor entries.
func (a *Actors) Len() int { return len(a.Entries) }

func (a *Actors) add(text string, words []string, actor int32) {
	if len(words) == 0 {
		return
	}
	if a.index == nil {
		a.index = map[string][]phrase{}
	}
	p := phrase{words: words, actor: actor}
	if len(words) > 1 && strings.ContainsAny(strings.TrimSpace(text), " \t") {
		_, p.gap = agentWords(strings.TrimSpace(text))
		if len(p.gap) != len(words) {
			p.gap = nil
		}
	}
	a.index[words[0]] = append(a.index[words[0]], p)
	if v := peoplesPossessive(words); v != nil {
		if key := strings.Join(v, " "); a.byKey != nil {
			if _, dup := a.byKey[key]; !dup {
				a.byKey[key] = actor
				a.index[v[0]] = append(a.index[v[0]], phrase{words: v, actor: actor})
			}
		}
	}
}

// peoplesPossessive returns words with each "PEOPLES" before another word
// written as the possessive news uses, "PEOPLE 'S", or nil when there is
// none. Phoenix spells many names without the apostrophe
// ("TIGRAY_PEOPLES_LIBERATION_FRONT", "SUDAN_PEOPLES_LIBERATION_MOVEMENT",
// "NATIONAL_PEOPLES_CONGRESS"), which text never matches: wire copy writes
// "Tigray People's Liberation Front". The phrase keeps its own spelling too.
func peoplesPossessive(words []string) []string {
	var v []string
	found := false
	for i, w := range words {
		if w == "PEOPLES" && i < len(words)-1 {
			v, found = append(v, "PEOPLE", "'S"), true
			continue
		}
		v = append(v, w)
	}
	if !found {
		return nil
	}
	return v
}

func (a *Actors) finish() {
	// An entry an "=" line replaced with no code at all is removed: its
	// phrases no longer match (Phoenix's bare TIGERS_ [SWZREB]).
	var gone map[int32]bool
	for idx := range a.replaced {
		if e := &a.Entries[idx]; e.Code == "" && len(e.Dated) == 0 {
			if gone == nil {
				gone = map[int32]bool{}
			}
			gone[idx] = true
		}
	}
	for w, ps := range a.index {
		if gone != nil {
			kept := ps[:0]
			for _, p := range ps {
				if !gone[p.actor] {
					kept = append(kept, p)
				}
			}
			if ps = kept; len(ps) == 0 {
				delete(a.index, w)
				continue
			}
			a.index[w] = ps
		}
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
	}
	a.indexHeads()
	a.firsts = NewWordSet(a.index)
}

// readActors reads an actor file into a. Errors are added to errs.
func (a *Actors) read(file string, data []byte, errs *dyad.ErrorList) {
	if a.byKey == nil {
		n := bytes.Count(data, []byte{'\n'})
		a.byKey = make(map[string]int32, n)
		a.index = make(map[string][]phrase, n/2)
		a.Entries = make([]Actor, 0, n/2)
	} else if extra := bytes.Count(data, []byte{'\n'}); cap(a.Entries)-len(a.Entries) < extra/2 {
		a.Entries = append(make([]Actor, 0, len(a.Entries)+extra/2), a.Entries...)
	}
	cur := int32(-1) // entry receiving synonyms and restrictions
	fresh := false   // cur was created by this file's current group
	startGroup := func(l line, phraseText string, replace bool) {
		words := dropAbbreviation(splitWords(phraseText))
		if len(words) == 0 {
			errs.Add(file, l.n, "actor line has no phrase")
			cur = -1
			return
		}
		key := strings.Join(words, " ")
		if idx, ok := a.byKey[key]; ok {
			cur, fresh = idx, false
			if replace {
				// "=PHRASE": this group's codes replace the entry's, for the
				// phrase and every synonym of the entry.
				e := &a.Entries[idx]
				e.Code, e.Dated = "", nil
				e.File, e.Line, e.Where = file, l.n, file+":"+strconv.Itoa(l.n)
				if a.replaced == nil {
					a.replaced = map[int32]bool{}
				}
				a.replaced[idx] = true
				fresh = true
			}
			return
		}
		if replace {
			errs.Add(file, l.n, "=%s replaces no actor read before it", strings.Join(words, "_"))
		}
		a.Entries = append(a.Entries, Actor{Phrase: strings.Join(words, "_"), File: file, Line: l.n, Where: file + ":" + strconv.Itoa(l.n)})
		cur, fresh = int32(len(a.Entries)-1), true
		a.byKey[key] = cur
		a.add(phraseText, words, cur)
	}
	scanLines(data, func(l line) {
		t := l.text
		if t == "" {
			return
		}
		switch {
		case t[0] == '[':
			if cur < 0 {
				errs.Add(file, l.n, "code %s before any actor phrase", t)
				return
			}
			a.restriction(file, l.n, t, cur, fresh, errs)
		case t[0] == '!':
			// "!PHRASE": this phrase no longer names its entry; the entry
			// keeps its other phrases (Phoenix's "+YOUTH_" under GAZTERIAK_).
			words := dropAbbreviation(splitWords(t[1:]))
			key := strings.Join(words, " ")
			idx, ok := a.byKey[key]
			if len(words) == 0 || !ok {
				errs.Add(file, l.n, "!%s drops no phrase read before it", strings.Join(words, "_"))
				return
			}
			delete(a.byKey, key)
			ps := a.index[words[0]]
			for i := range ps {
				if ps[i].actor == idx && slices.Equal(ps[i].words, words) {
					a.index[words[0]] = slices.Delete(ps, i, i+1)
					break
				}
			}
			cur = -1
		case t[0] == '+':
			if cur < 0 {
				errs.Add(file, l.n, "synonym %q before any actor phrase", t)
				return
			}
			before, _, _, found, _ := bracket(t[1:])
			words := dropAbbreviation(splitWords(before))
			if len(words) == 0 {
				errs.Add(file, l.n, "empty synonym")
				return
			}
			key := strings.Join(words, " ")
			if owner, dup := a.byKey[key]; !dup {
				a.byKey[key] = cur
				a.add(before, words, cur)
			} else if owner != cur {
				a.shadowed = append(a.shadowed, shadow{file, l.n, strings.Join(words, "_"), key, cur, owner})
			}
			if found {
				a.restriction(file, l.n, t[1+len(before):], cur, fresh, errs)
			}
		default:
			replace := t[0] == '='
			if replace {
				t = t[1:]
			}
			before, _, _, found, _ := bracket(t)
			if strings.ContainsAny(before, "]{}") {
				errs.Add(file, l.n, "unexpected character in actor phrase %q", before)
				return
			}
			startGroup(l, before, replace)
			if found && cur >= 0 {
				a.restriction(file, l.n, t[len(before):], cur, fresh, errs)
			}
		}
	})
}

// restriction parses "[CODE]", "[CODE <date]", "[CODE >date]" or
// "[CODE date-date]" and attaches it to entry cur.
func (a *Actors) restriction(file string, n int, t string, cur int32, fresh bool, errs *dyad.ErrorList) {
	_, in, rest, _, ok := bracket(t)
	if !ok {
		errs.Add(file, n, "missing ']' in %q", t)
		return
	}
	if strings.TrimSpace(rest) != "" && strings.Contains(rest, "[") {
		a.restriction(file, n, rest, cur, fresh, errs)
	}
	f := strings.Fields(in)
	if len(f) == 0 {
		errs.Add(file, n, "empty code []")
		return
	}
	code := strings.ToUpper(f[0])
	if code[0] == '<' || code[0] == '>' || (code[0] >= '0' && code[0] <= '9' && strings.Contains(in, "-")) {
		errs.Add(file, n, "restriction %q has no code", in)
		return
	}
	e := &a.Entries[cur]
	if len(f) == 1 {
		if e.Code == "" || fresh {
			e.Code = code
		}
		return
	}
	spec := strings.Join(f[1:], "")
	d := Dated{Code: code, File: file, Line: n, Where: file + ":" + strconv.Itoa(n)}
	var good bool
	switch spec[0] {
	case '<':
		d.To, good = parseDate(spec[1:])
	case '>':
		d.From, good = parseDate(spec[1:])
	default:
		i := strings.IndexByte(spec, '-')
		if i > 0 {
			var g1, g2 bool
			d.From, g1 = parseDate(spec[:i])
			d.To, g2 = parseDate(spec[i+1:])
			good = g1 && g2
		}
	}
	if !good {
		errs.Add(file, n, "bad date restriction %q: want <date, >date or date-date (YYMMDD or YYYYMMDD)", in)
		return
	}
	e.Dated = append(e.Dated, d)
}

// dropAbbreviation removes a parenthesised abbreviation ending a name:
// Phoenix writes organisations as "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_",
// which text never matches (no story writes the name with "(LTTE)" right
// after it every time), so the name is indexed without it. A long name (three
// words and the parentheses) always drops it. A shorter one drops it only when
// it spells the name's initials, counting hyphenated parts ("JAISH-E-MOHAMMAD_
// (JEM)_", "HIZBUL_MUJAHIDEEN_(HM)_"): there it can only be the name's own
// acronym, while a qualifier must stay — "KOREA_(NORTH)" must not become a
// bare "KOREA", nor "CHINA_(PRC)" a second "CHINA".
func dropAbbreviation(words []string) []string {
	n := len(words)
	if n < 2 {
		return words
	}
	w := words[n-1]
	if len(w) <= 2 || w[0] != '(' || w[len(w)-1] != ')' {
		return words
	}
	if n >= 4 || spellsInitials(w[1:len(w)-1], words[:n-1]) {
		return words[:n-1]
	}
	return words
}

// spellsInitials reports whether abbr is the first letters of the name's
// words, each hyphenated part counting as a word ("LASHKAR-E-TAIBA" is LET).
func spellsInitials(abbr string, name []string) bool {
	i := 0
	for _, w := range name {
		for _, part := range strings.Split(w, "-") {
			if part == "" {
				continue
			}
			if i >= len(abbr) || abbr[i] != part[0] {
				return false
			}
			i++
		}
	}
	return i == len(abbr) && i >= 2
}
