package pipeline_test

import "testing"

// TestDomesticHomeMeasures codes, through the whole pipeline, a curfew, a
// state of emergency or martial law a state imposes, extends or declares at
// home (round twenty-six's EXTEND and DECREE rows and
// coder/homemeasure.go): from the state's government to its own country,
// whatever group the sentence names near it. Beside them, a measure one
// state imposes on another's territory keeps that territory.
func TestDomesticHomeMeasures(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// A state named by its country alone acts through its government,
		// where the bare pair would act on itself and be dropped.
		{"Chile imposed a nationwide curfew on Tuesday.", "CHLGOV>CHL 1723"},
		// The country, not the group named beside the measure.
		{"Chile's government declared a state of emergency on Tuesday as protesters clashed with police.", "CHLGOV>CHL 1724; CHLOPP>CHLCOP 145"},
		{"Authorities in Chile imposed a curfew on the miners on Tuesday.", "CHLGOV>CHL 1723"},
		// An emergency or martial law extended is imposed anew; martial
		// law declared with no place after it.
		{"Chile's government extended the state of emergency by three months on Monday.", "CHLGOV>CHL 1724"},
		{"Chile's government declared martial law on Monday.", "CHLGOV>CHL 1724"},
		// Another state's territory keeps its target.
		{"Chile imposed a curfew on Bolivia on Tuesday.", "CHL>BOL 1723"},
	}
	checkCodes(t, "2025-01-01", tests)
}

// TestHomeMeasureTargetSpan checks where a home measure's country target
// points in the document: the country is implied by the source, so its
// text and span are the source's ("Haiti's government"), not those of the
// group it replaced ("gangs" and what they stormed).
func TestHomeMeasureTargetSpan(t *testing.T) {
	text := "Haiti's government declared a state of emergency after gangs stormed two prisons."
	evs := codeText(t, text, "2025-01-01")
	if len(evs) == 0 || evs[0].Target.Code != "HTI" {
		t.Fatalf("got %v, want a first event with target HTI", evs)
	}
	e := evs[0]
	if e.Target.Span != e.Source.Span || e.Target.Text != e.Source.Text {
		t.Errorf("target %q %v, want the source's %q %v", e.Target.Text, e.Target.Span, e.Source.Text, e.Source.Span)
	}
	if e.Target.Dict != "dyad.implied" {
		t.Errorf("target dictionary %q, want dyad.implied", e.Target.Dict)
	}
}
