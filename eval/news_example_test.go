package eval_test

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/eval"
)

// A news set is read, each sentence predicted (here by a stand-in for a
// pipeline), and scored at three levels.
func ExampleScoreNews() {
	set := "id\tcode\tsource\ttarget\tsentence\n" +
		"cameo-046\t046\tISR\tLBN\tIsrael and Lebanon renewed negotiations today.\n" +
		"cameo-046\t046\tLBN\tISR\tIsrael and Lebanon renewed negotiations today.\n" +
		"cameo-173\t173\tISRMIL\tPSE\tIsraeli soldiers arrested 100 Palestinians.\n"
	exs, err := eval.ReadNews(strings.NewReader(set))
	if err != nil {
		fmt.Println(err)
		return
	}
	predicted := map[string][]eval.Triple{
		"cameo-046": {{"ISR", "LBN", "040"}, {"LBN", "ISR", "040"}},
		"cameo-173": {{"ISRGOV", "PSE", "173"}},
	}
	cases := eval.NewsCases(exs, func(ex *eval.NewsExample) ([]eval.Triple, error) {
		return predicted[ex.ID], nil
	})
	r := eval.ScoreNews(cases)
	fmt.Printf("exact %.2f, family+actors %.2f, family+countries %.2f\n",
		r.Exact.Total.F1, r.Family.Total.F1, r.Country.Total.F1)
	// Output: exact 0.00, family+actors 0.67, family+countries 1.00
}
