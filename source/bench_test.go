package source

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// benchRead reads data repeatedly and reports MB/s and docs/s.
func benchRead(b *testing.B, data []byte, opts Options) {
	b.SetBytes(int64(len(data)))
	docs := 0
	for b.Loop() {
		err := Read(context.Background(), bytes.NewReader(data), "bench", opts,
			func(*dyad.Document) error { docs++; return nil }, func(dyad.Reject) {})
		if err != nil {
			b.Fatal(err)
		}
	}
	if docs == 0 {
		b.Fatal("no documents")
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}

func benchStories(b *testing.B) []string {
	var out []string
	for _, p := range []string{"testdata/text/input.txt", "../dedup/testdata/wire.txt"} {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(t))
	}
	return out
}

// BenchmarkJSONL reads 2,000 JSON lines of news stories.
func BenchmarkJSONL(b *testing.B) {
	stories := benchStories(b)
	var buf bytes.Buffer
	for i := range 2000 {
		line, _ := json.Marshal(map[string]any{
			"id": fmt.Sprint("doc-", i), "url": fmt.Sprintf("https://example.org/%d", i), "title": "Story",
			"date": "2024-02-03T04:05:06Z", "source": "Example", "text": stories[i%len(stories)], "section": "world",
		})
		buf.Write(line)
		buf.WriteByte('\n')
	}
	benchRead(b, buf.Bytes(), Options{})
}

// BenchmarkText reads one plain-text story.
func BenchmarkText(b *testing.B) {
	benchRead(b, []byte(strings.Join(benchStories(b), "\n\n")), Options{})
}

// BenchmarkHTML extracts the main text of the test article page.
func BenchmarkHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/html/input.html")
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, page, Options{})
}

// BenchmarkWARC reads the WARC fixture repeated 20 times, plain and gzipped.
func BenchmarkWARC(b *testing.B) {
	recs := warcFixture(b)
	for _, gz := range []bool{false, true} {
		one := writeWARC(b, recs, gz)
		data := bytes.Repeat(one, 20)
		b.Run(map[bool]string{false: "plain", true: "gzip"}[gz], func(b *testing.B) {
			benchRead(b, data, Options{})
		})
	}
}
