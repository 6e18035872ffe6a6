package eval_test

import (
	"fmt"

	"github.com/dyadproject/dyad/eval"
)

func ExampleEvaluate() {
	r := eval.Evaluate([]eval.Case{
		{ID: "A-1", Category: "DEMO", Gold: []eval.Triple{{"ARN", "GON", "064"}}, Predicted: []eval.Triple{{"ARN", "GON", "064"}}},
		{ID: "A-2", Category: "DEMO", Gold: []eval.Triple{{"ARN", "GON", "064"}}, Predicted: []eval.Triple{{"GON", "ARN", "064"}}},
	})
	t := r.Total
	fmt.Println(t.Records, t.Exact, t.TP, t.FP, t.FN, t.F1, r.Failures[0].ID)
	// Output: 2 1 1 1 1 0.5 A-2
}
