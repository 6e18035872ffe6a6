package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const cleanRef = "../../clean/testdata/reference/000_1ceb474dbb916ca5.txt"

func TestCleanCommand(t *testing.T) {
	var out, errb bytes.Buffer
	m := &Main{Stdout: &out, Stderr: &errb}
	if code := m.Run(context.Background(), []string{"clean", cleanRef}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	text := out.String()
	for _, want := range []string{
		"Gen. Wei Fenghe, landed in Iran for a visit in late April.",
		"due to the U.N. arms embargo that was in place until October 2020.",
		"relies.\n\nChinese arms suppliers",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if !strings.HasPrefix(text, "Amid stalled") || strings.Contains(text, "meme") {
		t.Errorf("output not in reading order or spam kept: %.80q", text)
	}
}

func TestCleanReport(t *testing.T) {
	var out, errb bytes.Buffer
	m := &Main{Stdout: &out, Stderr: &errb}
	if code := m.Run(context.Background(), []string{"clean", cleanRef, "--report", "--date", "2022-05-02"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var rep cleanReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, out.String())
	}
	names := map[string]bool{}
	for _, s := range rep.Quality.Steps {
		names[s.Name] = true
	}
	for _, n := range []string{"shifted-letters", "spam-line", "reversed-order", "fragments", "paragraph-breaks"} {
		if !names[n] {
			t.Errorf("report lacks step %s: %s", n, out.String())
		}
	}
	if rep.Lang != "en" || rep.Input != cleanRef {
		t.Errorf("report lang %q input %q", rep.Lang, rep.Input)
	}
}

// A missing file is named on stderr, the others are still cleaned, and the
// exit status says some inputs were rejected.
func TestCleanPartial(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("The army withdrew.\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	m := &Main{Stdout: &out, Stderr: &errb}
	code := m.Run(context.Background(), []string{"clean", filepath.Join(dir, "missing.txt"), good})
	if code != 3 {
		t.Errorf("exit %d, want 3", code)
	}
	if !strings.Contains(errb.String(), "missing.txt") || !strings.Contains(errb.String(), "rejected inputs: 1") {
		t.Errorf("stderr %q", errb.String())
	}
	if out.String() != "The army withdrew.\n" {
		t.Errorf("stdout %q", out.String())
	}
	if code := m.Run(context.Background(), []string{"clean", "--date", "soon", good}); code != 2 {
		t.Errorf("bad date: exit %d, want 2", code)
	}
}

// dyad clean reads what the other commands read: an HTML page is cleaned as
// its extracted main text, and JSON lines give one report per document.
func TestCleanReadsEveryFormat(t *testing.T) {
	dir := t.TempDir()
	page := `<!doctype html><html><head><title>Talks</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks resume</h1>
<p>Iranian and Chinese officials met in Tehran on Saturday to discuss military cooperation, the ministry said in a statement.</p>
<p>The delegation also visited a naval base near Bandar Abbas before returning to Beijing on Sunday evening.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>`
	lines := `{"id":"a","text":"Donâ€™t expect the talks to end soon, the envoy said."}
{"id":"b","text":"The army withdrew from the border town on Friday."}
`
	html := filepath.Join(dir, "page.html")
	jsonl := filepath.Join(dir, "docs.jsonl")
	os.WriteFile(html, []byte(page), 0o644)
	os.WriteFile(jsonl, []byte(lines), 0o644)
	var out, errb bytes.Buffer
	m := &Main{Stdout: &out, Stderr: &errb}
	if code := m.Run(context.Background(), []string{"clean", html}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if s := out.String(); !strings.Contains(s, "met in Tehran on Saturday") || strings.Contains(s, "<p>") || strings.Contains(s, "Subscribe") {
		t.Errorf("HTML not reduced to its text:\n%s", s)
	}
	out.Reset()
	if code := m.Run(context.Background(), []string{"clean", "--report", jsonl}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var docs []string
	mojibake := false
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var rep cleanReport
		if err := json.Unmarshal([]byte(l), &rep); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, rep.Doc)
		for _, st := range rep.Quality.Steps {
			mojibake = mojibake || st.Name == "mojibake"
		}
	}
	if strings.Join(docs, ",") != "a,b" || !mojibake {
		t.Errorf("reports for %v, mojibake repaired %v", docs, mojibake)
	}
}
