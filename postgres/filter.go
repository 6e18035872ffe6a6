package postgres

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dyadproject/dyad"
)

// query collects the arguments of a statement and hands out placeholders.
type query struct{ args []any }

func (q *query) arg(v any) string {
	q.args = append(q.args, v)
	return "$" + strconv.Itoa(len(q.args))
}

// where builds the WHERE clause of an event filter over the events table
// aliased e. Prefix matches are index-friendly ranges on C-collated columns.
func where(f dyad.EventFilter, q *query) (string, error) {
	var conds []string
	prefix := func(col, p string) string {
		p = clean(p)
		return "(" + col + " >= " + q.arg(p) + " AND " + col + " < " + q.arg(prefixEnd(p)) + ")"
	}
	if f.Source != "" {
		conds = append(conds, prefix("e.source", strings.ToUpper(f.Source)))
	}
	if f.Target != "" {
		conds = append(conds, prefix("e.target", strings.ToUpper(f.Target)))
	}
	if f.Actor != "" {
		a := strings.ToUpper(f.Actor)
		conds = append(conds, "("+prefix("e.source", a)+" OR "+prefix("e.target", a)+")")
	}
	if f.Code != "" {
		conds = append(conds, prefix("e.code", f.Code))
	}
	if f.Root != "" {
		conds = append(conds, "e.root = "+q.arg(clean(f.Root)))
	}
	if f.Quad != 0 {
		if f.Quad < 1 || f.Quad > 4 {
			return "", dyad.Errorf(dyad.EINVALID, "quad %d: want 1 to 4", f.Quad)
		}
		conds = append(conds, "e.quad = "+q.arg(f.Quad))
	}
	if !f.Since.IsZero() {
		conds = append(conds, "e.date >= "+q.arg(dateOnly(f.Since)))
	}
	if !f.Until.IsZero() {
		conds = append(conds, "e.date > "+q.arg(undated)+" AND e.date <= "+q.arg(dateOnly(f.Until)))
	}
	if f.Text != "" {
		ts := tsQuery(f.Text)
		if ts == "" {
			return "", dyad.Errorf(dyad.EINVALID, "text %q: no words to search for", f.Text)
		}
		conds = append(conds, `e.id IN (SELECT m.event_id FROM mentions m JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sent_idx
			WHERE s.tsv @@ to_tsquery('simple', `+q.arg(ts)+`))`)
	}
	if t := topicQuery(f.Topic); t != "" {
		conds = append(conds, "e.id IN (SELECT event_id FROM event_topics WHERE "+topicCond("topic", t, q)+")")
	}
	if f.Cursor != "" {
		d, id, err := parseCursor(f.Cursor)
		if err != nil {
			return "", err
		}
		a := q.arg(d)
		conds = append(conds, "(e.date < "+a+" OR (e.date = "+a+" AND e.id < "+q.arg(id)+"))")
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), nil
}

func dateOnly(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// prefixEnd returns the smallest string greater than every string starting
// with p ("CHN" → "CHO"), as valid UTF-8 for PostgreSQL: the last character
// that can grow is replaced by its successor.
func prefixEnd(p string) string {
	p = clean(p)
	rs := []rune(p)
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] < unicode.MaxRune {
			next := rs[i] + 1
			if next >= 0xD800 && next <= 0xDFFF {
				next = 0xE000
			}
			return string(rs[:i]) + string(next)
		}
	}
	return string(unicode.MaxRune) + string(unicode.MaxRune)
}

// tsQuery turns words into a tsquery that needs all of them, splitting words
// as the SQLite store does (on anything but letters and digits, after
// dropping a possessive "'s"). Each term is quoted, so operators in the input
// are plain text; a trailing "*" keeps its meaning of a prefix search.
func tsQuery(s string) string {
	var terms []string
	for _, w := range strings.Fields(s) {
		star := strings.HasSuffix(w, "*")
		w = strings.TrimRight(w, "*")
		for _, suf := range []string{"'s", "’s", "'S", "’S"} {
			w = strings.TrimSuffix(w, suf)
		}
		parts := strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		for i, p := range parts {
			t := "'" + strings.ToLower(p) + "'"
			if star && i == len(parts)-1 {
				t += ":*"
			}
			terms = append(terms, t)
		}
	}
	return strings.Join(terms, " & ")
}

// A cursor is the date and id of the last event of a page: "DATE~ID", the
// same form as the SQLite store's ("" for an undated event).
func makeCursor(date time.Time, id int64) string {
	return day(eventDate(date)) + "~" + strconv.FormatInt(id, 10)
}

func parseCursor(c string) (time.Time, int64, error) {
	d, s, ok := strings.Cut(c, "~")
	id, err := strconv.ParseInt(s, 10, 64)
	bad := dyad.Errorf(dyad.EINVALID, "cursor %q: not one this store gave", c)
	if !ok || err != nil {
		return time.Time{}, 0, bad
	}
	if d == "" {
		return undated, id, nil
	}
	t, err := time.Parse(dyad.DateLayout, d)
	if err != nil {
		return time.Time{}, 0, bad
	}
	return t, id, nil
}

// topicQuery normalises a topic filter to the form topic codes take:
// upper case, without surrounding slashes ("arms/" → "ARMS").
func topicQuery(t string) string {
	return clean(strings.ToUpper(strings.Trim(strings.TrimSpace(t), "/")))
}

// topicCond is the SQL test that the topic in col is t or a child of t.
func topicCond(col, t string, q *query) string {
	return "(" + col + " = " + q.arg(t) + " OR (" + col + " >= " + q.arg(t+"/") + " AND " + col + " < " + q.arg(prefixEnd(t+"/")) + "))"
}
