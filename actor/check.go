package actor

import (
	"sort"

	"github.com/dyadproject/dyad"
)

// Check lints the table and returns one positioned error per problem (nil when
// there is none):
//   - one person holding two overlapping terms with different codes (Hemedti,
//     SDNGOV and SDNREB in 2023), or two overlapping terms in the same office;
//     overlapping terms in different offices with one code (Xi Jinping as
//     President and General Secretary) and terms meeting on the handover day
//     are normal and not reported;
//   - codes that are not CAMEO (see ValidCode);
//   - a name or alias that two people share while both are in office.
func (h *Holders) Check() error {
	var errs dyad.ErrorList
	for i := range h.Terms {
		t := &h.Terms[i]
		if !ValidCode(t.Code) {
			errs.Add(t.File, t.Line, "%s: code %s is not a CAMEO actor code", t.Name, t.Code)
		}
	}
	for _, name := range h.people() {
		ts := h.termsOf(name)
		for i, a := range ts {
			for _, b := range ts[i+1:] {
				if !overlap(a, b) || handover(a, b) {
					continue
				}
				switch {
				case a.Code != b.Code:
					errs.Add(b.File, b.Line, "%s: %s %s (%s) overlaps %s %s (line %d) with a different code",
						name, b.Code, b.Range(), b.Office, a.Code, a.Range(), a.Line)
				case a.Office == b.Office:
					errs.Add(b.File, b.Line, "%s: %s %s overlaps the same office %s (line %d)",
						name, b.Office, b.Range(), a.Range(), a.Line)
				}
			}
		}
	}
	keys := make([]string, 0, len(h.index))
	for k := range h.index {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		idx := h.index[k]
		for i, x := range idx {
			for _, y := range idx[i+1:] {
				a, b := &h.Terms[x], &h.Terms[y]
				if a.Name != b.Name && overlap(a, b) && !handover(a, b) {
					errs.Add(b.File, b.Line, "alias %q names both %s (line %d, %s) and %s (%s) at the same time",
						k, a.Name, a.Line, a.Range(), b.Name, b.Range())
				}
			}
		}
	}
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Line < errs[j].Line })
	return errs.Err()
}

// handover reports whether two terms of one person meet on a single day: the
// table ends a term on the day the next office begins.
func handover(a, b *Term) bool {
	return a.End.Equal(b.Start) || b.End.Equal(a.Start)
}

func overlap(a, b *Term) bool {
	return (b.End.IsZero() || !a.Start.After(b.End)) && (a.End.IsZero() || !b.Start.After(a.End))
}
