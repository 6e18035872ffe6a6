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

func benchStories(b testing.TB) []string {
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

// bigPage builds a page shaped like a real news site: about 40 KB of
// navigation, scripts, related links and comments around a 15-paragraph
// article.
func bigPage(b testing.TB) []byte {
	stories := benchStories(b)
	var w strings.Builder
	w.WriteString("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Students abducted | Herald</title>")
	w.WriteString("<meta property=\"article:published_time\" content=\"2024-03-01T10:00:00Z\">")
	for i := range 40 {
		fmt.Fprintf(&w, "<script>window.cfg%d = {ads: true, slot: %d, targeting: ['news', 'world', 'africa']};</script>", i, i)
	}
	w.WriteString("</head><body><header><nav><ul>")
	for i := range 200 {
		fmt.Fprintf(&w, "<li class=\"nav-item\"><a href=\"/section/%d\">Section %d</a></li>", i, i)
	}
	w.WriteString("</ul></nav></header><main><article><h1>Students abducted</h1>")
	paras := strings.Split(stories[1], "\n\n")
	for i := range 15 {
		fmt.Fprintf(&w, "<p>%s</p>", paras[i%len(paras)])
	}
	w.WriteString("</article><aside class=\"related\"><ul>")
	for i := range 150 {
		fmt.Fprintf(&w, "<li><a href=\"/story/%d\"><img src=\"/img/%d.jpg\" alt=\"\">Related story number %d</a></li>", i, i, i)
	}
	w.WriteString("</ul></aside><section class=\"comments\">")
	for i := range 60 {
		fmt.Fprintf(&w, "<div class=\"comment\"><span class=\"user\">reader%d</span><p>Comment %d: terrible news, thoughts with the families.</p></div>", i, i)
	}
	w.WriteString("</section></main><footer><p>Share this article. Subscribe to our newsletter. &copy; 2024 Herald.</p></footer></body></html>")
	return []byte(w.String())
}

// BenchmarkHTMLBig extracts the main text of a 40 KB news-site page.
func BenchmarkHTMLBig(b *testing.B) {
	benchRead(b, bigPage(b), Options{})
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
		if !gz {
			b.Run("plain-workers2", func(b *testing.B) { benchRead(b, data, Options{Workers: 2}) })
		}
	}
}
