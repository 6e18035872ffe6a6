package learn

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// The role relabeller: a second model, of the same form as the code
// relabeller's and trained beside it by "dyad train", that reads each side
// of an event (source, target) and keeps its actor code or gives it
// another role of the same country: IRN → IRNGOV, USAGOV → USAMIL,
// PAKCVL → PAKOPP. Its classes are role suffixes (the actor code after its
// first three letters, RoleBare for none), its candidate key is the
// side's kind (actorKind: "STATE.bare", "STATE.GOV", "REB.bare"), and a
// side may only take the suffixes gold gave at least MinSupport training
// sides of that kind. The country never changes, so family+countries
// hits are never lost; what it moves is the exact and family+actors
// levels (docs/notes/learn.md, round thirty-seven).

// RoleBare is the role class of an actor code that is its country alone
// ("IRN"): upper-case suffixes are CAMEO's, so it names none of them.
const RoleBare = "bare"

// RoleOptions are the role relabeller's training settings, declared
// before any held half was measured (docs/notes/learn.md, round
// thirty-seven): a suffix needs three training sides of the kind, lambda
// 0.03, never drop, and relabel only above 0.9 — of the cells
// cross-validated on the dev halves, the one with the most exact TP
// among those where no set's exact TP fell.
var RoleOptions = Options{Lambda: 0.03, Epochs: 30, Rate: 0.2, DropAt: 1, RelabelAt: 0.9, MinSupport: 3}

// rolesFile is the role model "dyad train" writes beside the code model.
//
//go:embed data/roles.txt
var rolesFile []byte

// DefaultRoles returns the embedded role model, parsed at first use and
// shared.
var DefaultRoles = sync.OnceValues(func() (*Model, error) {
	m, err := Parse(rolesFile)
	if err != nil {
		return nil, fmt.Errorf("embedded learn/data/roles.txt: %w", err)
	}
	return m, nil
})

// RolesFile returns the embedded role model file, as "dyad train" wrote it.
func RolesFile() []byte { return slices.Clone(rolesFile) }

// Sides of an event, as the role features and decisions name them.
const (
	SideSource = 0
	SideTarget = 1
)

// RoleOf splits an actor code into the role relabeller's candidate key
// (its kind) and its own class (its suffix, or RoleBare). ok is false for
// a side the relabeller leaves alone: no actor, or a code shorter than a
// country.
func RoleOf(code string) (key, own string, ok bool) {
	if own, ok = ownRole(code); !ok {
		return "", "", false
	}
	return actorKind(code), own, true
}

// ownRole is RoleOf without the candidate key, which decideRole hashes
// (kindHash) rather than builds: the side's own class, its suffix or
// RoleBare, and false for no actor or a code shorter than a country.
func ownRole(code string) (string, bool) {
	if len(code) < 3 || code == "-" {
		return "", false
	}
	if len(code) == 3 {
		return RoleBare, true
	}
	return code[3:], true
}

// WithRole is code with its role replaced by class: its first three
// letters, then the suffix (none for RoleBare).
func WithRole(code, class string) string {
	if class == RoleBare {
		return code[:3]
	}
	return code[:3] + class
}

// actorOf returns the actor on side (SideSource or SideTarget) of e and
// the actor on the other side, both in place, so the features can compare
// them and ApplyRoles can relabel the one.
func actorOf(e *dyad.Event, side int) (a, other *dyad.Actor) {
	if side == SideSource {
		return &e.Source, &e.Target
	}
	return &e.Target, &e.Source
}

// RoleFeatures returns the features of one side of event k of s, as the
// role model file names them.
func RoleFeatures(s *Sentence, k, side int) []string {
	var f featureSet
	roleFeatures(&f, s, k, side)
	return f.names
}

// roleFeatures are general: the side, the actor's kind, the code and its
// root, the verb, the other side's kind, the dictionary file that named
// the actor, whether a pronoun or title was resolved, and the
// lower-case words of the actor's words and just around them
// ("officials", "forces", "ministry", "police", "protesters"). Capitalised
// words — names — are never features: the kind already says what the
// dictionaries made of them.
func roleFeatures(f *featureSet, s *Sentence, k, side int) {
	e := &s.Events[k]
	a, other := actorOf(e, side)
	sd := "src"
	if side == SideTarget {
		sd = "tgt"
	}
	kind := actorKind(a.Code)
	root := e.Code.Root()
	f.add("bias")
	f.add("side=", sd)
	f.add("kind=", kind)
	f.add("kind+side=", kind, "|", sd)
	f.add("root+kind=", root, "|", kind)
	f.add("code+kind=", string(e.Code), "|", kind)
	verb := strings.TrimSpace(e.VerbText)
	f.add("verb+kind=", verb, "|", kind)
	f.add("verb+side=", verb, "|", sd)
	ok := actorKind(other.Code)
	f.add("other+kind=", ok, "|", kind)
	if country(a.Code) == country(other.Code) {
		f.add("samecountry+kind=", kind)
	}
	dict, _, _ := strings.Cut(a.Dict, ":")
	f.add("dict+kind=", dict, "|", kind)
	if a.Resolved != "" {
		f.add("resolved+kind=", kind)
	}
	// The actor's own words: each lower-case one, and the last (its
	// head, "Iran's foreign ministry" → ministry) whatever its case.
	rest, last := a.Text, ""
	for {
		var w string
		if w, rest = spanWord(rest); w == "" {
			break
		}
		last = w
		if lowerWord(w) {
			f.add("w+kind=", w, "|", kind)
		}
	}
	if last != "" {
		if !lowerWord(last) {
			last = "Cap"
		}
		f.add("head+kind=", last, "|", kind)
		f.add("head+side=", last, "|", sd)
	}
	// The words just before and after the actor in the sentence: "the
	// Iranian" + "officials" when the span stopped short, "security"
	// before "forces".
	st, en := a.Span.Start-s.Start, a.Span.End-s.Start
	if a.Span.End == 0 || st < 0 || en > len(s.Text) || st > en {
		return
	}
	if w := lastWord(s.Text[:st]); lowerWord(w) {
		f.add("before+kind=", w, "|", kind)
	}
	if w, _ := nextWord(s.Text[en:]); lowerWord(w) {
		f.add("after+kind=", w, "|", kind)
	}
}

// spanWord is the first word of s (letters only, so "Iran's" gives
// "Iran" then "s") and what follows it.
func spanWord(s string) (string, string) {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return s[i:j], s[j:]
}

// lowerWord reports whether w is a word of three letters or more that
// starts lower-case: a common noun or adjective, not a name.
func lowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return len(w) >= 3 && unicode.IsLower(r)
}

// kindHash is hashString(actorKind(code)), the hash of a side's
// candidate key, without building the string.
func kindHash(code string) uint64 {
	head := country(code)
	kind := "STATE"
	if igos[head] {
		kind = head
	}
	if len(code) >= 6 {
		return hashParts(kind, ".", code[3:6])
	}
	return hashParts(kind, ".bare")
}

// decideRole is the role model's class for one side of event k of s: ""
// keeps the actor's code.
func (m *Model) decideRole(sc *scorer, s *Sentence, k, side int) string {
	a, _ := actorOf(&s.Events[k], side)
	code := a.Code
	own, ok := ownRole(code)
	if !ok {
		return ""
	}
	sc.cands = append(sc.cands[:0], m.keep, m.drop)
	for _, c := range m.cands[kindHash(code)] {
		if m.Classes[c] != own {
			sc.cands = append(sc.cands, c)
		}
	}
	if len(sc.cands) == 2 {
		return ""
	}
	sc.f.hashed = true
	sc.f.hashes = sc.f.hashes[:0]
	roleFeatures(&sc.f, s, k, side)
	d := m.score(sc, own)
	if d.Drop {
		return ""
	}
	return d.Code
}

// DecideRole is the role model's decision on one side of event k of s: the
// new actor code, or "" to keep it.
func (m *Model) DecideRole(s *Sentence, k, side int) string {
	sc := scorers.Get().(*scorer)
	defer scorers.Put(sc)
	a, _ := actorOf(&s.Events[k], side)
	if c := m.decideRole(sc, s, k, side); c != "" {
		return WithRole(a.Code, c)
	}
	return ""
}

// ApplyRoles decides both sides of every event of s (each read as the
// events stand before any is changed), then gives the sides the model
// relabels their new actor code, in place.
func (m *Model) ApplyRoles(s *Sentence) {
	if len(s.Events) == 0 {
		return
	}
	sc := scorers.Get().(*scorer)
	defer scorers.Put(sc)
	var small [16]string
	ds := small[:0]
	for k := range s.Events {
		ds = append(ds, m.decideRole(sc, s, k, SideSource), m.decideRole(sc, s, k, SideTarget))
	}
	for k := range s.Events {
		e := &s.Events[k]
		for side := SideSource; side <= SideTarget; side++ {
			c := ds[2*k+side]
			if c == "" {
				continue
			}
			a, _ := actorOf(e, side)
			code := WithRole(a.Code, c)
			// The pattern says the model changed the actor, so a reader
			// can trace both the rule and the relabel.
			e.Pattern += " | learned role: " + a.Code + " relabelled " + code
			a.Code = code
		}
	}
}
