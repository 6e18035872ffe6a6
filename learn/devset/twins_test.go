package devset_test

import (
	"testing"

	"github.com/dyadproject/dyad/learn"
	"github.com/dyadproject/dyad/learn/devset"
)

func item(id, text string) devset.Item {
	return devset.Item{ID: "t:" + id, RowID: id, Sentences: []learn.Sentence{{Text: text}}}
}

// TestFoldsKeepTwinsTogether checks that one story told in two sets
// lands in one fold, whatever the row ids' own folds, and that unrelated
// items keep their own.
func TestFoldsKeepTwinsTogether(t *testing.T) {
	const n = 5
	a := "Norway and Chile agreed on Monday to share customs data and to curb salmon smuggling, after talks in Oslo."
	b := "OSLO - Norway and Chile agreed on Monday to share customs data and curb salmon smuggling after two days of talks."
	c := "Flooding closed three bridges in the northern province as rivers rose overnight."
	tests := []struct {
		name       string
		items      []devset.Item
		same       [2]int
		wantShared bool
	}{
		{"twins", []devset.Item{item("x-1", a), item("y-7", c), item("z-4", b)}, [2]int{0, 2}, true},
		{"unrelated", []devset.Item{item("x-1", a), item("y-7", c)}, [2]int{0, 1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			folds := devset.Folds(tt.items, n)
			for i := range tt.items {
				if !tt.wantShared || i != tt.same[1] {
					if own := devset.Fold(&tt.items[i], n); folds[i] != own {
						t.Errorf("item %d: fold %d, want its own %d", i, folds[i], own)
					}
				}
			}
			if tt.wantShared && folds[tt.same[0]] != folds[tt.same[1]] {
				t.Errorf("twins in folds %d and %d", folds[tt.same[0]], folds[tt.same[1]])
			}
		})
	}
}
