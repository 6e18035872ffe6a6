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
	if !strings.Contains(errb.String(), "missing.txt") || !strings.Contains(errb.String(), "1 of 2") {
		t.Errorf("stderr %q", errb.String())
	}
	if out.String() != "The army withdrew.\n" {
		t.Errorf("stdout %q", out.String())
	}
	if code := m.Run(context.Background(), []string{"clean", "--date", "soon", good}); code != 2 {
		t.Errorf("bad date: exit %d, want 2", code)
	}
}
