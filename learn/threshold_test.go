package learn

import (
	"bytes"
	"strings"
	"testing"
)

// TestRelabelAtRoot: an event's root picks the threshold its best other
// code must pass; roots the model does not name keep RelabelAt, and so
// does an own code too short to have a root.
func TestRelabelAtRoot(t *testing.T) {
	m := &Model{RelabelAt: 0.9, DropAt: 1, RelabelAtRoot: map[string]float64{"19": 0.7, "06": 0.5}}
	for _, tc := range []struct {
		own, best string
		p         float64
		want      string
	}{
		{"190", "193", 0.75, "193"}, // root 19 at 0.7: relabelled
		{"193", "180", 0.75, "180"}, // across roots: the own root decides
		{"190", "193", 0.65, ""},    // below 19's threshold
		{"060", "064", 0.55, "064"}, // root 06 at 0.5
		{"030", "036", 0.85, ""},    // root 03 not named: 0.9 holds
		{"030", "036", 0.95, "036"}, // … and is passed
		{"1", "193", 0.85, ""},      // no root: RelabelAt
		{"", "193", 0.85, ""},
	} {
		d := m.Threshold(Decision{Own: tc.own, Best: tc.best, PBest: tc.p, PKeep: 1 - tc.p})
		if d.Code != tc.want {
			t.Errorf("own %q best %s at %.2f: code %q, want %q", tc.own, tc.best, tc.p, d.Code, tc.want)
		}
	}
	// Keep's probability still has to be beaten.
	if d := m.Threshold(Decision{Own: "060", Best: "064", PBest: 0.45, PKeep: 0.46}); d.Code != "" {
		t.Errorf("relabelled below threshold and below Keep: %q", d.Code)
	}
	// A model without per-root thresholds is one threshold for all.
	one := &Model{RelabelAt: 0.9, DropAt: 1}
	if d := one.Threshold(Decision{Own: "190", Best: "193", PBest: 0.75, PKeep: 0.25}); d.Code != "" {
		t.Errorf("model without roots relabelled at 0.75: %q", d.Code)
	}
}

// TestRelabelAtRootFile: the per-root thresholds are written as
// "setting relabel_at.RR X", sorted, and read back to the same bytes; a
// file without them (every file before round thirty-eight) reads as one
// threshold for all.
func TestRelabelAtRootFile(t *testing.T) {
	m := model(t, "0:0.5 2:-1.25", "setting drop_at 1\nsetting relabel_at 0.9\nsetting lambda 0.1\nsetting epochs 30\nsetting min_support 1")
	if m.RelabelAtRoot != nil {
		t.Fatalf("an older file read with per-root thresholds: %v", m.RelabelAtRoot)
	}
	m.RelabelAtRoot = map[string]float64{"19": 0.7, "01": 0.7, "12": 0.8}
	data, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "setting relabel_at.01 0.7\nsetting relabel_at.12 0.8\nsetting relabel_at.19 0.7\n") {
		t.Errorf("file lacks the sorted root lines:\n%s", data)
	}
	again, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if again.RelabelAtRoot["12"] != 0.8 || len(again.RelabelAtRoot) != 3 {
		t.Errorf("read back %v", again.RelabelAtRoot)
	}
	if out, _ := again.Marshal(); !bytes.Equal(out, data) {
		t.Errorf("does not read back to the same bytes")
	}
	m.RelabelAtRoot = map[string]float64{"1": 0.5}
	if _, err := m.Marshal(); err == nil {
		t.Errorf("Marshal wrote a root that is not two digits")
	}
	for _, bad := range []string{
		"classes KEEP DROP\nsetting relabel_at.1 0.5",                             // not two digits
		"classes KEEP DROP\nsetting relabel_at.ab 0.5",                            // not digits
		"classes KEEP DROP\nsetting relabel_at.19 x",                              // no number
		"classes KEEP DROP\nsetting relabel_at.19 0.7\nsetting relabel_at.19 0.8", // twice
	} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("Parse(%q) accepted it", bad)
		}
	}
}

// TestDefaultRootThresholds: the embedded model carries the declared
// per-root thresholds (RootRelabelAt), since "dyad train" copies them
// from DefaultOptions.
func TestDefaultRootThresholds(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.RelabelAtRoot) != len(RootRelabelAt) {
		t.Fatalf("embedded model's roots %v, want %v", m.RelabelAtRoot, RootRelabelAt)
	}
	for r, x := range RootRelabelAt {
		if m.RelabelAtRoot[r] != x {
			t.Errorf("root %s: %v, want %v", r, m.RelabelAtRoot[r], x)
		}
	}
}
