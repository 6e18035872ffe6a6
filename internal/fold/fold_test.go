package fold

import (
	"strings"
	"testing"
)

func TestGet(t *testing.T) {
	m := map[string]bool{"police": true, "état": true, strings.Repeat("a", 40): true}
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"police", true},
		{"Police", true},
		{"POLICE", true},
		{"Polic", false},
		{"ÉTAT", true},                  // not ASCII: strings.ToLower
		{strings.Repeat("A", 40), true}, // longer than the stack buffer
		{"", false},
	} {
		if got := Get(m, c.w); got != c.want {
			t.Errorf("Get(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

func TestGetAllocatesNothing(t *testing.T) {
	m := map[string]int{"army": 1}
	if n := testing.AllocsPerRun(100, func() { _ = Get(m, "Army") }); n != 0 {
		t.Errorf("Get of an ASCII word allocated %.0f times, want 0", n)
	}
}

func FuzzGet(f *testing.F) {
	m := map[string]bool{"rebels": true, "ünited": true}
	for _, s := range []string{"Rebels", "ÜNITED", "x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := Get(m, w), m[strings.ToLower(w)]; got != want {
			t.Errorf("Get(%q) = %v, strings.ToLower gives %v", w, got, want)
		}
	})
}
