package main

import (
	"strings"
	"testing"
)

func TestParseCommand(t *testing.T) {
	code, out, stderr := run(t, "parse", "--text", "Amid stalled talks, Iran attacked Iraq. Iraq did not comment.")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "text#1\t(ROOT ") || !strings.HasPrefix(lines[1], "text#2\t(ROOT ") {
		t.Fatalf("want one tree per sentence, got:\n%s", out)
	}
	if !strings.Contains(lines[0], "(PP (IN Amid)") || !strings.Contains(lines[0], "(VBD attacked)") {
		t.Errorf("tree of the first sentence: %s", lines[0])
	}

	// Files go through the same repair as "dyad code": the damaged
	// reference article comes out in reading order.
	code, out, stderr = run(t, "parse", cleanRef)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	first, _, _ := strings.Cut(out, "\n")
	if !strings.Contains(first, "#1\t(ROOT") || !strings.Contains(first, "(IN Amid)") {
		t.Errorf("first tree of the article: %.200s", first)
	}

	if code, _, stderr = run(t, "parse"); code != 2 || !strings.Contains(stderr, "--text or inputs") {
		t.Errorf("no input: exit %d, %s", code, stderr)
	}
}
