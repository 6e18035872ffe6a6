package pipeline_test

import (
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/clean"
	"github.com/dyadproject/dyad/pipeline"
)

// TestLostInitialLong codes, through the whole pipeline, sentences whose
// paragraph lost the first letter of a name of several words (round
// thirty-three, repair34): "audi Arabia's", "orth Korea's". Unrepaired,
// each codes something else (checked). Beside them, sentences that must
// stay as written and code nothing: the first word of such a name with no
// name after it, and a damaged word that is an English word ("an").
func TestLostInitialLong(t *testing.T) {
	tests := []struct{ text, want string }{ // want: all events, "SRC>TGT CODE; …"
		{"audi Arabia's foreign minister accused Iran on Monday of arming rebels in Yemen.", "SAUGOV>IRN 112"},
		{"orth Korea's state media denounced South Korea on Friday for holding drills.", "PRKGOVMED>KOR 111"},
	}
	checkRepaired(t, "2024-06-01", tests, []string{
		"outh of the border, farmers harvested wheat on Monday.",
		"an Marino customs officers reported no change on Monday.",
	})
}

// TestDefaultNamesLong: the names the pipeline hands the repair put back a
// lost letter on a name of several words only when its other words follow
// as written, and never inside a paragraph.
func TestDefaultNamesLong(t *testing.T) {
	names, err := pipeline.DefaultNames()
	if names == nil {
		t.Fatal(err)
	}
	opts := clean.Options{Names: names}
	for _, tt := range []struct{ in, out string }{
		{"outh Africa's envoy left.", "South Africa's envoy left."},
		{"ri Lanka's president fled.", "Sri Lanka's president fled."},
		{"outh africa's envoy left.", "outh africa's envoy left."},
		{"Envoys from outh Africa left.", "Envoys from outh Africa left."},
	} {
		doc := &dyad.Document{Text: tt.in}
		clean.Repair(doc, opts)
		if got := doc.Text; got != tt.out {
			t.Errorf("repair(%q) = %q, want %q", tt.in, got, tt.out)
		}
	}
}
