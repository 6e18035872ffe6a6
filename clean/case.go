package clean

import "strings"

// fixNameCase restores the capitals of country, capital and demonym names
// that scraped text lost. Three damages are repaired:
//
//   - a name written in lower case ("pakistan deported ...", "south korea's
//     military"), as scrapers and headline templates leave it: the tagger
//     reads a lower-case word as a common noun and the actor dictionary
//     never sees a name;
//   - the first letter of a paragraph dropped ("oscow summoned ...",
//     "eoul's defence ministry"), at a line start or after a wire dateline
//     ("MOSCOW (Reuters) - ussia ..."): when exactly one capital letter put
//     before the word makes a name, it is put back. Here the names include
//     people's surnames and places that are English words ("utin", "hina"),
//     when the damaged word is no English word (NewNamesWith). A name of
//     several words ("audi Arabia's", "outh Africa's", "ew Zealand") is put
//     back when exactly one letter makes its first word and the words after
//     it follow as the name writes them (droppedInitialLong);
//   - the first letter of a paragraph doubled ("TTurkish rescue teams",
//     "ggreek coast guard"): when the word without its first letter is a
//     name or a common word, the extra letter is dropped.
//
// Only whole words of ASCII letters are read; a word glued to a URL, an
// address or a hashtag ("kenya.com", "#kenya") is left alone, and names that
// are also common English words (china, jordan, polish) and surnames are
// never capitalised where they stand whole in lower case.
//
// The names are Options.Names, handed in by whoever composes the stages
// (pipeline.DefaultNames reads the gazetteer's); without them the step does
// nothing.
func fixNameCase(s string, r *run) *edit {
	nm := r.opts.Names
	if nm == nil {
		return nil
	}
	var e *edit
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if !isLowerASCII(c) && !isUpperASCII(c) || i > 0 && !wordOpens(s[i-1]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isLowerASCII(s[j]) {
			j++
		}
		lineStart := i == 0 || s[i-1] == '\n'
		if isUpperASCII(c) {
			// Only a doubled capital at a line start concerns this step.
			if lineStart && j == i+1 && i+2 < len(s) && s[i+1] == c && isLowerASCII(s[i+2]) {
				if k := doubledInitial(s, i, nm); k > 0 {
					e = lazy(e, s)
					e.copy(start, i)
					e.note(s[i:min(len(s), i+k+8)], s[i+1:min(len(s), i+k+8)])
					start = i + 1
				}
			}
			i = skipWord(s, j)
			continue
		}
		if !wordCloses(s, j) {
			i = skipWord(s, j)
			continue
		}
		if name, n := nm.at(s, i); n > 0 {
			e = lazy(e, s)
			e.copy(start, i)
			for k := 0; k < n; k++ {
				if s[i+k] != name[k] {
					e.put(name[k : k+1])
				} else {
					e.copy(i+k, i+k+1)
				}
			}
			e.note(s[i:i+n], name)
			start = i + n
			i = i + n
			continue
		}
		if lineStart || afterDateline(s, i) {
			if k := doubledInitial(s, i, nm); k > 0 {
				e = lazy(e, s)
				e.copy(start, i)
				e.put(strings.ToUpper(s[i+1 : i+2]))
				e.note(s[i:j], strings.ToUpper(s[i+1:i+2])+s[i+2:j])
				start = i + 2
			} else if l := nm.droppedInitial(s[i:j]); l != 0 {
				e = lazy(e, s)
				e.copy(start, i)
				e.put(string(l))
				e.note(s[i:j], string(l)+s[i:j])
				start = i
			} else if l, n := nm.droppedInitialLong(s, i, j); l != 0 {
				e = lazy(e, s)
				e.copy(start, i)
				e.put(string(l))
				e.note(s[i:i+n], string(l)+s[i:i+n])
				start = i
			}
		}
		i = skipWord(s, j)
	}
	return finish(e, start)
}

// afterDateline reports whether the word at s[i:] opens the story after a
// wire dateline, "MOSCOW, July 3 (Reuters) - ussia recognised ...": the
// word follows a dash between spaces (-, --, – or —) and its line opens
// with a capitalised place of three or more capitals ("MOSCOW", "KYIV")
// within 80 bytes. The word after a dateline opens a paragraph as much as
// one at a line start, and scrapers drop its first letter as often.
func afterDateline(s string, i int) bool {
	if i < 6 || s[i-1] != ' ' {
		return false
	}
	j := i - 2
	switch {
	case s[j] == '-':
		if s[j-1] == '-' {
			j--
		}
	case s[j] == 0x94 || s[j] == 0x93: // — or –
		if s[j-1] != 0x80 || s[j-2] != 0xE2 {
			return false
		}
		j -= 2
	default:
		return false
	}
	if s[j-1] != ' ' {
		return false
	}
	start := j - 1
	for start > 0 && s[start-1] != '\n' && j-start <= 80 {
		start--
	}
	if start > 0 && s[start-1] != '\n' {
		return false
	}
	k := start
	for k < j && isUpperASCII(s[k]) {
		k++
	}
	return k-start >= 3 && (k == j || !isLowerASCII(s[k]))
}

// doubledInitial returns the length of the word at s[i:] when its first two
// letters are the same letter and the word without the first is a name or a
// common word ("TTurkish", "ggreek", "TThe"); 0 otherwise.
func doubledInitial(s string, i int, nm *Names) int {
	if i+2 >= len(s) || lowerByte(s[i]) != lowerByte(s[i+1]) {
		return 0
	}
	j := i + 2
	for j < len(s) && isLowerASCII(s[j]) {
		j++
	}
	if !wordCloses(s, j) || j-i < 4 {
		return 0
	}
	var buf [32]byte
	if j-i-1 > len(buf) {
		return 0
	}
	w := buf[:0]
	for k := i + 1; k < j; k++ {
		w = append(w, lowerByte(s[k]))
	}
	if nm.names[string(w)] != "" || nm.first[string(w)] || isCommonWord(string(w)) {
		return j - i
	}
	return 0
}

// skipWord returns the index after the rest of a word starting before j.
func skipWord(s string, j int) int {
	for j < len(s) && !wordOpens(s[j]) {
		j++
	}
	return j
}

// wordOpens reports whether a word may start after b: after a space or
// punctuation, not inside a word, a URL, an address or a hashtag.
func wordOpens(b byte) bool {
	switch {
	case b >= 0x80, isLowerASCII(b), isUpperASCII(b), b >= '0' && b <= '9':
		return false
	}
	switch b {
	case '#', '@', '/', '.', '-', '_', '\\', '&', '=', '+':
		return false
	}
	return true
}

// wordCloses reports whether the word ending at j stands alone: not followed
// by a letter, digit, a joiner, or a full stop that continues a host name.
func wordCloses(s string, j int) bool {
	if j >= len(s) {
		return true
	}
	b := s[j]
	switch {
	case b >= 0x80:
		return b == 0xE2 // ’ or a dash: punctuation, not a letter
	case isUpperASCII(b), b >= '0' && b <= '9':
		return false
	}
	switch b {
	case '-', '_', '/', '@':
		return false
	case '.':
		return j+1 >= len(s) || !isLowerASCII(s[j+1]) && !isUpperASCII(s[j+1])
	}
	return true
}

func isLowerASCII(b byte) bool { return 'a' <= b && b <= 'z' }
func isUpperASCII(b byte) bool { return 'A' <= b && b <= 'Z' }

func lowerByte(b byte) byte {
	if isUpperASCII(b) {
		return b + 'a' - 'A'
	}
	return b
}

// Names is the prepared set of names the name-case step restores capitals
// to, by their lower-case form. Build it once with NewNames and share it: it
// is read-only and safe for concurrent use.
type Names struct {
	names map[string]string // "south korea" → "South Korea"
	first map[string]bool   // first words of names of several words
	maxW  int               // most words in a name
	// pair holds, by the first two letters of a name's first word, a bit
	// for each length that word has (words of 32 letters or more share
	// bit 31); multi the same for names of several words. Most lower-case
	// words are rejected by these masks without a map lookup.
	pair, multi [26 * 26]uint32
	// edge is the same mask by the first and last letters of the first
	// word: together with pair it passes about one lower-case word in
	// twenty to the map.
	edge [26 * 26]uint32
	// initial holds names put back only where a paragraph lost their first
	// letter, never where they are written in lower case: place names that
	// are also English words (china, jordan) and people's surnames (Putin).
	// initialPair is their mask, as pair; known tells an English word, and
	// a damaged word it knows is left alone ("rice" is no lost Price).
	initial     map[string]string
	initialPair [26 * 26]uint32
	known       func(w string) bool
}

func lenBit(n int) uint32 { return 1 << min(n, 31) }

// pairAt returns the index of pair for the two letters at w[0:2].
func pairAt(w string) int { return int(w[0]-'a')*26 + int(w[1]-'a') }

// edgeAt returns the index of edge for the first and last letters of w.
func edgeAt(w string) int { return int(w[0]-'a')*26 + int(w[len(w)-1]-'a') }

// notNames are names that are also English words or common given names:
// lower case there is no damage.
var notNames = map[string]bool{
	"china": true, "jordan": true, "chad": true, "georgia": true, "guinea": true,
	"polish": true, "male": true, "victoria": true, "french": true, "dutch": true,
	"lima": true, "jersey": true, "turkey": true, "niger": true, "douglas": true,
	"hamilton": true, "stanley": true, "kingston": true, "santiago": true,
	"sofia": true, "manila": true, "american": true, "indian": true, "swiss": true,
	"danish": true, "oman": true, "mali": true, "togo": true, "nice": true,
}

// notInitial are English words that become a name with a letter put before
// them ("pain" → Spain, "inland" → Finland): a paragraph may open with them.
var notInitial = map[string]bool{"pain": true, "inland": true, "reek": true, "aren": true}

// NewNames prepares names as written ("Pakistan", "South Korea", "Muscovite")
// for Options.Names. Names of fewer than four letters, names opening with
// "The", names written in lower case, names that are also English words or
// given names (china, turkey, polish, douglas …) and names with characters
// other than ASCII letters and spaces are left out; of two names the same in
// lower case the first wins.
func NewNames(names []string) *Names { return NewNamesWith(names, nil, nil) }

// NewNamesWith prepares places as NewNames does and adds, for a paragraph's
// lost first letter only, people's surnames ("Putin", "Erdogan") and the
// places NewNames leaves out because they are English words (China,
// Jordan, Turkey). Those are put back only when known, a lexicon of English
// words in lower case, does not know the damaged word: "hina" and "utin" are
// no words, so China and Putin are put back, while "rice" is one, so it is no
// lost Price. Without known only places are read, as by NewNames. Such
// places and surnames of one word of five or more ASCII letters are read; a
// surname that is also a place name adds nothing.
func NewNamesWith(places, people []string, known func(w string) bool) *Names {
	ns := &Names{names: map[string]string{}, first: map[string]bool{}, known: known}
	// addInitial takes name n, l in lower case, for a lost initial only
	// when it is one capitalised word of five or more ASCII letters.
	addInitial := func(l, n string) {
		if len(l) < 5 || l == n || !asciiLettersSpaces(l) || strings.Contains(l, " ") {
			return
		}
		if ns.initial == nil {
			ns.initial = map[string]string{}
		}
		if _, ok := ns.initial[l]; !ok {
			ns.initial[l] = n
			ns.initialPair[pairAt(l)] |= lenBit(len(l))
		}
	}
	for _, n := range places {
		l := strings.ToLower(n)
		if notNames[l] && known != nil {
			addInitial(l, n)
			continue
		}
		if notNames[l] || strings.HasPrefix(l, "the ") || len(l) < 4 || l == n || !asciiLettersSpaces(l) {
			continue
		}
		if _, ok := ns.names[l]; ok {
			continue
		}
		ns.names[l] = n
		ws := strings.Fields(l)
		if len(ws) > 1 {
			ns.first[ws[0]] = true
			ns.multi[pairAt(l)] |= lenBit(len(ws[0]))
		}
		ns.maxW = max(ns.maxW, len(ws))
		ns.pair[pairAt(l)] |= lenBit(len(ws[0]))
		ns.edge[edgeAt(ws[0])] |= lenBit(len(ws[0]))
	}
	if known == nil {
		return ns
	}
	for _, n := range people {
		if l := strings.ToLower(n); ns.names[l] == "" {
			addInitial(l, n)
		}
	}
	return ns
}

// asciiLettersSpaces reports whether s has only lower-case ASCII letters and
// single spaces between them.
func asciiLettersSpaces(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isLowerASCII(s[k]) && !(s[k] == ' ' && k > 0 && s[k-1] != ' ') {
			return false
		}
	}
	return len(s) >= 2 && isLowerASCII(s[1])
}

// at returns the capitalised name written in lower case at s[i:] and its
// length, the longest first ("south korean" before "south korea"); n is 0
// when none is there.
func (ns *Names) at(s string, i int) (name string, n int) {
	if i+1 >= len(s) || !isLowerASCII(s[i+1]) {
		return "", 0
	}
	j := i + 2
	for j < len(s) && isLowerASCII(s[j]) {
		j++
	}
	p, bit := pairAt(s[i:]), lenBit(j-i)
	if ns.pair[p]&bit == 0 || ns.edge[edgeAt(s[i:j])]&bit == 0 {
		return "", 0
	}
	// Ends of the first maxW words, separated by single spaces.
	var ends [8]int
	ends[0] = j
	k := 1
	if ns.multi[p]&bit != 0 && ns.first[s[i:j]] {
		for k < ns.maxW && k < len(ends) && j+1 < len(s) && s[j] == ' ' && isLowerASCII(s[j+1]) {
			j++
			for j < len(s) && isLowerASCII(s[j]) {
				j++
			}
			ends[k] = j
			k++
		}
	}
	for k--; k >= 0; k-- {
		if !wordCloses(s, ends[k]) {
			continue
		}
		if name := ns.names[s[i:ends[k]]]; name != "" {
			return name, ends[k] - i
		}
	}
	return "", 0
}

// droppedInitial returns the capital letter that, put before the lower-case
// word w, makes a name ("oscow" → 'M'), when exactly one letter does and w is
// not a word of its own; 0 otherwise. The names put back only for a lost
// initial (China, Putin) count when the lexicon does not know w; they count
// towards the one letter either way, so "abon" is left alone when one letter
// makes a place and another a surname, and any word that a letter makes the
// first word of a longer name is left alone.
func (ns *Names) droppedInitial(w string) byte {
	if len(w) < 4 || len(w) > 30 || isCommonWord(w) || ns.first[w] || notInitial[w] {
		return 0
	}
	var buf [32]byte
	var found byte
	initialOK := ns.initial != nil && !ns.known(w)
	for c := byte('a'); c <= 'z'; c++ {
		p := int(c-'a')*26 + int(w[0]-'a')
		inPlaces := ns.pair[p]&lenBit(len(w)+1) != 0
		inInitial := ns.initialPair[p]&lenBit(len(w)+1) != 0
		if !inPlaces && !inInitial {
			continue
		}
		k := append(append(buf[:0], c), w...)
		if inPlaces && ns.first[string(k)] && ns.names[string(k)] == "" {
			// The first word of a longer name ("outh" of South Africa)
			// is not put back here, but it makes any other letter
			// ambiguous: "outh" is no lost "Nouth".
			return 0
		}
		if inPlaces && ns.names[string(k)] != "" || inInitial && ns.initial[string(k)] != "" {
			if found != 0 || ns.initial[string(k)] != "" && !initialOK {
				return 0
			}
			found = c - 'a' + 'A'
		}
	}
	return found
}

// droppedInitialLong returns the capital letter that, put before the
// lower-case word s[i:j], makes the first word of a name of several words
// whose other words follow in s exactly as the name writes them ("audi
// Arabia's" → 'S', Saudi Arabia), and the length of the damaged name in s;
// 0 when no letter or more than one does. droppedInitial leaves such a word
// alone, since "outh" alone could open South Africa or South Korea; the
// words that follow decide which, and a capitalised second word is too
// much of a coincidence for an English word that happens to follow a lost
// letter's word. The damaged word must be no common word and, when a
// lexicon is given, no word it knows: "an Marino" keeps its article.
// Damaged words of two letters count ("ew Zealand", "ri Lanka"): the
// following words carry the evidence. Like droppedInitial it is asked only
// where a paragraph starts.
func (ns *Names) droppedInitialLong(s string, i, j int) (byte, int) {
	w := s[i:j]
	if len(w) < 2 || len(w) > 30 || j >= len(s) || s[j] != ' ' || isCommonWord(w) || ns.known != nil && ns.known(w) {
		return 0, 0
	}
	// Ends of the capitalised words after w, separated by single spaces.
	var ends [8]int
	n := 0
	for e := j; n < ns.maxW-1 && n < len(ends) && e+1 < len(s) && s[e] == ' ' && isUpperASCII(s[e+1]); n++ {
		e += 2
		for e < len(s) && isLowerASCII(s[e]) {
			e++
		}
		ends[n] = e
	}
	var buf [128]byte
	var found byte
	size := 0
	for c := byte('a'); c <= 'z'; c++ {
		if ns.multi[int(c-'a')*26+int(w[0]-'a')]&lenBit(len(w)+1) == 0 {
			continue
		}
		k := append(append(buf[:0], c), w...)
		if !ns.first[string(k)] {
			continue
		}
		// The longest name this letter makes with the words that follow.
		for m := n - 1; m >= 0; m-- {
			if ends[m]-i+1 > len(buf) || !wordCloses(s, ends[m]) {
				continue
			}
			k = append(buf[:len(w)+1], s[j:ends[m]]...)
			for x := len(w) + 1; x < len(k); x++ {
				k[x] = lowerByte(k[x])
			}
			name := ns.names[string(k)]
			if name == "" || name[len(w)+1:] != s[j:ends[m]] {
				continue
			}
			if found != 0 {
				return 0, 0
			}
			found, size = c-'a'+'A', ends[m]-i
			break
		}
	}
	return found, size
}
