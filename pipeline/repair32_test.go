package pipeline_test

import (
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/clean"
	"github.com/dyadproject/dyad/pipeline"
)

// TestLostInitialWide codes, through the whole pipeline, sentences whose
// first letter a scraper dropped where round thirty-two's repair reaches
// beyond the places: a place that is also an English word ("hina"), an
// office holder's surname ("rdogan", from the dictionaries' dated people)
// and the word after a wire dateline ("ussia"). Unrepaired, each codes
// something else (checked, so that each case shows the repair at work).
// Beside them, sentences that must stay as written: "china" the porcelain,
// a surname written in lower case mid-sentence, a lower-case word the
// lexicon knows at a paragraph start.
func TestLostInitialWide(t *testing.T) {
	tests := []struct{ text, want string }{ // want: all events, "SRC>TGT CODE; …"
		{"hina recalled its ambassador from Lithuania on Tuesday.", "CHN>LTU 161"},
		{"rdogan accused Greece on Monday of provoking a crisis in the Aegean.", "TURGOV>GRC 112"},
		{"ANKARA (Reuters) - ussia recalled its ambassador from Ukraine on Tuesday.", "RUS>UKR 161"},
	}
	checkRepaired(t, "2019-06-01", tests, []string{
		"The minister's fine china was sold at auction on Monday.",
		"rice prices rose sharply in the capital's markets on Monday.",
	})
}

// TestDefaultNamesSurnames: the names the pipeline hands the repair read
// the dictionaries' office holders for a lost first letter only, never for
// a surname written in lower case, and leave English words alone.
func TestDefaultNamesSurnames(t *testing.T) {
	names, err := pipeline.DefaultNames()
	if names == nil {
		t.Fatal(err)
	}
	opts := clean.Options{Names: names}
	for _, tt := range []struct{ in, out string }{
		{"utin agreed.", "Putin agreed."},
		{"the putin era ended.", "the putin era ended."},
		{"rice rose.", "rice rose."},
	} {
		doc := &dyad.Document{Text: tt.in}
		clean.Repair(doc, opts)
		if got := doc.Text; got != tt.out {
			t.Errorf("repair(%q) = %q, want %q", tt.in, got, tt.out)
		}
	}
}

// TestPhotoCreditCoded codes, through the whole pipeline, leads a scraper
// glued a photo credit to: the credit's words are no actor once the
// credit is gone (unrepaired each codes otherwise, checked). A caption
// that is no credit stays and codes what it says.
func TestPhotoCreditCoded(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Photo: AFP / Getty Images Police in Nairobi arrested dozens of opposition protesters on Tuesday.", "KENCOP>KENOPP 173"},
		{"Photo: Reuters/Anna KowalskaPoland recalled its ambassador from Belarus on Monday.", "POL>BLR 161"},
	}
	checkRepaired(t, "2019-06-01", tests, nil)
}

// TestWidgetPrefixCoded codes, through the whole pipeline, leads a scraper
// glued a page widget to ("Keep reading ↓", a byline with a reading
// time): unrepaired the widget's words spoil the subject (checked).
func TestWidgetPrefixCoded(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Keep reading ↓ Chile and Peru signed a fisheries agreement in Lima on Friday after two years of talks.", "CHL>PER 057; PER>CHL 057; CHL>PER 046; PER>CHL 046"},
		{"Reuters Staff 2 Min Read Kenya recalled its ambassador from Somalia on Tuesday.", "KEN>SOM 161"},
	}
	checkRepaired(t, "2019-06-01", tests, nil)
}
