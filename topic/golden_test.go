package topic

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/internal/golden"
)

// TestGolden tags the hand-cleaned reference article line by line with the
// default tagger and compares with testdata/reference/golden.txt.
func TestGolden(t *testing.T) {
	dir := filepath.Join("testdata", "reference")
	lines := readLines(t, filepath.Join(dir, "input.txt"))
	var b strings.Builder
	for i, line := range lines {
		fmt.Fprintf(&b, "%d %s\n", i+1, line)
		for _, m := range Default().Tag(line) {
			fmt.Fprintf(&b, "\t%s %q %d-%d\n", m.Topic, m.Phrase, m.Span.Start, m.Span.End)
		}
	}
	golden.Check(t, filepath.Join(dir, "golden.txt"), []byte(b.String()))
}

// TestReferenceTopics states what the golden file must show, so a careless
// -update cannot lose it: the article's sentences about the arms embargo,
// drills, drones and missiles, cyber and intelligence, delegations and the
// nuclear talks carry those topics.
func TestReferenceTopics(t *testing.T) {
	lines := readLines(t, filepath.Join("testdata", "reference", "input.txt"))
	want := map[int][]string{
		1:  {"NUCLEAR/TALKS", "MILCOOP/DELEGATION"},
		4:  {"ARMS/TRANSFER", "ARMS/DRONE", "ARMS/DUAL_USE", "ARMS/MISSILE", "CYBER", "INTEL"},
		8:  {"MILCOOP/EXERCISE"},
		9:  {"MILCOOP/DELEGATION"},
		10: {"MILCOOP/DELEGATION"},
		14: {"SANCTIONS"},
		15: {"ARMS/TRANSFER", "ARMS/EMBARGO", "SANCTIONS"},
	}
	none := []int{2, 3, 5, 11, 13, 16}
	for n, topics := range want {
		got := Names(Default().Tag(lines[n-1]))
		for _, topic := range topics {
			if !contains(got, topic) {
				t.Errorf("sentence %d: topics %v lack %s\n%s", n, got, topic, lines[n-1])
			}
		}
	}
	for _, n := range none {
		if got := Default().Tag(lines[n-1]); len(got) > 0 {
			t.Errorf("sentence %d: want no topics, got %v\n%s", n, got, lines[n-1])
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func readLines(t testing.TB, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			lines = append(lines, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}
