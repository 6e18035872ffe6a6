package eval

import (
	"math/rand/v2"
	"testing"
)

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name      string
		gold      []Triple
		predicted []Triple
		want      map[string][2]int // class -> FN, FP
	}{
		{"exact is no error", []Triple{{"USA", "RUS", "042"}}, []Triple{{"USA", "RUS", "042"}}, nil},
		{"sub-code", []Triple{{"ISRGOV", "LBN", "046"}}, []Triple{{"ISRGOV", "LBN", "040"}},
			map[string][2]int{ErrCode: {1, 1}}},
		{"family", []Triple{{"SUN", "USA", "134"}}, []Triple{{"SUN", "USA", "120"}},
			map[string][2]int{ErrFamily: {1, 1}}},
		{"role", []Triple{{"ISRMIL", "PSE", "173"}}, []Triple{{"ISRGOV", "PSE", "1731"}},
			map[string][2]int{ErrRole: {1, 1}}},
		{"direction", []Triple{{"CHNGOV", "JPN", "111"}}, []Triple{{"JPN", "CHN", "112"}},
			map[string][2]int{ErrDirection: {1, 1}}},
		{"one actor wrong", []Triple{{"IRN", "SAU", "111"}}, []Triple{{"IRN", "USA", "111"}},
			map[string][2]int{ErrActor: {1, 1}}},
		{"missed and extra", []Triple{{"IRN", "SAU", "111"}}, []Triple{{"FRA", "DEU", "036"}},
			map[string][2]int{ErrMissed: {1, 0}, ErrExtra: {0, 1}}},
		{"silent", []Triple{{"IRN", "SAU", "111"}, {"SAU", "IRN", "111"}}, nil,
			map[string][2]int{ErrSilent: {2, 0}}},
		{"no-event", nil, []Triple{{"IRN", "SAU", "111"}},
			map[string][2]int{ErrNoEvent: {0, 1}}},
		{"closest class pairs first", // the sub-code pair is taken before the role pair
			[]Triple{{"USAGOV", "RUS", "036"}},
			[]Triple{{"USA", "RUS", "036"}, {"USAGOV", "RUS", "030"}},
			map[string][2]int{ErrCode: {1, 1}, ErrExtra: {0, 1}}},
		{"a predicted event pairs once",
			[]Triple{{"USA", "RUS", "042"}, {"USA", "RUS", "043"}},
			[]Triple{{"USA", "RUS", "040"}},
			map[string][2]int{ErrCode: {1, 1}, ErrMissed: {1, 0}}},
		{"duplicates count once, as Evaluate counts them",
			[]Triple{{"USA", "RUS", "042"}, {"USA", "RUS", "042"}},
			[]Triple{{"USA", "RUS", "040"}, {"USA", "RUS", "040"}},
			map[string][2]int{ErrCode: {1, 1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Errors([]Case{{ID: "x", Gold: tc.gold, Predicted: tc.predicted}})
			for _, e := range got {
				if w := tc.want[e.Class]; e.FN != w[0] || e.FP != w[1] {
					t.Errorf("%s: fn/fp %d/%d, want %d/%d", e.Class, e.FN, e.FP, w[0], w[1])
				}
			}
		})
	}
}

// The classes partition the exact level's errors: their FN and FP sum to
// Evaluate's, whatever the predictions.
func TestErrorsSumToEvaluate(t *testing.T) {
	exs := readRepoNews(t)
	rng := rand.New(rand.NewPCG(1, 2))
	actors := []string{"USA", "USAGOV", "RUS", "RUSMIL", "CHN", "IRN", "ISR", "PSE"}
	codes := []string{"010", "036", "042", "043", "046", "111", "112", "173", "190"}
	for round := range 20 {
		var cases []Case
		for _, ex := range exs {
			var pred []Triple
			for _, g := range ex.Gold {
				if rng.IntN(3) == 0 {
					g.Code = codes[rng.IntN(len(codes))]
				}
				if rng.IntN(3) == 0 {
					g.Source = actors[rng.IntN(len(actors))]
				}
				if rng.IntN(4) > 0 {
					pred = append(pred, g)
				}
			}
			for rng.IntN(3) == 0 {
				pred = append(pred, Triple{actors[rng.IntN(len(actors))], actors[rng.IntN(len(actors))], codes[rng.IntN(len(codes))]})
			}
			cases = append(cases, Case{ID: ex.ID, Gold: ex.Gold, Predicted: pred})
		}
		total := Evaluate(cases).Total
		fn, fp := 0, 0
		for _, e := range Errors(cases) {
			fn += e.FN
			fp += e.FP
		}
		if fn != total.FN || fp != total.FP {
			t.Fatalf("round %d: classes sum to fn %d fp %d, Evaluate has %d %d", round, fn, fp, total.FN, total.FP)
		}
	}
}
