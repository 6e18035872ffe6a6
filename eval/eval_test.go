package eval

import (
	"encoding/json"
	"testing"
)

func TestEvaluate(t *testing.T) {
	ab := Triple{"A", "B", "010"}
	ba := Triple{"B", "A", "010"}
	cd := Triple{"C", "D", "190"}
	r := Evaluate([]Case{
		{ID: "1", Category: "X", Gold: []Triple{ab, ba}, Predicted: []Triple{ba, ab}}, // exact, order free
		{ID: "2", Category: "X", Gold: []Triple{ab}, Predicted: []Triple{ab, cd}},     // one false positive
		{ID: "3", Category: "Y", Gold: nil, WantError: "dateline", Predicted: nil},    // error record: none expected
		{ID: "4", Category: "Y", Gold: []Triple{cd}, Predicted: nil},                  // miss
		{ID: "5", Category: "Y", Gold: []Triple{ab}, Predicted: []Triple{ab, ab, ab}}, // duplicates count once
	})
	for _, tc := range []struct {
		got, want any
		what      string
	}{
		{r.Total.Records, 5, "records"},
		{r.Total.Exact, 3, "exact"},
		{r.Total.TP, 4, "tp"},
		{r.Total.FP, 1, "fp"},
		{r.Total.FN, 1, "fn"},
		{r.Total.Gold, 5, "gold"},
		{r.Total.Predicted, 5, "predicted"},
		{len(r.Categories), 2, "categories"},
		{r.Categories[0].Category, "X", "first category"},
		{r.Categories[1].Exact, 2, "Y exact"},
		{len(r.Failures), 2, "failures"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s = %v, want %v", tc.what, tc.got, tc.want)
		}
	}
	if p := r.Total.Precision; p != 0.8 {
		t.Errorf("precision %v", p)
	}
	if f := r.Total.F1; f < 0.799 || f > 0.801 {
		t.Errorf("F1 %v", f)
	}
	if _, err := json.Marshal(r); err != nil {
		t.Error(err)
	}
}
