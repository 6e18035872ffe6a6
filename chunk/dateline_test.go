package chunk

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// TestDatelineKeepsTags parses sentences with and without a wire dateline:
// the sentence's own words must be tagged alike, so the verb repair that a
// dateline's failed first clause invites does not retag an object as the
// verb ("the warring parties/VBZ to respect").
func TestDatelineKeepsTags(t *testing.T) {
	p := New(nil)
	tags := func(text string) []string {
		p.Parse("", dyad.Sentence{Text: text})
		var out []string
		for _, tk := range p.Tokens() {
			out = append(out, tk.Word+"/"+tk.Tag)
		}
		return out
	}
	for _, c := range []struct{ dateline, sentence string }{
		{"GENEVA, May 5 (Reuters) - ", "The United Nations urged the warring parties to respect the truce."},
		{"BRUSSELS (AP) — ", "The European Union called on European leaders to back the plan."},
		{"NEW DELHI: ", "India asked the neighbouring states to reopen their borders."},
		{"SAN JOSE, Costa Rica, Jan. 12 (Reuters) - ", "Regional ministers urged the rival factions to resume talks."},
	} {
		plain := tags(c.sentence)
		dated := tags(c.dateline + c.sentence)
		if len(dated) < len(plain) {
			t.Fatalf("%q: %d tokens, fewer than without the dateline", c.dateline+c.sentence, len(dated))
		}
		dated = dated[len(dated)-len(plain):]
		for i := range plain {
			if plain[i] != dated[i] {
				t.Errorf("%q: token %d is %s after the dateline, %s without it", c.sentence, i, dated[i], plain[i])
			}
		}
	}
}
