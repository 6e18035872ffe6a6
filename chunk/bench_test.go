package chunk

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/benchtest"
	"github.com/dyadproject/dyad/sentence"
	"github.com/dyadproject/dyad/token"
)

// readNews reads the fixed benchmark corpus: real news sentences, one
// document a line.
func readNews(tb testing.TB) []string {
	f, err := os.Open("testdata/news/cameo.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var docs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			docs = append(docs, line)
		}
	}
	return docs
}

// peakRSS returns the process's peak resident set size in MB (Linux), or 0.
func peakRSS() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, _ := strconv.ParseFloat(f[1], 64)
				return kb / 1024
			}
		}
	}
	return 0
}

// BenchmarkRawToTrees measures the whole raw-text path of this package and
// the ones before it: sentence splitting, tokenization, tagging and parsing.
func BenchmarkRawToTrees(b *testing.B) {
	b.Run("fresh", func(b *testing.B) { benchRaw(b, false) })
	b.Run("recycle", func(b *testing.B) { benchRaw(b, true) })
}

func benchRaw(b *testing.B, recycle bool) {
	docs := readNews(b)
	p := New(nil)
	p.Recycle = recycle
	var spans []dyad.Span
	sents, toks := 0, 0
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := benchtest.CPUTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			spans = sentence.Spans(spans[:0], d)
			for _, sp := range spans {
				tree := p.Parse(d, dyad.Sentence{Span: sp})
				if tree == nil {
					b.Fatal("nil tree")
				}
				sents++
				toks += len(p.Tokens())
			}
		}
	}
	sec := b.Elapsed().Seconds()
	cpu := (benchtest.CPUTime() - cpu0).Seconds()
	b.ReportMetric(float64(sents)/sec, "sentences/s")
	b.ReportMetric(float64(sents)/cpu, "sentences/cpu-s")
	b.ReportMetric(float64(toks)/sec, "tokens/s")
	b.ReportMetric(peakRSS(), "peakRSS-MB")
}

// BenchmarkParseTagged measures the parser alone on pre-tagged tokens.
func BenchmarkParseTagged(b *testing.B) {
	docs := readNews(b)
	p := New(nil)
	var tagged [][]token.Token
	for _, d := range docs {
		p.Parse(d, dyad.Sentence{Span: dyad.Span{End: len(d)}})
		tagged = append(tagged, append([]token.Token(nil), p.Tokens()...))
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := benchtest.CPUTime()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, t := range tagged {
			p.ParseTokens(t)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(n)/(benchtest.CPUTime()-cpu0).Seconds(), "sentences/cpu-s")
}
