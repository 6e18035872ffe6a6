package clean

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// TestPlainEnglishShort: one-sentence documents are told apart without the
// trigram model when they are clearly English, and left to it otherwise.
func TestPlainEnglishShort(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"NATO on Monday declined to comment on an estimate of the losses.", true},
		{"The government of Liberia denied on Thursday charges by Ivory Coast.", true},
		{"Iran and China signed a deal.", true},
		{"Iran China deal signed.", false}, // no function words: the model decides
		{"Le président a rencontré le ministre des affaires étrangères hier soir.", false},
		{"Der Präsident hat den Minister in Berlin getroffen und mit ihm gesprochen.", false},
		{"Arnor Gondor Mordor Rohan.", false},
	}
	for _, tt := range tests {
		if got := plainEnglish(tt.text); got != tt.want {
			t.Errorf("plainEnglish(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestShortTextsNotSkipped: a short ASCII text is never skipped as foreign,
// whatever the trigram model says of its names; a short text in another
// language's letters still can be, and so can a longer foreign one.
func TestShortTextsNotSkipped(t *testing.T) {
	for _, tt := range []struct {
		text string
		skip bool
	}{
		{"Palestinian gunmen killed an Israeli settler near Hebron on Sunday.", false}, // the model says Turkish
		{"Russia invaded Ukraine.", false},
		{"Iran China deal signed.", false},
		{"Le président de la République a rencontré hier à Paris le chancelier allemand pour discuter de la crise économique en Europe et des sanctions contre la Russie.", true},
	} {
		doc := &dyad.Document{ID: "d", Text: tt.text}
		r := &run{q: &dyad.Quality{}}
		identify(doc, r, 0)
		if got := Skipped(doc) != nil; got != tt.skip {
			t.Errorf("%q: skipped = %v (lang %q, report %q), want %v", tt.text, got, doc.Lang, r.q.Language, tt.skip)
		}
	}
}
