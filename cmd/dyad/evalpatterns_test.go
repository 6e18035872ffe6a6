package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/eval"
)

// bypattern holds two small news sets written for these tests; their notes
// say what each sentence exercises.
const (
	byPatternA = "testdata/bypattern/a.tsv"
	byPatternB = "testdata/bypattern/b.tsv"
)

// evalPatterns runs "dyad eval --news --json --by-pattern" and returns the
// per-pattern account keyed by the pattern's text after "file:line: ".
func evalPatterns(t *testing.T, args ...string) (map[string]eval.PatternCount, eval.Score) {
	t.Helper()
	code, out, stderr := run(t, append([]string{"eval", "--news", "--json", "--by-pattern"}, args...)...)
	var r eval.NewsReport
	if code != 0 || json.Unmarshal([]byte(out), &r) != nil {
		t.Fatalf("%v: exit %d %s", args, code, stderr)
	}
	m := map[string]eval.PatternCount{}
	for _, p := range r.Patterns {
		key := p.Pattern
		if _, text, ok := strings.Cut(key, ": "); ok {
			key = text
		}
		m[key] = p
	}
	return m, r.Exact.Total
}

// TestEvalByPattern: the real coder's events on the two sets are charged to
// the patterns that coded them, summed over both files.
func TestEvalByPattern(t *testing.T) {
	got, total := evalPatterns(t, byPatternA, byPatternB)
	if total.Records != 7 {
		t.Errorf("%d sentences from the two files, want 7", total.Records)
	}
	for _, w := range []struct {
		pattern                                            string
		sentences, events, tp, code, family, actors, extra int
		confused                                           string
	}{
		{"CONDEMN [111]", 2, 2, 2, 0, 0, 0, 0, ""}, // one sentence in each file
		{"- * + OF [112]", 1, 1, 0, 1, 0, 0, 0, "112"},
		{"SAY [010]", 1, 1, 0, 0, 1, 0, 0, "112"},
		{"- * WITH + [057:057]", 1, 2, 1, 0, 0, 0, 1, ""},
		{"HOST [043:042]", 1, 2, 1, 0, 0, 0, 1, ""},
		{"- * + [051]", 1, 1, 0, 0, 0, 0, 1, ""}, // in a no-event sentence
	} {
		p, ok := got[w.pattern]
		if !ok {
			t.Errorf("%s: not in the account %v", w.pattern, got)
			continue
		}
		var confused string
		if len(p.Confused) > 0 {
			confused = p.Confused[0].Code
		}
		if p.Sentences != w.sentences || p.Events != w.events || p.TP != w.tp || p.Code != w.code ||
			p.Family != w.family || p.Actors != w.actors || p.Extra != w.extra || confused != w.confused {
			t.Errorf("%s: got %+v, want %+v", w.pattern, p, w)
		}
	}
	// Each half of each file is cut alone and the counts add up.
	events := func(m map[string]eval.PatternCount) (n int) {
		for _, p := range m {
			n += p.Events
		}
		return n
	}
	dev, _ := evalPatterns(t, "--half", "dev", byPatternA, byPatternB)
	held, _ := evalPatterns(t, "--half", "held", byPatternA, byPatternB)
	a, _ := evalPatterns(t, byPatternA)
	b, _ := evalPatterns(t, byPatternB)
	if n := events(got); n != total.Predicted || events(dev)+events(held) != n || events(a)+events(b) != n {
		t.Errorf("events: both files %d (predicted %d), dev %d + held %d, a %d + b %d",
			n, total.Predicted, events(dev), events(held), events(a), events(b))
	}
}

// TestEvalByPatternText: the flag adds the table, and without it the output
// has none; it needs --news and dyad's own output.
func TestEvalByPatternText(t *testing.T) {
	code, out, stderr := run(t, "eval", "--news", "--by-pattern", byPatternA)
	if code != 0 || !strings.Contains(out, "confused with") || !strings.Contains(out, "SAY [010]") {
		t.Errorf("exit %d %s, no pattern table:\n%s", code, stderr, out)
	}
	code, out, _ = run(t, "eval", "--news", byPatternA)
	if code != 0 || strings.Contains(out, "confused with") || !strings.Contains(out, "exact errors") {
		t.Errorf("without --by-pattern: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "eval", "--news", "--json", byPatternA)
	if code != 0 || strings.Contains(out, `"patterns"`) {
		t.Errorf("without --by-pattern the JSON has patterns: exit %d\n%s", code, out)
	}
	for _, args := range [][]string{
		{"eval", "--by-pattern", devXML},
		{"eval", "--news", "--by-pattern", "--against", byPatternA, byPatternA},
		{"eval", "--news", "--against", byPatternA, byPatternA, byPatternB},
	} {
		if code, _, stderr := run(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2: %s", args, code, stderr)
		}
	}
}
