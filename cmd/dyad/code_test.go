package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/eval"
)

func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
	code := m.Run(context.Background(), args)
	return code, out.String(), errb.String()
}

const devXML = "../../testdata/petrarch/dev.xml"

func TestCodePETR(t *testing.T) {
	code, out, stderr := run(t, "code", devXML)
	// ERROR-03 has an unbalanced tree: it is rejected with its line, the rest coded.
	if code != 3 || !strings.Contains(stderr, "dev.xml:6783: record ERROR-03: parse tree") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 150 {
		t.Fatalf("only %d events", len(lines))
	}
	var first map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "doc", "source", "target", "code", "root", "quad", "goldstein", "plover", "date", "sentence", "pattern"} {
		if _, ok := first[k]; !ok {
			t.Errorf("event line lacks %q: %s", k, lines[0])
		}
	}
	if first["id"] != "DEMO-00/1" || first["source"] != "ARN" || first["root"] != "06" || first["plover"] == "" {
		t.Errorf("first event %s", lines[0])
	}
}

func TestCodeMissingDictionary(t *testing.T) {
	dir := t.TempDir()
	data, _ := os.ReadFile(devXML)
	p := filepath.Join(dir, "x.xml")
	os.WriteFile(p, data, 0o644)
	code, _, stderr := run(t, "code", p)
	if code != 2 || !strings.Contains(stderr, "PETR.Validate.verbs.txt") {
		t.Errorf("exit %d, stderr %q: want 2 naming the missing file", code, stderr)
	}
	code, _, stderr = run(t, "code", p, "--dict", "../../testdata/petrarch")
	if code != 3 {
		t.Errorf("--dict: exit %d %s", code, stderr)
	}
}

func TestEvalCommand(t *testing.T) {
	code, out, stderr := run(t, "eval", devXML)
	if code != 0 || !strings.Contains(out, "TOTAL") || !strings.Contains(out, "COMPOUND") {
		t.Fatalf("exit %d\n%s\n%s", code, out, stderr)
	}
	code, out, _ = run(t, "eval", devXML, "--json")
	var r struct{ Total struct{ Records, Exact int } }
	if code != 0 || json.Unmarshal([]byte(out), &r) != nil || r.Total.Records != 167 || r.Total.Exact < 160 {
		t.Errorf("--json: exit %d, %+v", code, r.Total)
	}
}

func TestDictCheck(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "my.actors.txt"), []byte("GONDOR [GON]\n\t[GONGOV 19-20]\n"), 0o644)
	code, out, _ := run(t, "dict", "check", dir)
	if code != 2 || !strings.Contains(out, "my.actors.txt:2: bad date restriction") {
		t.Errorf("exit %d, out %q", code, out)
	}
	// An overlay (a "dyad." file) marking the line corrected: listed as
	// corrected, not counted, exit 0. Without the mark the same line fails.
	fixed := t.TempDir()
	os.WriteFile(filepath.Join(fixed, "my.actors.txt"), []byte("GONDOR [GON]\n\t[GONGOV 19-20]\n"), 0o644)
	os.WriteFile(filepath.Join(fixed, "dyad.errata.actors.txt"), []byte("# errata: my.actors.txt:2\nGONDOR\n\t[GONGOV 19190101-19201231]\n"), 0o644)
	code, out, stderr := run(t, "dict", "check", fixed)
	if code != 0 || !strings.Contains(out, "my.actors.txt:2: bad date restriction") || !strings.Contains(out, "(corrected: dyad.errata.actors.txt:1)") || !strings.Contains(stderr, "0 errors, 1 more corrected") {
		t.Errorf("corrected: exit %d, out %q, stderr %q", code, out, stderr)
	}
	code, _, stderr = run(t, "dict", "check", "../../testdata/petrarch")
	if code != 2 || !strings.Contains(stderr, "errors") {
		t.Errorf("validation set: exit %d %s", code, stderr)
	}
}

func TestCodeWithoutEnvironment(t *testing.T) {
	p := filepath.Join(t.TempDir(), "news.xml")
	os.WriteFile(p, []byte(`<Sentences>
<Sentence date="20200102" id="N-1" category="X" sentence="true">
<Text>France condemned Iran.</Text>
<Parse>(ROOT (S (NP (NNP France)) (VP (VBD condemned) (NP (NNP Iran))) (. .)))</Parse>
</Sentence>
<Sentence date="20180102" id="N-2" category="X" sentence="true">
<Text>Barack Obama condemned Iran.</Text>
<Parse>(ROOT (S (NP (NNP Barack) (NNP Obama)) (VP (VBD condemned) (NP (NNP Iran))) (. .)))</Parse>
</Sentence>
</Sentences>`), 0o644)
	code, out, stderr := run(t, "code", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var e, e2 map[string]any
	if len(lines) != 2 || json.Unmarshal([]byte(lines[0]), &e) != nil || json.Unmarshal([]byte(lines[1]), &e2) != nil {
		t.Fatalf("want 2 events: %q", out)
	}
	// Phoenix has Obama as USAGOV from 2009 on, open-ended; the merged
	// office-holder file ends his term in 2017.
	if e2["source"] != "USAELI" {
		t.Errorf("Obama in 2018: %v", e2)
	}
	// The embedded Phoenix set codes it; the pattern names the production verb file.
	if e["source"] != "FRA" || e["target"] != "IRN" || !strings.HasPrefix(e["pattern"].(string), "CAMEO.verbpatterns.150430.txt:") {
		t.Errorf("event %v", e)
	}
}

// TestEvalNewsHalves: the two halves of the news set together are the set,
// -v adds the per-family table, and an unknown half is refused.
func TestEvalNewsHalves(t *testing.T) {
	const set = "../../testdata/news/cameo_examples.tsv"
	records := func(args ...string) int {
		t.Helper()
		code, out, stderr := run(t, append([]string{"eval", "--news", "--json"}, args...)...)
		var r struct {
			Exact struct {
				Total struct{ Records, Gold, FN, FP int }
			}
			Errors []struct{ FN, FP int }
		}
		if code != 0 || json.Unmarshal([]byte(out), &r) != nil {
			t.Fatalf("%v: exit %d %s", args, code, stderr)
		}
		fn, fp := 0, 0
		for _, e := range r.Errors {
			fn, fp = fn+e.FN, fp+e.FP
		}
		if len(r.Errors) != len(eval.ErrorClasses) || fn != r.Exact.Total.FN || fp != r.Exact.Total.FP {
			t.Errorf("%v: %d error classes sum to fn %d fp %d; exact level has fn %d fp %d",
				args, len(r.Errors), fn, fp, r.Exact.Total.FN, r.Exact.Total.FP)
		}
		return r.Exact.Total.Gold
	}
	all, dev, held := records(set), records("--half", "dev", set), records("--half", "held", set)
	if dev == 0 || held == 0 || dev+held != all {
		t.Errorf("gold events: dev %d + held %d, whole set %d", dev, held, all)
	}
	code, out, _ := run(t, "eval", "--news", "--half", "held", set)
	if code != 0 || !strings.Contains(out, "exact errors") || !strings.Contains(out, eval.ErrSilent) {
		t.Errorf("exit %d, no table of errors by kind:\n%s", code, out)
	}
	code, out, _ = run(t, "eval", "--news", "-v", "--half", "held", set)
	if code != 0 || !strings.Contains(out, "family+countries F1") {
		t.Errorf("-v: exit %d, no per-family table:\n%s", code, out)
	}
	if code, _, stderr := run(t, "eval", "--news", "--half", "test", set); code != 2 || !strings.Contains(stderr, `--half "test"`) {
		t.Errorf("--half test: exit %d, %q", code, stderr)
	}
}

// TestEvalNewsAgainst: a second annotation is scored in place of dyad's
// output; it may cover part of the set, and --half still applies.
func TestEvalNewsAgainst(t *testing.T) {
	dir := t.TempDir()
	const head = "id\tcode\tsource\ttarget\tconfidence\tdate\tsentence\tnote\n"
	set := filepath.Join(dir, "set.tsv")
	other := filepath.Join(dir, "other.tsv")
	var a, b strings.Builder
	a.WriteString(head)
	b.WriteString(head)
	for i := range 40 {
		row := fmt.Sprintf("x-%02d\t042\tUSA\tRUS\thigh\t2020-01-02\tSentence %d.\t\n", i, i)
		a.WriteString(row)
		if i%2 == 0 { // the second annotator did every other one, a tenth of them otherwise
			if i%10 == 0 {
				row = strings.Replace(row, "042", "043", 1)
			}
			b.WriteString(row)
		}
	}
	for p, s := range map[string]string{set: a.String(), other: b.String()} {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	score := func(args ...string) (records, tp int) {
		t.Helper()
		code, out, stderr := run(t, append([]string{"eval", "--news", "--json", "--against", other}, append(args, set)...)...)
		var r struct {
			Exact struct{ Total struct{ Records, TP int } }
		}
		if code != 0 || json.Unmarshal([]byte(out), &r) != nil {
			t.Fatalf("%v: exit %d %s", args, code, stderr)
		}
		return r.Exact.Total.Records, r.Exact.Total.TP
	}
	if n, tp := score(); n != 20 || tp != 16 {
		t.Errorf("whole set: %d sentences, %d agreed; want 20 and 16", n, tp)
	}
	nd, _ := score("--half", "dev")
	nh, _ := score("--half", "held")
	if nd+nh != 20 || nd == 0 || nh == 0 {
		t.Errorf("halves: %d + %d sentences, want 20 split", nd, nh)
	}
	if code, _, stderr := run(t, "eval", "--news", "--against", set, other); code != 2 || !strings.Contains(stderr, "x-01: not in the set") {
		t.Errorf("an annotation of ids the set lacks: exit %d, %q", code, stderr)
	}
}

// TestCodeSummary: the summary line counts what was coded and gives the
// coding rate apart from loading the dictionaries.
func TestCodeSummary(t *testing.T) {
	code, out, stderr := run(t, "code", "--date", "2022-05-02", "../../testdata/samples/000_1ceb474dbb916ca5.txt")
	if code != 0 || out == "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	re := regexp.MustCompile(`dyad code: 1 documents, (\d+) sentences, (\d+) events, 0 rejected, 0 skipped in \S+ \(dictionaries \S+, coding \S+: (\d+) sentences/s\)`)
	m := re.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("summary line not found in %q", stderr)
	}
	if events := strings.Count(strings.TrimSpace(out), "\n") + 1; m[2] != strconv.Itoa(events) {
		t.Errorf("summary says %s events, output has %d", m[2], events)
	}
}
