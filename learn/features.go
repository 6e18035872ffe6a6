package learn

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Sentence is what the features read of the sentence an event came from:
// its text, where that text starts in the document, and all the events the
// coder gave it.
type Sentence struct {
	Text   string
	Start  int // byte offset of Text in the document
	Events []dyad.Event
}

// Features returns the features of event k of s, as the model file names
// them. Every feature is a short general string: the pattern that fired
// (its file and text, without the line number, which moves as files are
// edited), its code and root, the verb and the words beside it, the kinds
// of the two actors, whether they share a country, how many events the
// sentence gave, and whether the event sits in reported speech or a
// quotation. No sentence id or whole sentence ever becomes a feature.
func Features(s *Sentence, k int) []string {
	var f featureSet
	features(&f, s, k)
	return f.names
}

func features(f *featureSet, s *Sentence, k int) {
	e := &s.Events[k]
	code, root := string(e.Code), e.Code.Root()
	f.add("bias")
	f.add("code=", code)
	f.add("root=", root)
	pa, pb := patternKey(e.Pattern)
	f.add("pat=", pa, pb)
	verb := strings.TrimSpace(e.VerbText)
	f.add("verb=", verb)
	f.add("verb+root=", verb, "|", root)
	src, tgt := actorKind(e.Source.Code), actorKind(e.Target.Code)
	f.add("src=", src)
	f.add("tgt=", tgt)
	f.add("pair=", src, "|", tgt)
	f.add("src+root=", src, "|", root)
	f.add("tgt+root=", tgt, "|", root)
	if country(e.Source.Code) == country(e.Target.Code) {
		f.add("samecountry")
		f.add("samecountry+root=", root)
	}
	if e.Source.Resolved != "" {
		f.add("src.resolved")
	}
	if e.Target.Resolved != "" {
		f.add("tgt.resolved")
	}
	if e.Source.Span.End > 0 && e.Source.Span.Start > e.Verb.Start {
		f.add("src.after.verb")
	}
	if e.Target.Span.End > 0 && e.Target.Span.End <= e.Verb.Start {
		f.add("tgt.before.verb")
	}
	switch n := len(s.Events); {
	case n == 1:
		f.add("events=1")
	case n == 2:
		f.add("events=2")
	case n < 6:
		f.add("events=3+")
	default:
		f.add("events=6+")
	}
	for j := range s.Events {
		if j != k && s.Events[j].Code.Root() != root {
			f.add("other.root=", s.Events[j].Code.Root())
		}
	}
	// The words just before and after the verb: the object or
	// preposition it governs, the auxiliary or negation before it.
	v, ve := e.Verb.Start-s.Start, e.Verb.End-s.Start
	if v < 0 || ve > len(s.Text) || v > ve {
		return
	}
	before, after := s.Text[:v], s.Text[ve:]
	if w := lastWord(before); w != "" {
		f.add("prev=", w)
	}
	if w1, rest := nextWord(after); w1 != "" {
		f.add("next=", w1)
		f.add("next+root=", w1, "|", root)
		if w2, _ := nextWord(rest); w2 != "" {
			f.add("next2=", w1, "_", w2)
		}
	}
	// The words of the verb's clause after it, up to six: what it is
	// about ("agreed to a ceasefire", "condemned the attack").
	rest := after
	for i := 0; i < 6; i++ {
		var w string
		if w, rest = nextWord(rest); w == "" {
			break
		}
		if len(w) > 3 {
			f.add("after=", w, "|", root)
		}
	}
	if strings.Contains(after, " said") || strings.Contains(after, " says") {
		f.add("said.after")
	}
	if strings.Contains(before, " said") || strings.Contains(before, " says") {
		f.add("said.before")
	}
	if strings.Count(before, "\"")%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”") {
		f.add("quoted")
	}
}

// patternKey is a pattern's name without the line number of its file, in
// two pieces to be joined ("CAMEO.verbpatterns.150430.txt:2027: SHELL
// [190]" → "CAMEO.verbpatterns.150430.txt:", " SHELL [190]"), so that
// scoring need not allocate it.
func patternKey(p string) (string, string) {
	i := strings.Index(p, ".txt:")
	if i < 0 {
		return p, ""
	}
	j := i + len(".txt:")
	k := j
	for k < len(p) && p[k] >= '0' && p[k] <= '9' {
		k++
	}
	if k == j {
		return p, ""
	}
	if k < len(p) {
		k++ // the colon after the line number
	}
	return p[:j], p[k:]
}

// CandidateKey names what chooses the codes an event may take: its code
// and the pattern that fired, without the line number.
func CandidateKey(e *dyad.Event) string {
	a, b := patternKey(e.Pattern)
	return string(e.Code) + " " + a + b
}

func candidateHash(e *dyad.Event) uint64 {
	a, b := patternKey(e.Pattern)
	return hashParts(string(e.Code), " ", a, b)
}

// country is the first three letters of an actor code.
func country(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// igos are the three-letter heads of actor codes that name no country.
var igos = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true, "UIS": true, "REB": true, "INS": true, "OPP": true}

// actorKind sorts an actor code: "-" for none, the non-state head (IGO,
// NGO, ...) or "STATE", then the first agent type after the country
// ("GOV", "MIL", ...), or "bare".
func actorKind(code string) string {
	if code == "" || code == "-" {
		return "-"
	}
	head := country(code)
	kind := "STATE"
	if igos[head] {
		kind = head
	}
	if len(code) >= 6 {
		return kind + "." + code[3:6]
	}
	return kind + ".bare"
}

// lastWord is the last word of s.
func lastWord(s string) string {
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if isWordRune(r, s[end:]) {
			break
		}
		end -= n
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !isWordRune(r, s[start:]) {
			break
		}
		start -= n
	}
	return s[start:end]
}

// nextWord is the first word of s and what follows it; none past a
// clause's end.
func nextWord(s string) (string, string) {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r, s[i+n:]) {
			break
		}
		if r == ',' || r == '.' || r == ';' {
			return "", ""
		}
		i += n
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r, s[j+n:]) {
			break
		}
		j += n
	}
	return s[i:j], s[j:]
}

// isWordRune reports whether r, followed by rest, belongs to a word:
// letters, digits and apostrophes — the typographic one (U+2019) only
// before a letter ("Iran’s"), since it also closes a quotation, and the
// curly double quotes never.
func isWordRune(r rune, rest string) bool {
	if r == '\'' {
		return true
	}
	if r == '\u2019' {
		next, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsLetter(next)
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
