package sqlite

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
)

// where builds the WHERE clause of an event filter over the events table
// aliased e. Prefix matches are index-friendly ranges, not LIKE.
func where(f dyad.EventFilter) (string, []any, error) {
	var conds []string
	var args []any
	prefix := func(col, p string) {
		conds = append(conds, "("+col+" >= ? AND "+col+" < ?)")
		args = append(args, p, prefixEnd(p))
	}
	if f.Source != "" {
		prefix("e.source", strings.ToUpper(f.Source))
	}
	if f.Target != "" {
		prefix("e.target", strings.ToUpper(f.Target))
	}
	if f.Actor != "" {
		a := strings.ToUpper(f.Actor)
		conds = append(conds, "((e.source >= ? AND e.source < ?) OR (e.target >= ? AND e.target < ?))")
		args = append(args, a, prefixEnd(a), a, prefixEnd(a))
	}
	if f.Code != "" {
		prefix("e.code", f.Code)
	}
	if f.Root != "" {
		conds = append(conds, "e.root = ?")
		args = append(args, f.Root)
	}
	if f.Quad != 0 {
		if f.Quad < 1 || f.Quad > 4 {
			return "", nil, dyad.Errorf(dyad.EINVALID, "quad %d: want 1 to 4", f.Quad)
		}
		conds = append(conds, "e.quad = ?")
		args = append(args, f.Quad)
	}
	if !f.Since.IsZero() {
		conds = append(conds, "e.date >= ?")
		args = append(args, day(f.Since))
	}
	if !f.Until.IsZero() {
		conds = append(conds, "e.date <> '' AND e.date <= ?")
		args = append(args, day(f.Until))
	}
	if f.Text != "" {
		q := ftsQuery(f.Text)
		if q == "" {
			return "", nil, dyad.Errorf(dyad.EINVALID, "text %q: no words to search for", f.Text)
		}
		conds = append(conds, `e.id IN (SELECT m.event_id FROM mentions m WHERE m.sentence_id IN
			(SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?))`)
		args = append(args, q)
	}
	if f.Topic != "" {
		t := strings.TrimSuffix(f.Topic, "/")
		conds = append(conds, "e.id IN (SELECT event_id FROM event_topics WHERE topic = ? OR (topic >= ? AND topic < ?))")
		args = append(args, t, t+"/", prefixEnd(t+"/"))
	}
	if f.Cursor != "" {
		d, id, err := parseCursor(f.Cursor)
		if err != nil {
			return "", nil, err
		}
		conds = append(conds, "(e.date < ? OR (e.date = ? AND e.id < ?))")
		args = append(args, d, d, id)
	}
	if len(conds) == 0 {
		return "", nil, nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args, nil
}

// prefixEnd returns the smallest string greater than every string starting
// with p ("CHN" → "CHO").
func prefixEnd(p string) string {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return string(b[:i+1])
		}
	}
	return "\xff\xff\xff\xff" // p is all 0xff bytes: nothing sorts after it in practice
}

// ftsQuery turns words into an FTS5 query that needs all of them. Words are
// split as the FTS tokenizer splits text (on anything but letters and
// digits), after dropping a possessive "'s"; each is quoted, so punctuation
// and FTS operators in the input are plain text. A trailing "*" keeps its
// meaning of a prefix search.
func ftsQuery(s string) string {
	var terms []string
	for _, w := range strings.Fields(s) {
		star := strings.HasSuffix(w, "*")
		w = strings.TrimRight(w, "*")
		for _, suf := range []string{"'s", "’s", "'S", "’S"} {
			w = strings.TrimSuffix(w, suf)
		}
		parts := strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		for i, p := range parts {
			t := `"` + p + `"`
			if star && i == len(parts)-1 {
				t += "*"
			}
			terms = append(terms, t)
		}
	}
	return strings.Join(terms, " ")
}

// A cursor is the date and id of the last event of a page: "DATE~ID".
func makeCursor(date string, id int64) string {
	return date + "~" + strconv.FormatInt(id, 10)
}

func parseCursor(c string) (string, int64, error) {
	d, s, ok := strings.Cut(c, "~")
	id, err := strconv.ParseInt(s, 10, 64)
	if !ok || err != nil || (d != "" && len(d) != len(dyad.DateLayout)) {
		return "", 0, dyad.Errorf(dyad.EINVALID, "cursor %q: not one this store gave", c)
	}
	return d, id, nil
}
