package dict

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

// Verbs is a verb dictionary: synonym sets, and verb blocks whose verbs share
// a default code and a list of patterns. Both the PETRARCH-1/TABARI layout
// (PETR.Validate.verbs.txt, CAMEO.verbpatterns.*.txt) and the PETRARCH2
// layout (CAMEO.2.0.txt, with (P ...) and {...} groups) are read.
//
// A later file adds to a block read before with an extension header
// "--- +NAME ---": the patterns under it are tried before the block's own
// (in the order written, after those of the file's earlier sections for the
// same block), and the verbs under it join the block. A verb
// written under a new block of a later file moves there with all its forms,
// leaving the earlier block's patterns behind. In an extension section,
// "!- pattern [code]" removes that pattern (same text) from the block, so a
// pattern written for one verb of a merged block can move to that verb alone.
type Verbs struct {
	Synsets map[string]*Synset // "&NAME" → members
	Blocks  []Block
	forms   map[string][]Form // inflected verb word → forms
	// Transforms holds PETRARCH2 transformation lines ("~ ..."), unused.
	Transforms []string
}

// Synset is a named set of words or phrases usable in patterns.
type Synset struct {
	Name    string
	Phrases [][]string // each a consecutive word sequence; may name other synsets
	File    string
	Line    int
}

// Block is a verb block "--- NAME [code] ---" with its patterns.
type Block struct {
	Name     string
	Code     string // default code; "---" for none
	File     string
	Line     int
	Patterns []Pattern
}

// Form is one inflected form of a verb of a block.
type Form struct {
	Block int32
	Code  string   // the verb's own code, else the block's
	Pre   []string // words that must come right before the verb word
	Post  []string // words that must come right after it
	Verb  string   // the primary verb as written
	Line  int
	Where string // "file:line: VERB [code]", for provenance
	// Generated forms were made by inflection rules, not written in the file;
	// a written form of the same word replaces them, and a later block's
	// written form replaces an earlier one.
	Generated bool
}

// Pattern is one "- upper * lower [code]" line. Upper holds the tokens before
// the verb in text order, Lower those after it.
type Pattern struct {
	Upper []Tok
	Lower []Tok
	Code  string // "064", "032:033" (event:reverse event), "---"
	Text  string // the pattern as written, for provenance
	File  string
	Line  int
	Where string // "file:line: - text"
}

// TokKind is the kind of a pattern token.
type TokKind uint8

// Pattern token kinds.
const (
	TWord     TokKind = iota // a literal word
	TSynset                  // &NAME
	TSource                  // $
	TTarget                  // +
	TCompound                // %: source and target both in one compound
	TSkip                    // ^: skip one noun phrase
	TOpen                    // ( or { in PETRARCH2 patterns
	TClose                   // ) or }
)

// Tok is a pattern token. Joined reports that it was tied by '_' to the token
// next to it on the verb's side, so no other word may come between.
type Tok struct {
	Kind   TokKind
	Word   string // the word, or the synset name with its '&'
	Joined bool
}

// Lookup returns the verb forms whose verb word is w (upper case).
func (v *Verbs) Lookup(w string) []Form {
	if v == nil {
		return nil
	}
	return v.forms[w]
}

// NumForms returns the number of distinct inflected verb words.
func (v *Verbs) NumForms() int { return len(v.forms) }

func (v *Verbs) read(file string, data []byte, errs *dyad.ErrorList) {
	if v.Synsets == nil {
		v.Synsets = map[string]*Synset{}
		v.forms = map[string][]Form{}
	}
	var syn *Synset
	block := int32(-1)
	insert := -1             // in a "--- +NAME ---" section: where its next pattern goes
	front := map[int32]int{} // block → patterns this file put before the block's own
	scanLines(data, func(l line) {
		t := l.text
		if t == "" {
			syn = nil
			return
		}
		switch {
		case strings.HasPrefix(t, "---"):
			syn = nil
			name, code, ok := parseBlockHeader(t)
			insert = -1
			if !ok {
				errs.Add(file, l.n, "bad verb block header %q: want --- NAME [code] ---", t)
				block = -1
				return
			}
			if ext, isExt := strings.CutPrefix(name, "+"); isExt {
				// "--- +NAME ---" extends the block NAME read before: its
				// patterns are tried before the block's own, its verbs join it.
				block = v.blockNamed(strings.TrimSpace(ext))
				if block < 0 {
					errs.Add(file, l.n, "%q extends no verb block read before it", t)
					return // block is -1: its lines are reported, not read
				}
				insert = front[block] // after this file's earlier sections for the block
				return
			}
			v.Blocks = append(v.Blocks, Block{Name: name, Code: code, File: file, Line: l.n})
			block = int32(len(v.Blocks) - 1)
		case t[0] == '&':
			name := strings.ToUpper(strings.Fields(t)[0])
			syn = &Synset{Name: strings.TrimSuffix(name, "_"), File: file, Line: l.n}
			if strings.HasSuffix(name, "_") {
				syn.Name += "_" // marker: no plurals; stripped below
			}
			v.Synsets[strings.TrimSuffix(syn.Name, "_")] = syn
		case t[0] == '+' && syn != nil:
			m := strings.TrimSpace(t[1:])
			if m == "" || strings.ContainsAny(m, "$%^*[]{}") {
				errs.Add(file, l.n, "bad synset member %q", t)
				return
			}
			noPlural := strings.HasSuffix(syn.Name, "_") || strings.HasSuffix(m, "_")
			words := splitWords(m)
			syn.Phrases = append(syn.Phrases, words)
			if !noPlural && words[len(words)-1][0] != '&' {
				pl := append(append([]string(nil), words[:len(words)-1]...), plural(words[len(words)-1]))
				syn.Phrases = append(syn.Phrases, pl)
			}
		case t[0] == '-':
			if block < 0 {
				errs.Add(file, l.n, "pattern outside a verb block")
				return
			}
			p, msg := parsePattern(t[1:])
			if msg != "" {
				errs.Add(file, l.n, "%s", msg)
				return
			}
			p.File, p.Line = file, l.n
			p.Where = file + ":" + strconv.Itoa(l.n) + ": - " + p.Text
			b := &v.Blocks[block]
			if insert >= 0 {
				b.Patterns = slices.Insert(b.Patterns, insert, p)
				insert++
				front[block] = insert
				return
			}
			b.Patterns = append(b.Patterns, p)
		case strings.HasPrefix(t, "!-"):
			// "!- pattern [code]" in a "--- +NAME ---" section removes that
			// pattern from the block (to move it to the verb it was written for).
			if insert < 0 {
				errs.Add(file, l.n, "pattern removal outside a --- +NAME --- section")
				return
			}
			p, msg := parsePattern(t[2:])
			if msg != "" {
				errs.Add(file, l.n, "%s", msg)
				return
			}
			b := &v.Blocks[block]
			i := slices.IndexFunc(b.Patterns, func(q Pattern) bool { return samePattern(q.Text, p.Text) })
			if i < 0 {
				errs.Add(file, l.n, "block %s has no pattern %q to remove", b.Name, p.Text)
				return
			}
			b.Patterns = slices.Delete(b.Patterns, i, i+1)
			if i < insert {
				insert--
				front[block] = insert
			}
		case t[0] == '~':
			// PETRARCH2 transformation rule ("~ A (A B ATTACK) SAY = A B 015"):
			// kept as written; dyad's coder does not apply them.
			v.Transforms = append(v.Transforms, t)
		default:
			syn = nil
			if block < 0 {
				errs.Add(file, l.n, "verb %q outside a verb block", t)
				return
			}
			if msg := v.addVerb(block, t, l.n); msg != "" {
				errs.Add(file, l.n, "%s", msg)
			}
		}
	})
	for _, s := range v.Synsets {
		s.Name = strings.TrimSuffix(s.Name, "_")
	}
}

// samePattern compares two pattern texts, blanks normalised.
func samePattern(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

// blockNamed returns the index of the last block named name, or -1. A block
// re-declared by a later file ("--- EXTRADITE [063] ---" in the errata) takes
// the verbs from the earlier one and leaves it with its patterns only, so an
// extension must reach the later block: the earlier one no longer codes any
// verb, and patterns added to it would never be tried.
func (v *Verbs) blockNamed(name string) int32 {
	for i := len(v.Blocks) - 1; i >= 0; i-- {
		if strings.EqualFold(v.Blocks[i].Name, name) {
			return int32(i)
		}
	}
	return -1
}

// BlockName returns the name of the block a verb file's header line
// "--- NAME [code] ---" opens, and whether the line extends a block read
// before ("--- +NAME ---", the name then without its "+"); ok is false for a
// malformed header. It reads the header as the reader does
// (parseBlockHeader), for the coder's scope reader (coder/scope.go), which
// reads the files again for their comments.
func BlockName(line string) (name string, extends, ok bool) {
	name, _, ok = parseBlockHeader(line)
	if !ok {
		return "", false, false
	}
	if ext, isExt := strings.CutPrefix(name, "+"); isExt {
		return strings.TrimSpace(ext), true, true
	}
	return name, false, true
}

func parseBlockHeader(t string) (name, code string, ok bool) {
	t = strings.TrimSpace(strings.Trim(t, "-"))
	before, in, _, found, good := bracket(t)
	if !good {
		return "", "", false
	}
	name = strings.TrimSpace(before)
	if name == "" {
		return "", "", false
	}
	code = "---"
	if found {
		code = strings.ToUpper(in)
		if code == "" {
			return "", "", false
		}
	}
	return name, code, true
}

// addVerb reads a verb line "VERB {FORMS} [code]" into the block.
func (v *Verbs) addVerb(block int32, t string, n int) string {
	before, code, _, found, ok := bracket(t)
	if !ok {
		return "missing ']' in verb line"
	}
	if !found {
		code = v.Blocks[block].Code
	} else if code = strings.ToUpper(code); code == "" {
		return "empty verb code []"
	}
	main, irregular := before, ""
	if i := strings.IndexByte(before, '{'); i >= 0 {
		j := strings.IndexByte(before, '}')
		if j < i {
			return "missing '}' in verb line"
		}
		main, irregular = before[:i], before[i+1:j]
	}
	main = strings.Join(strings.Fields(strings.ToUpper(main)), "_") // "LASH OUT" = "LASH_OUT"
	if main == "" || strings.ContainsAny(main, "$%^*&()=~<>[]") {
		return "bad verb " + quote(main)
	}
	pre, verb, post, msg := splitMultiword(main)
	if msg != "" {
		return msg
	}
	where := v.Blocks[block].File + ":" + strconv.Itoa(n) + ": " + main + " [" + code + "]"
	add := func(form string, pre, post []string, generated bool) {
		nf := Form{Block: block, Code: code, Pre: pre, Post: post, Verb: main, Line: n, Generated: generated, Where: where}
		fs := v.forms[form]
		for i := range fs {
			if slices.Equal(fs[i].Pre, pre) && slices.Equal(fs[i].Post, post) {
				if fs[i].Block == block || generated && !fs[i].Generated {
					return
				}
				fs[i] = nf
				return
			}
		}
		v.forms[form] = append(fs, nf)
	}
	seen := map[string]bool{}
	for i, f := range verbForms(verb) {
		if !seen[f] {
			seen[f] = true
			add(f, pre, post, i > 0)
		}
	}
	for _, f := range strings.Fields(strings.ToUpper(irregular)) {
		p2, v2, q2, msg := splitMultiword(f)
		if msg != "" {
			return msg
		}
		if len(p2) == 0 && len(q2) == 0 && (len(pre) > 0 || len(post) > 0) {
			p2, q2 = pre, post
		}
		add(v2, p2, q2, false)
	}
	return ""
}

// splitMultiword splits "WIRE_+TAP" into pre ["WIRE"], verb "TAP", post [].
// A single word is its own verb.
func splitMultiword(s string) (pre []string, verb string, post []string, msg string) {
	s = strings.TrimPrefix(s, "+")
	parts := strings.Split(strings.Trim(s, "_"), "_")
	if len(parts) == 1 {
		return nil, strings.TrimPrefix(parts[0], "+"), nil, ""
	}
	k := -1
	for i, p := range parts {
		if strings.HasPrefix(p, "+") {
			k = i
		}
	}
	if k < 0 {
		k = 0 // "+BREAK_DOWN" loses its '+' above: the first word is the verb
	}
	for i, p := range parts {
		p = strings.TrimPrefix(p, "+")
		if p == "" {
			return nil, "", nil, "empty word in multi-word verb " + quote(s)
		}
		switch {
		case i < k:
			pre = append(pre, p)
		case i == k:
			verb = p
		default:
			post = append(post, p)
		}
	}
	return pre, verb, post, ""
}

func quote(s string) string { return "\"" + s + "\"" }

// verbForms returns the base form and the regular -S, -ED and -ING forms,
// with the doubled final consonant as an extra form for short words.
func verbForms(w string) []string {
	n := len(w)
	out := []string{w}
	if n == 0 {
		return out
	}
	last := w[n-1]
	isVowel := func(c byte) bool { return strings.IndexByte("AEIOU", c) >= 0 }
	switch {
	case last == 'Y' && n > 1 && !isVowel(w[n-2]):
		out = append(out, w[:n-1]+"IES", w[:n-1]+"IED", w+"ING")
	case last == 'E':
		out = append(out, w+"S", w+"D", w[:n-1]+"ING")
		if n > 1 && w[n-2] == 'E' {
			out = append(out, w+"ING")
		}
	case strings.HasSuffix(w, "S") || strings.HasSuffix(w, "X") || strings.HasSuffix(w, "Z") ||
		strings.HasSuffix(w, "CH") || strings.HasSuffix(w, "SH") || last == 'O':
		out = append(out, w+"ES", w+"ED", w+"ING")
	default:
		out = append(out, w+"S", w+"ED", w+"ING")
		if n >= 3 && !isVowel(last) && isVowel(w[n-2]) && !isVowel(w[n-3]) && last != 'W' && last != 'X' {
			out = append(out, w+string(last)+"ED", w+string(last)+"ING")
		}
	}
	return out
}

// parsePattern reads the text after '-' of a pattern line.
func parsePattern(s string) (Pattern, string) {
	p := Pattern{Text: strings.TrimSpace(s)}
	before, code, _, found, ok := bracket(s)
	if !found || !ok {
		return p, "pattern without [code]: " + quote(p.Text)
	}
	p.Code = strings.ToUpper(code)
	if p.Code == "" {
		return p, "pattern with empty code []"
	}
	p.Text = strings.TrimSpace(before) + " [" + code + "]"
	var toks []Tok
	var tie []bool // tie[i]: toks[i] and toks[i+1] were joined by '_'
	verbAt := -1
	for _, chunk := range strings.Fields(before) {
		for _, c := range []string{"(", ")", "{", "}"} {
			chunk = strings.ReplaceAll(chunk, c, " "+c+" ")
		}
		for _, sub := range strings.Fields(chunk) {
			first := true
			for _, w := range strings.Split(sub, "_") {
				if w == "" {
					continue
				}
				if !first {
					tie[len(tie)-1] = true
				}
				first = false
				t := Tok{Word: strings.ToUpper(w)}
				switch {
				case w == "*":
					if verbAt >= 0 {
						return p, "pattern has two '*': " + quote(p.Text)
					}
					verbAt = len(toks)
				case w == "$":
					t.Kind = TSource
				case w == "+":
					t.Kind = TTarget
				case w == "%":
					t.Kind = TCompound
				case w == "^":
					t.Kind = TSkip
				case w == "(" || w == "{":
					t.Kind = TOpen
				case w == ")" || w == "}":
					t.Kind = TClose
				case w[0] == '&':
					t.Kind = TSynset
				case strings.ContainsAny(w, "[]<>|*$%^&"):
					return p, "unexpected character in pattern word " + quote(w)
				}
				toks = append(toks, t)
				tie = append(tie, false)
			}
		}
	}
	if verbAt < 0 {
		return p, "pattern has no '*': " + quote(p.Text)
	}
	for i := 0; i < verbAt; i++ {
		t := toks[i]
		t.Joined = tie[i]
		p.Upper = append(p.Upper, t)
	}
	for i := verbAt + 1; i < len(toks); i++ {
		t := toks[i]
		t.Joined = tie[i-1]
		p.Lower = append(p.Lower, t)
	}
	return p, ""
}
