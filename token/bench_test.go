package token

import (
	"os"
	"strings"
	"testing"
)

func BenchmarkTokenize(b *testing.B) {
	data, err := os.ReadFile("../chunk/testdata/news/cameo.txt")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	buf := make([]Token, 0, 256)
	n := 0
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			buf = Append(buf[:0], l, 0)
			n += len(buf)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}
