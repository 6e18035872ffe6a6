package clean

import (
	"sort"

	"github.com/dyadproject/dyad"
)

// edit builds a new text from a source text: runs copied from the source are
// recorded as pieces, other bytes are produced by the repair. It also counts
// the changes for the quality report.
type edit struct {
	src     string
	buf     []byte
	pieces  []dyad.Piece // Text offsets into buf, Orig offsets into src
	count   int
	example string
	detail  string
	extra   []dyad.RepairStep // further kinds of change made by the same step
}

func newEdit(src string) *edit {
	return &edit{src: src, buf: make([]byte, 0, len(src)+16)}
}

// copy appends src[lo:hi], extending the last piece when it is contiguous.
func (e *edit) copy(lo, hi int) {
	if hi <= lo {
		return
	}
	if n := len(e.pieces); n > 0 {
		p := &e.pieces[n-1]
		if p.Text+p.Len == len(e.buf) && p.Orig+p.Len == lo {
			p.Len += hi - lo
			e.buf = append(e.buf, e.src[lo:hi]...)
			return
		}
	}
	e.pieces = append(e.pieces, dyad.Piece{Text: len(e.buf), Orig: lo, Len: hi - lo})
	e.buf = append(e.buf, e.src[lo:hi]...)
}

// put appends bytes produced by the repair.
func (e *edit) put(s string) { e.buf = append(e.buf, s...) }

// note counts one change and keeps the first as the step's example.
func (e *edit) note(before, after string) {
	e.count++
	if e.example == "" {
		e.example = clip(before) + " → " + clip(after)
	}
}

func (e *edit) text() string { return string(e.buf) }

// clip shortens an example to at most 60 bytes on a rune boundary.
func clip(s string) string {
	const max = 60
	if len(s) <= max {
		return s
	}
	i := max
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}

// compose maps the pieces of an edit (new text → current text) through the
// current alignment (current text → original) and returns the alignment of the
// new text to the original. A nil cur means the current text is the original.
func compose(cur []dyad.Piece, identity bool, next []dyad.Piece) []dyad.Piece {
	if identity {
		return next
	}
	out := make([]dyad.Piece, 0, len(next)+len(cur))
	for _, q := range next {
		lo, hi := q.Orig, q.Orig+q.Len
		i := sort.Search(len(cur), func(i int) bool { return cur[i].Text+cur[i].Len > lo })
		for ; i < len(cur) && cur[i].Text < hi; i++ {
			p := cur[i]
			a, b := max(lo, p.Text), min(hi, p.Text+p.Len)
			if a >= b {
				continue
			}
			np := dyad.Piece{Text: q.Text + a - lo, Orig: p.Orig + a - p.Text, Len: b - a}
			if n := len(out); n > 0 {
				l := &out[n-1]
				if l.Text+l.Len == np.Text && l.Orig+l.Len == np.Orig {
					l.Len += np.Len
					continue
				}
			}
			out = append(out, np)
		}
	}
	return out
}

// around widens [i, j) by up to pad bytes on each side, on rune
// boundaries, for examples in the report.
func around(s string, i, j, pad int) (lo, hi int) {
	lo, hi = max(0, i-pad), min(len(s), j+pad)
	for lo > 0 && lo < len(s) && s[lo]&0xC0 == 0x80 {
		lo--
	}
	for hi < len(s) && s[hi]&0xC0 == 0x80 {
		hi++
	}
	return lo, hi
}
