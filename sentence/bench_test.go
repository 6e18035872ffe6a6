package sentence

import (
	"os"
	"testing"

	"github.com/dyadproject/dyad"
)

func BenchmarkSpans(b *testing.B) {
	data, err := os.ReadFile("../chunk/testdata/news/cameo.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	var spans []dyad.Span
	n := 0
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		spans = Spans(spans[:0], text)
		n += len(spans)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
