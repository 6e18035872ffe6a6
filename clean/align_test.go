package clean

import (
	"testing"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// checkAlign asserts the alignment invariant of a repaired document: every
// piece copies bytes of the original unchanged, pieces are sorted and do not
// overlap, and every offset of the text maps inside the original.
func checkAlign(t testing.TB, doc *dyad.Document) {
	t.Helper()
	if !utf8.ValidString(doc.Text) {
		t.Fatalf("repaired text is not valid UTF-8: %q", doc.Text)
	}
	if doc.Original == "" {
		if len(doc.Align) != 0 {
			t.Fatalf("Align set without Original: %v", doc.Align)
		}
		return
	}
	end := 0
	for _, p := range doc.Align {
		if p.Text < end || p.Len < 0 || p.Text+p.Len > len(doc.Text) || p.Orig < 0 || p.Orig+p.Len > len(doc.Original) {
			t.Fatalf("piece %+v out of order or bounds (text %d, original %d bytes)", p, len(doc.Text), len(doc.Original))
		}
		if doc.Text[p.Text:p.Text+p.Len] != doc.Original[p.Orig:p.Orig+p.Len] {
			t.Fatalf("piece %+v: text %q != original %q", p, doc.Text[p.Text:p.Text+p.Len], doc.Original[p.Orig:p.Orig+p.Len])
		}
		end = p.Text + p.Len
	}
	for i := 0; i <= len(doc.Text); i++ {
		if o := doc.OriginalOffset(i); o < 0 || o > len(doc.Original) {
			t.Fatalf("OriginalOffset(%d) = %d, outside the original of %d bytes", i, o, len(doc.Original))
		}
	}
}

// checkEdit asserts the same invariant for one step's edit of src.
func checkEdit(t testing.TB, name string, e *edit) {
	t.Helper()
	out := string(e.buf)
	if !utf8.ValidString(out) {
		t.Fatalf("%s: output is not valid UTF-8: %q", name, out)
	}
	end := 0
	for _, p := range e.pieces {
		if p.Text < end || p.Len <= 0 || p.Text+p.Len > len(out) || p.Orig < 0 || p.Orig+p.Len > len(e.src) {
			t.Fatalf("%s: piece %+v out of order or bounds", name, p)
		}
		if out[p.Text:p.Text+p.Len] != e.src[p.Orig:p.Orig+p.Len] {
			t.Fatalf("%s: piece %+v copies %q as %q", name, p, e.src[p.Orig:p.Orig+p.Len], out[p.Text:p.Text+p.Len])
		}
		end = p.Text + p.Len
	}
}
