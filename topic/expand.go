package topic

import (
	"fmt"
	"strings"
)

// wildcard is a phrase word that matches any one word of the text. Text
// words never contain "*", so it cannot clash with a real word.
const wildcard = "*"

// expand turns a dictionary phrase into the word sequences it matches:
// chunks separated by blanks or "+" are expanded on their own (n: to noun
// forms, v: to verb forms, * to itself) and combined in every way. It returns a message
// instead when the phrase is unusable.
func expand(pattern string) ([][]string, string) {
	var slots [][][]string // per part: its alternatives, each a word sequence
	total := 1
	words := 0
	for _, chunk := range strings.Fields(pattern) {
		for _, part := range strings.Split(chunk, "+") {
			var forms []string
			switch {
			case part == wildcard:
				slots = append(slots, [][]string{{wildcard}})
				words++
				continue
			case strings.HasPrefix(part, "n:"):
				forms = nounForms(string(lower(nil, part[2:])))
			case strings.HasPrefix(part, "v:"):
				forms = verbForms(string(lower(nil, part[2:])))
			case len(part) > 1 && part[1] == ':' && isWordByte(part[0]):
				return nil, fmt.Sprintf("unknown mark %q (want n: or v:)", part[:2])
			default:
				forms = []string{part}
			}
			var alts [][]string
			for _, f := range forms {
				if ws := splitWords(f); len(ws) > 0 && !containsSeq(alts, ws) {
					alts = append(alts, ws)
				}
			}
			if len(alts) == 0 {
				continue // punctuation only, like a lone "&"
			}
			slots = append(slots, alts)
			total *= len(alts)
			words += len(alts[0])
			if total > maxForms {
				return nil, fmt.Sprintf("expands to more than %d forms", maxForms)
			}
		}
	}
	if len(slots) == 0 {
		return nil, "no words"
	}
	if slots[0][0][0] == wildcard || slots[len(slots)-1][0][0] == wildcard {
		return nil, "* must stand between words"
	}
	if words > maxWords {
		return nil, fmt.Sprintf("more than %d words", maxWords)
	}
	out := [][]string{nil}
	for _, alts := range slots {
		next := make([][]string, 0, len(out)*len(alts))
		for _, prefix := range out {
			for _, a := range alts {
				seq := make([]string, 0, len(prefix)+len(a))
				seq = append(append(seq, prefix...), a...)
				next = append(next, seq)
			}
		}
		out = next
	}
	// Different forms may split into different numbers of words; keep the
	// bound on every sequence.
	kept := out[:0]
	for _, seq := range out {
		if len(seq) <= maxWords && !containsSeq(kept, seq) {
			kept = append(kept, seq)
		}
	}
	return kept, ""
}

func containsSeq(seqs [][]string, seq []string) bool {
	for _, s := range seqs {
		if len(s) != len(seq) {
			continue
		}
		same := true
		for i := range s {
			if s[i] != seq[i] {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}
