package clean

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// A large text full of words starting with non-ASCII letters, and a large
// reversed text, repair in bounded time.
func TestLargeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		fmt.Fprintf(&b, "Émile%d met Łukasz and Ørsted.Ångström%d said ßo. ", i%97, i%89)
		if i%10 == 9 {
			b.WriteString("\n")
		}
	}
	texts := map[string]string{
		"accented": b.String(),
		"reversed": naiveReverse(strings.Repeat("The talks began in Geneva (UNG) on Monday, the U.N. envoy said. The envoy met Gen. Ali Hassan there. UNG staff said Hassan left. ", 8000)),
	}
	for name, text := range texts {
		start := time.Now()
		doc := &dyad.Document{Text: text}
		Repair(doc, Options{Names: gazetteerNames})
		d := time.Since(start)
		t.Logf("%s: %d bytes in %v", name, len(text), d)
		if d > 20*time.Second {
			t.Errorf("%s: %d bytes took %v", name, len(text), d)
		}
		checkAlign(t, doc)
	}
}
