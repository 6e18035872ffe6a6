package sqlite

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
)

// candidates returns a SELECT of cols from the events (aliased e) that
// match f, without its cursor. Actor codes are matched on the three-letter
// columns src3 and tgt3 first, so that the covering indexes of migration
// 0002 answer without visiting the table; an actor on either side is a
// UNION of the two sides, each read from its own index.
func candidates(f dyad.EventFilter, cols string) (string, []any, error) {
	var conds []string
	var args []any
	actor := func(col, col3, p string) (string, []any) {
		p = strings.ToUpper(p)
		switch {
		case len(p) == 3:
			return "e." + col3 + " = ?", []any{p}
		case len(p) > 3:
			return "e." + col3 + " = ? AND e." + col + " >= ? AND e." + col + " < ?", []any{p[:3], p, prefixEnd(p)}
		}
		return "e." + col + " >= ? AND e." + col + " < ?", []any{p, prefixEnd(p)}
	}
	add := func(c string, a []any) {
		conds = append(conds, c)
		args = append(args, a...)
	}
	if f.Source != "" {
		add(actor("source", "src3", f.Source))
	}
	if f.Target != "" {
		add(actor("target", "tgt3", f.Target))
	}
	if f.Code != "" {
		add("e.code >= ? AND e.code < ?", []any{f.Code, prefixEnd(f.Code)})
	}
	if f.Root != "" {
		if len(f.Root) == 2 { // the root is the code's first two digits: a range of the code index
			add("e.code >= ? AND e.code < ?", []any{f.Root, prefixEnd(f.Root)})
		} else {
			add("e.root = ?", []any{f.Root})
		}
	}
	if f.Quad != 0 {
		if f.Quad < 1 || f.Quad > 4 {
			return "", nil, dyad.Errorf(dyad.EINVALID, "quad %d: want 1 to 4", f.Quad)
		}
		add("e.quad = ?", []any{f.Quad})
	}
	if !f.Since.IsZero() {
		add("e.date >= ?", []any{day(f.Since)})
	}
	if !f.Until.IsZero() {
		add("e.date <> '' AND e.date <= ?", []any{day(f.Until)})
	}
	if f.Text != "" {
		q := ftsQuery(f.Text)
		if q == "" {
			return "", nil, dyad.Errorf(dyad.EINVALID, "text %q: no words to search for", f.Text)
		}
		add(`e.id IN (SELECT m.event_id FROM mentions m WHERE m.sentence_id IN
			(SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?))`, []any{q})
	}
	if t := topicQuery(f.Topic); t != "" {
		add("e.id IN (SELECT event_id FROM event_topics WHERE "+topicCond("topic")+")", topicArgs(t))
	}
	if f.Cursor != "" {
		if _, _, err := parseCursor(f.Cursor); err != nil {
			return "", nil, err
		}
	}
	sel := func(extra string) string {
		all := conds
		if extra != "" {
			all = append(append([]string{}, conds...), extra)
		}
		q := "SELECT " + cols + " FROM events e"
		if len(all) > 0 {
			q += " WHERE " + strings.Join(all, " AND ")
		}
		return q
	}
	if f.Actor == "" {
		return sel(""), args, nil
	}
	// Either side: the events whose source matches, then those whose
	// target matches but not their source, so no event comes twice and no
	// temporary index is needed to remove duplicates.
	sc, sa := actor("source", "src3", f.Actor)
	tc, ta := actor("target", "tgt3", f.Actor)
	q := sel(sc) + " UNION ALL " + sel(tc+" AND NOT ("+sc+")")
	all := append(append(append([]any{}, args...), sa...), args...)
	all = append(append(all, ta...), sa...)
	return q, all, nil
}

// topicQuery normalises a topic filter to the form topic codes take:
// upper case, without surrounding slashes ("arms/" → "ARMS").
func topicQuery(q string) string {
	return strings.ToUpper(strings.Trim(strings.TrimSpace(q), "/"))
}

// topicCond is the SQL test that the topic in col is t or a child of t,
// with topicArgs(t) as its arguments.
func topicCond(col string) string {
	return "(" + col + " = ? OR (" + col + " >= ? AND " + col + " < ?))"
}

func topicArgs(t string) []any { return []any{t, t + "/", prefixEnd(t + "/")} }

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
