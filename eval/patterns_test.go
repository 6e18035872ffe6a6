package eval

import (
	"slices"
	"testing"
)

func TestByPattern(t *testing.T) {
	cases := []Case{
		{ID: "a", Gold: []Triple{{"FRA", "DEU", "111"}}, // exact
			Predicted: []Triple{{"FRA", "DEU", "111"}}, Patterns: []string{"v:1: CONDEMN [111]"}},
		{ID: "b", Gold: []Triple{{"RUS", "UKR", "112"}}, // another code, and a duplicate of it by a second pattern
			Predicted: []Triple{{"RUS", "UKR", "1123"}, {"RUS", "UKR", "1123"}},
			Patterns:  []string{"v:2: - * + OF [112]", "v:9: ACCUSE [112]"}},
		{ID: "c", Gold: []Triple{{"JPN", "CHN", "112"}, {"JPN", "KOR", "112"}}, // another family twice, one extra
			Predicted: []Triple{{"JPN", "CHN", "010"}, {"JPN", "KOR", "010"}, {"JPN", "USA", "010"}},
			Patterns:  []string{"v:3: SAY [010]", "v:3: SAY [010]", "v:3: SAY [010]"}},
		{ID: "d", Gold: []Triple{{"JPN", "CHN", "111"}}, // another family in another sentence
			Predicted: []Triple{{"JPN", "CHN", "010"}}, Patterns: []string{"v:3: SAY [010]"}},
		{ID: "e", Gold: []Triple{{"ISRMIL", "PSE", "190"}}, // an actor wrong, by a coder rule
			Predicted: []Triple{{"ISRGOV", "PSE", "190"}}, Patterns: []string{"a coder rule (coder/x.go)"}},
		{ID: "f", // no event expected, and no patterns given
			Predicted: []Triple{{"KEN", "UGA", "051"}}},
	}
	got := ByPattern(cases)
	want := []PatternCount{
		{Pattern: "v:3: SAY [010]", Sentences: 2, Events: 4, Family: 3, Extra: 1,
			Confused: []CodeCount{{"112", 2}, {"111", 1}}},
		{Pattern: NoPattern, Sentences: 1, Events: 1, Extra: 1},
		{Pattern: "a coder rule (coder/x.go)", Sentences: 1, Events: 1, Actors: 1},
		{Pattern: "v:2: - * + OF [112]", Sentences: 1, Events: 1, Code: 1, Confused: []CodeCount{{"112", 1}}},
		{Pattern: "v:1: CONDEMN [111]", Sentences: 1, Events: 1, TP: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("%d patterns, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Pattern != w.Pattern || g.Sentences != w.Sentences || g.Events != w.Events || g.TP != w.TP ||
			g.Code != w.Code || g.Family != w.Family || g.Actors != w.Actors || g.Extra != w.Extra ||
			!slices.Equal(g.Confused, w.Confused) {
			t.Errorf("row %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
}

// The patterns account for every predicted triple exactly once, and their
// errors are the exact level's false positives, whatever the predictions.
func TestByPatternSumsToEvaluate(t *testing.T) {
	exs := readRepoNews(t)
	cases := NewsPatternCases(exs, func(ex *NewsExample) ([]Triple, []string, error) {
		// Predict the gold with every other code cut to its root, and an
		// extra event; name the pattern by the sentence's first letter.
		var pred []Triple
		var pats []string
		for i, g := range ex.Gold {
			if i%2 == 1 {
				g.Code = root(g.Code)
			}
			pred = append(pred, g)
			pats = append(pats, ex.Sentence[:1])
		}
		pred = append(pred, Triple{"AAA", "BBB", "010"})
		pats = append(pats, "extra")
		return pred, pats, nil
	})
	total := Evaluate(cases).Total
	events, tp, fp := 0, 0, 0
	for _, p := range ByPattern(cases) {
		if p.TP+p.Code+p.Family+p.Actors+p.Extra != p.Events {
			t.Errorf("%s: columns do not sum to its %d events: %+v", p.Pattern, p.Events, p)
		}
		events, tp, fp = events+p.Events, tp+p.TP, fp+p.Errors()
	}
	if events != total.Predicted || tp != total.TP || fp != total.FP {
		t.Errorf("patterns: %d events, %d tp, %d errors; Evaluate: %d predicted, %d tp, %d fp",
			events, tp, fp, total.Predicted, total.TP, total.FP)
	}
}
