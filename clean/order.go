package clean

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
)

// evidence is what one reading order of the fragments has for and against it.
type evidence struct {
	fits, breaks int // fragments that continue / cannot start where they stand
	names        int // names introduced in full before their short form (+) or not (-)
	acronyms     int // acronyms defined before bare use (+) or not (-)
	nouns        int // nouns introduced with "a" before "the" (+) or not (-)
	cue          int // -1 when the text opens with a word that refers back
	against      int // signs that the order is wrong
	// the negative part of names, acronyms and nouns
	negNames, negAcronyms, negNouns int
}

// describe lists the signs against an order for the report.
func (e evidence) describe() string {
	var parts []string
	add := func(n int, what string) {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, what))
		}
	}
	add(e.breaks, "fragments that cannot start where they stand")
	add(e.negNames, "names before their full form")
	add(e.negAcronyms, "acronyms before their definition")
	add(e.negNouns, "nouns with the before a")
	if e.cue < 0 {
		parts = append(parts, "opens with a word that refers back")
	}
	if len(parts) == 0 {
		return "no signs against"
	}
	return strings.Join(parts, ", ")
}

func (e evidence) score() int { return 2*(e.fits-e.breaks) + e.names + e.acronyms + e.nouns + e.cue }

// fixOrder rejoins sentence fragments broken at abbreviations, and restores
// the reading order of a document whose fragments were written in reverse.
// Which order reads right is judged from the document alone:
//
//   - a fragment that starts in lower case continues the one before it, which
//     must end in an abbreviation ("the U.N." / "arms embargo"), a title
//     ("Gen." / "Wei Fenghe") or without punctuation;
//   - people and organisations are named in full before the short form
//     ("Mohammad Bagheri" before "Bagheri"), acronyms are spelled out before
//     they are used bare ("Armed Forces General Staff (AFGS)" before "AFGS");
//   - nouns come with "a" before "the"; a quotation cut into fragments opens
//     before it closes;
//   - a text does not open with a word that refers back ("Moreover", "This").
//
// When neither the order found nor its reverse reads right, the document is
// flagged "scrambled" and left in its order.
func fixOrder(s string, r *run) *edit {
	// A title line above the text keeps its place.
	from := 0
	if k := strings.IndexByte(s, '\n'); k > 0 && unitEnd(s[:k]) == endOpen && strings.Count(s[:k], " ") < 15 {
		from = k + 1
	}
	units := splitUnits(s, from)
	if len(units) < 2 {
		return nil
	}
	fwd := make([]int, len(units))
	rev := make([]int, len(units))
	for i := range units {
		fwd[i] = i
		rev[i] = len(units) - 1 - i
	}
	ment := findMentions(s, units, 0)
	ef := judge(s, units, fwd, ment)
	er := judge(s, units, rev, ment)
	aF, aR := ef.against, er.against
	order, reversed := fwd, false
	// Reverse only when the reverse reads clearly better and nothing speaks
	// against it; otherwise two signs against the order found mean the text
	// is scrambled in some way this step does not undo.
	if !r.opts.disabled("reversed-order") && er.score()-ef.score() >= 2 && aR == 0 && aF >= 2 {
		order, reversed = rev, true
	} else if aF >= 2 {
		r.flag("scrambled")
	}

	e := newEdit(s)
	joins := 0
	e.copy(0, units[0].lo) // a kept title line

	for k, i := range order {
		if k > 0 {
			p := order[k-1]
			// Neighbours in either order are neighbours in the text: the
			// space between them stays between them.
			a, b := min(p, i), max(p, i)
			sep := [2]int{units[a].hi, units[b].lo}
			if fits(units[p], units[i]) {
				if reversed || s[sep[0]:sep[1]] != " " {
					joins++
				}
				if k := strings.IndexByte(s[sep[0]:sep[1]], ' '); k >= 0 {
					e.copy(sep[0]+k, sep[0]+k+1)
				} else {
					e.put(" ")
				}
			} else {
				e.copy(sep[0], sep[1])
			}
		}
		e.copy(units[i].lo, units[i].hi)
	}
	e.copy(units[len(units)-1].hi, len(s)) // trailing space
	if reversed {
		e.extra = append(e.extra, dyad.RepairStep{
			Name:    "reversed-order",
			Count:   len(units),
			Detail:  "order found: " + ef.describe() + "; reverse: " + er.describe(),
			Example: clip(s[units[0].lo:units[0].hi]) + " → last",
		})
	}
	if joins == 0 && !reversed {
		return nil
	}
	e.extra = append(e.extra, dyad.RepairStep{Name: "fragments", Count: joins, Example: joinExample(s, units, order)})
	return e
}

// joinExample shows the first fragments joined in the chosen order.
func joinExample(s string, units []unit, order []int) string {
	for k := 1; k < len(order); k++ {
		a, b := units[order[k-1]], units[order[k]]
		if fits(a, b) {
			tail := s[a.lo:a.hi]
			if lo, _ := around(tail, len(tail), len(tail), 30); lo > 0 {
				tail = tail[lo:]
			}
			return "…" + tail + " / " + clip(s[b.lo:b.hi])
		}
	}
	return ""
}

// judge weighs one order of the units.
func judge(s string, units []unit, order []int, m mentions) evidence {
	var e evidence
	inQuote := false
	for k, i := range order {
		u := units[i]
		// A quotation spread over fragments opens before it closes.
		switch u.quote {
		case 1:
			inQuote = true
		case -1:
			if inQuote {
				e.fits++
			} else {
				e.breaks++
			}
			inQuote = false
		}
		if u.lower {
			if k > 0 && fits(units[order[k-1]], u) {
				e.fits++
			} else {
				e.breaks++
			}
		}
		if u.end == endTitle {
			if k+1 < len(order) && units[order[k+1]].upper {
				e.fits++
			} else if k+1 == len(order) {
				e.breaks++
			}
		}
	}
	if len(order) > 0 && refersBack(s[units[order[0]].lo:units[order[0]].hi]) {
		e.cue = -1
	}
	e.names, e.acronyms, e.nouns = m.judge(order)
	e.negNames, e.negAcronyms, e.negNouns = m.negatives(order)
	e.against = e.breaks + e.negNames + e.negAcronyms + e.negNouns - e.cue
	return e
}

// refersBack reports whether a sentence opens with a word that needs one
// before it.
func refersBack(t string) bool {
	t = strings.ToLower(t)
	for _, c := range cues {
		if strings.HasPrefix(t, c) && (len(t) == len(c) || t[len(c)] == ' ' || t[len(c)] == ',') {
			return true
		}
	}
	return false
}

var cues = []string{
	"moreover", "however", "also", "but", "and", "furthermore", "meanwhile",
	"still", "yet", "thus", "therefore", "nevertheless", "nonetheless",
	"instead", "besides", "this", "these", "those", "such", "he", "she",
	"they", "it", "its", "their", "his", "in the end", "at the same time",
	"in addition", "as a result", "finally", "then", "the latter", "the former",
	"additionally", "likewise", "similarly", "consequently", "hence",
}
