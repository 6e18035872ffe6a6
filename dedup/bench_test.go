package dedup

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// corpus makes n documents: stories of about 300 words drawn from the words
// of the test stories, each published in copies made like syndicated ones.
func corpus(b *testing.B, n int) []string {
	var vocab []string
	for _, name := range []string{"wire.txt", "other-kidnapping.txt", "follow-up.txt", "ceasefire.txt"} {
		vocab = append(vocab, strings.Fields(readStory(b, name))...)
	}
	r := rand.New(rand.NewPCG(1, 2))
	var docs []string
	for len(docs) < n {
		paras := make([]string, 7)
		for p := range paras {
			words := make([]string, 43)
			for i := range words {
				words[i] = vocab[r.IntN(len(vocab))]
			}
			paras[p] = strings.Join(words, " ")
		}
		story := strings.Join(paras, "\n\n")
		docs = append(docs, story)
		for _, c := range copies(story) {
			docs = append(docs, c)
		}
	}
	return docs[:n]
}

// BenchmarkAdd measures signing and clustering into an index of 5,000
// documents (1 story in 6 is new, the rest are copies).
func BenchmarkAdd(b *testing.B) {
	docs := corpus(b, 5000)
	var bytes int64
	for _, d := range docs {
		bytes += int64(len(d))
	}
	b.ResetTimer()
	clusters := 0
	for b.Loop() {
		ix := New(Options{})
		seen := map[string]bool{}
		for i, d := range docs {
			seen[ix.Add(fmt.Sprint(i), d)] = true
		}
		clusters = len(seen)
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(docs))/sec, "docs/s")
	b.ReportMetric(float64(int64(b.N)*bytes)/sec/1e6, "MB/s")
	b.ReportMetric(float64(clusters), "clusters")
	b.ReportMetric(indexBytesPerDoc(docs), "B/doc")
}

// indexBytesPerDoc measures the heap an index holds per document.
func indexBytesPerDoc(docs []string) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ix := New(Options{})
	for i, d := range docs {
		ix.Add(strconv.Itoa(i), d)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(ix)
	return float64(after.HeapAlloc-before.HeapAlloc) / float64(len(docs))
}

// BenchmarkSign measures signing alone.
func BenchmarkSign(b *testing.B) {
	docs := corpus(b, 600)
	ix := New(Options{})
	b.ResetTimer()
	n := 0
	for b.Loop() {
		ix.Sign(docs[n%len(docs)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
}
