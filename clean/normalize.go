package clean

import (
	"golang.org/x/text/unicode/norm"
)

// fixNFC puts the text in Unicode normal form C, segment by segment, so that
// only the segments that change are produced and the rest stays copied.
func fixNFC(s string, _ *run) *edit {
	if norm.NFC.IsNormalString(s) {
		return nil
	}
	var e *edit
	start := 0
	for i := 0; i < len(s); {
		n := norm.NFC.NextBoundaryInString(s[i:], true)
		if n <= 0 {
			n = len(s) - i
		}
		seg := s[i : i+n]
		if !norm.NFC.IsNormalString(seg) {
			e = lazy(e, s)
			e.copy(start, i)
			out := norm.NFC.String(seg)
			e.put(out)
			e.note(seg, out)
			start = i + n
		}
		i += n
	}
	return finish(e, start)
}
