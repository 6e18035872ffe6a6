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

const referenceArticle = "../../testdata/samples/000_1ceb474dbb916ca5.txt"

// TestCodeTextSpansInInput codes the damaged reference article and checks
// that every event's verb, read back from the input's own bytes through
// original_spans, is the verb the event names.
func TestCodeTextSpansInInput(t *testing.T) {
	raw, err := os.ReadFile(referenceArticle)
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	m := &Main{Stdout: &out, Stderr: &errOut}
	if code := m.Run(context.Background(), []string{"code", referenceArticle, "--date", "2022-05-02"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	visit := false
	for _, l := range lines {
		var e struct {
			Source, Target, Code, Date, Verb string
			Precision                        string `json:"date_precision"`
			Spans                            codeSpans
			Original                         *originalSpans `json:"original_spans"`
		}
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		if e.Original == nil {
			t.Fatalf("repaired article but no original_spans: %s", l)
		}
		var got []string
		for _, s := range e.Original.Verb {
			got = append(got, string(raw[s.Start:s.End]))
		}
		if strings.Join(strings.Fields(strings.Join(got, " ")), " ") != e.Verb {
			t.Errorf("verb %q reads %q in the input", e.Verb, got)
		}
		if strings.HasPrefix(e.Source, "CHN") && e.Target == "IRN" && e.Code == "042" &&
			e.Date == "2022-04-01" && e.Precision == "month" {
			visit = true
		}
	}
	if !visit {
		t.Errorf("no CHN→IRN 042 visit dated 2022-04 (month) among:\n%s", out.String())
	}
	if !strings.Contains(errOut.String(), "1 documents") {
		t.Errorf("summary line: %q", errOut.String())
	}
}

// TestCodeOrderStable codes JSON lines with one and with four workers: the
// output must be the same bytes.
func TestCodeOrderStable(t *testing.T) {
	var b strings.Builder
	for i, s := range []string{
		"Iranian President Ebrahim Raisi visited Beijing on Tuesday.",
		"Chinese Defense Minister Wei Fenghe met Iranian officials in Tehran.",
		"Israel accused Iran of supplying drones to Russia.",
		"Saudi Arabia signed an arms deal with China.",
		"The United States imposed sanctions on Iran.",
		"Russian troops attacked Ukrainian positions near Kharkiv.",
	} {
		line, _ := json.Marshal(map[string]string{"id": "d" + string(rune('a'+i)), "date": "2023-02-17", "text": s})
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "docs.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(j string) string {
		var out, errOut bytes.Buffer
		m := &Main{Stdout: &out, Stderr: &errOut}
		if code := m.Run(context.Background(), []string{"code", "-j", j, path}); code != 0 {
			t.Fatalf("-j %s: exit %d: %s", j, code, errOut.String())
		}
		return out.String()
	}
	one, four := run("1"), run("4")
	if one != four {
		t.Errorf("-j 1 and -j 4 differ:\n%s\n---\n%s", one, four)
	}
	if n := strings.Count(one, "\n"); n < 4 {
		t.Errorf("%d events from six event sentences:\n%s", n, one)
	}
}
