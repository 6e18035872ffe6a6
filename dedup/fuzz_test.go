package dedup

import (
	"testing"
	"time"
)

// FuzzParseSignature: stored signature bytes come back from a database and
// may be damaged; parsing must not panic, and what parses must round-trip
// and be refused by Restore when its length does not fit the index.
func FuzzParseSignature(f *testing.F) {
	ix := New(Options{})
	f.Add(ix.Sign("Dock workers returned to work after the union accepted a new wage offer.").Bytes())
	f.Add([]byte{2, 0, 0, 0, 0, 0, 0})
	f.Add([]byte{2, 1, 0, 9, 0, 0, 0, 1, 2, 3, 4})
	f.Fuzz(func(t *testing.T, b []byte) {
		sig, err := ParseSignature(b)
		if err != nil {
			return
		}
		if string(sig.Bytes()) != string(b) {
			t.Fatalf("round trip changed %x", b)
		}
		err = ix.Restore("x", "x", time.Time{}, sig)
		if (err == nil) != (len(sig.Min) == 120) {
			t.Fatalf("Restore of %d values: %v", len(sig.Min), err)
		}
		ix.Add("y", "any text at all")
	})
}

// FuzzAdd: any text signs and clusters without panicking, and a text is
// always as similar to itself as can be unless it has no words.
func FuzzAdd(f *testing.F) {
	f.Add("Gunmen abducted forty students.", "Gunmen abducted 40 students.")
	f.Add("", "\xff\xfe")
	f.Add("ÀÉÎ ǅ ß ﬁ", "a")
	f.Fuzz(func(t *testing.T, a, b string) {
		ix := New(Options{})
		ca, cb := ix.Add("a", a), ix.Add("b", b)
		if ca != "a" || (cb != "a" && cb != "b") {
			t.Fatalf("clusters %q %q", ca, cb)
		}
		if s := ix.Sign(a); !s.empty() && Similarity(s, s) != 1 {
			t.Fatal("text not similar to itself")
		}
	})
}
