package coref

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestTypeRef: a description naming the kind of body ("the group", "the
// bloc", "the court") resolves to the last mention of that kind when no
// mention shares its head noun.
func TestTypeRef(t *testing.T) {
	const text = "[[Hamas|PSEREBHMS|]] met [[Egypt|EGY|]]. The group left. " +
		"[[ECOWAS|IGOWAFBUSWAS|]] warned [[Mali|MLI|]]. The bloc acted. " +
		"[[The judges|THAJUD|]] met [[the prime minister|THAGOV|]]. The court ruled. " +
		"[[Amnesty International|NGOHRIAMN|]] spoke. The organisation left. " +
		"[[Iran|IRN|]] spoke. Nothing. Nothing. Nothing. The group left. "
	r, plain := doc(text, nil)
	sentOf := func(off int) int { return strings.Count(plain[:off], ". ") }
	tests := []struct {
		phrase string
		nth    int
		want   string // code, "" for none
	}{
		{"The group", 0, "PSEREBHMS"},
		{"The bloc", 0, "IGOWAFBUSWAS"},
		{"The court", 0, "THAJUD"},
		{"The organisation", 0, "NGOHRIAMN"},
		{"The group", 1, ""}, // Amnesty is more than two sentences back; Iran is no group
	}
	for _, tt := range tests {
		off := nthIndex(plain, tt.phrase, tt.nth)
		if off < 0 {
			t.Fatalf("%q not in text", tt.phrase)
		}
		got, ok := r.Resolve(tt.phrase, dyad.Span{Start: off, End: off + len(tt.phrase)}, sentOf(off))
		code := ""
		if ok && len(got) == 1 {
			code = got[0].Code
		}
		if code != tt.want {
			t.Errorf("%s #%d: got %q (%v), want %q", tt.phrase, tt.nth, code, got, tt.want)
		}
	}
}
