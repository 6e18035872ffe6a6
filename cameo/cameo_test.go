package cameo_test

import (
	"fmt"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		code      dyad.Code
		name      string
		goldstein float64
		quad      int
		plover    cameo.PLOVER
	}{
		{"042", "Make a visit", 1.9, cameo.VerbalCoop, cameo.PLOVER{Event: "CONSULT", Mode: "visit"}},
		{"043", "Host a visit", 2.8, cameo.VerbalCoop, cameo.PLOVER{Event: "CONSULT", Mode: "visit"}},
		{"0312", "Express intent to cooperate militarily", 5.2, cameo.VerbalCoop, cameo.PLOVER{Event: "AGREE", Context: "military"}},
		{"0212", "Appeal for military cooperation", 3.4, cameo.VerbalCoop, cameo.PLOVER{Event: "REQUEST", Mode: "assist", Context: "military"}},
		{"094", "Investigate war crimes", -2, cameo.VerbalConflict, cameo.PLOVER{Event: "ACCUSE", Mode: "investigate", Context: "military;legal"}},
		{"195", "Employ aerial weapons", -10, cameo.MaterialConflict, cameo.PLOVER{Event: "ASSAULT", Mode: "heavy-weapons", Context: "military"}},
		{"061", "Cooperate economically", 6.4, cameo.MaterialCoop, cameo.PLOVER{Event: "COOPERATE", Context: "economic"}},
		{"010", "Make statement", 0, cameo.VerbalCoop, cameo.PLOVER{}},
	}
	for _, tt := range tests {
		info, ok := cameo.Lookup(tt.code)
		if !ok {
			t.Errorf("Lookup(%s): not found", tt.code)
			continue
		}
		if info.Name != tt.name || info.Goldstein != tt.goldstein || info.Quad != tt.quad || info.PLOVER != tt.plover {
			t.Errorf("Lookup(%s) = %q %v quad %d %+v; want %q %v quad %d %+v", tt.code,
				info.Name, info.Goldstein, info.Quad, info.PLOVER, tt.name, tt.goldstein, tt.quad, tt.plover)
		}
	}
	if _, ok := cameo.Lookup("999"); ok {
		t.Error("Lookup(999) found a code that CAMEO does not have")
	}
}

func TestCodesCoverTheTable(t *testing.T) {
	codes := cameo.Codes()
	if len(codes) != 312 {
		t.Fatalf("Codes() has %d codes, want the 312 of the codebook", len(codes))
	}
	withPlover := 0
	for _, c := range codes {
		info, _ := cameo.Lookup(c)
		if info.Quad == 0 {
			t.Errorf("%s has no quad class", c)
		}
		if info.PLOVER.Event != "" {
			withPlover++
		}
	}
	// Only root 01 (statements: 01 and 010–019) lacks a PLOVER type.
	if want := len(codes) - 11; withPlover != want {
		t.Errorf("%d codes map to PLOVER, want %d", withPlover, want)
	}
}

func TestQuadOf(t *testing.T) {
	tests := map[dyad.Code]int{
		"01": 1, "057": 1, "06": 2, "0871": 2, "09": 3, "138": 3, "14": 4, "2042": 4,
		"00": 0, "21": 0, "901": 0, "x1": 0, "": 0, "4": 0,
	}
	for code, want := range tests {
		if got := cameo.QuadOf(code); got != want {
			t.Errorf("QuadOf(%q) = %d, want %d", code, got, want)
		}
	}
}

func TestFillUnknownCodeKeepsDigits(t *testing.T) {
	// Validation dictionaries define codes outside the table; they are carried through.
	e := dyad.Event{Code: "1721"}
	cameo.Fill(&e)
	if e.Root != "17" || e.Quad != cameo.MaterialConflict {
		t.Errorf("Fill(1721): root %q quad %d", e.Root, e.Quad)
	}
	e = dyad.Event{Code: "901"}
	cameo.Fill(&e)
	if e.Root != "90" || e.Quad != 0 || e.Goldstein != 0 || e.PLOVER != "" {
		t.Errorf("Fill(901) = %+v, want root 90 and nothing else", e)
	}
	e = dyad.Event{Code: "0429"} // unknown child of a known code
	cameo.Fill(&e)
	if e.Goldstein != 1.9 || e.PLOVER != "CONSULT" || e.Name != "" {
		t.Errorf("Fill(0429) = %+v, want the parent's Goldstein and PLOVER, no name", e)
	}
}

func TestRoleName(t *testing.T) {
	if d, ok := cameo.RoleName("MIL"); !ok || d == "" {
		t.Errorf("RoleName(MIL) = %q, %v", d, ok)
	}
	if _, ok := cameo.RoleName("XYZ"); ok {
		t.Error("RoleName(XYZ) found an unknown code")
	}
}

func ExampleFill() {
	e := dyad.Event{Code: "042"}
	cameo.Fill(&e)
	fmt.Println(e.Root, e.Quad, e.Goldstein, e.PLOVER, e.Name)
	// Output: 04 1 1.9 CONSULT Make a visit
}
