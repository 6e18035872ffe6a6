package dyad_test

import (
	"reflect"
	"testing"

	"github.com/dyadproject/dyad"
)

// A repaired text made of two input fragments in reverse order, with a
// restored paragraph break between them.
func reordered() *dyad.Document {
	orig := "world.Hello "
	text := "Hello \n\nworld."
	return &dyad.Document{
		Original: orig,
		Text:     text,
		Align: []dyad.Piece{
			{Text: 0, Orig: 6, Len: 6}, // "Hello "
			{Text: 8, Orig: 0, Len: 6}, // "world."
		},
	}
}

func TestOriginalSpans(t *testing.T) {
	d := reordered()
	tests := []struct {
		span dyad.Span
		want []dyad.Span
	}{
		{dyad.Span{Start: 0, End: 5}, []dyad.Span{{Start: 6, End: 11}}},                      // "Hello"
		{dyad.Span{Start: 8, End: 13}, []dyad.Span{{Start: 0, End: 5}}},                      // "world"
		{dyad.Span{Start: 0, End: 14}, []dyad.Span{{Start: 6, End: 12}, {Start: 0, End: 6}}}, // across the join
		{dyad.Span{Start: 6, End: 8}, nil},                                                   // inserted break only
	}
	for _, tt := range tests {
		got := d.OriginalSpans(tt.span)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("OriginalSpans(%v) = %v, want %v", tt.span, got, tt.want)
		}
		for _, o := range got {
			if !o.Valid(len(d.Original)) || o.End < o.Start {
				t.Errorf("OriginalSpans(%v) gives bad span %v", tt.span, o)
			}
		}
	}
	if got := d.OriginalSpan(dyad.Span{Start: 0, End: 14}); got != (dyad.Span{Start: 6, End: 12}) {
		t.Errorf("OriginalSpan across the join = %v, want the first piece", got)
	}
	// Every copied byte maps back to the same byte.
	for _, p := range d.Align {
		if d.Text[p.Text:p.Text+p.Len] != d.Original[p.Orig:p.Orig+p.Len] {
			t.Fatalf("fixture piece %+v does not copy", p)
		}
	}
}

func TestOriginalSpansUnrepaired(t *testing.T) {
	d := &dyad.Document{Text: "Arnor visited Gondor."}
	s := dyad.Span{Start: 6, End: 13}
	if got := d.OriginalSpans(s); len(got) != 1 || got[0] != s {
		t.Errorf("unrepaired document maps %v to %v", s, got)
	}
}
