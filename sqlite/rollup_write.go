package sqlite

import (
	"context"
	"encoding/json"
	"strings"
)

// The writer keeps the rollups (migrations 0005–0008) at the end of each
// batch. Before the recount it notes the mention count of every event the
// batch touched: 0 for an event the batch created (a stored event always has
// a mention after its recount), so afterwards each touched event adds one
// event and its Goldstein score if it is new, and the growth of its mention
// count either way. Rows are grouped per rollup key, so a batch makes one
// upsert per rollup row it touches. Everything happens in the batch's
// transaction; a document rolled back to its savepoint leaves no event for
// the join to find.

// rollupsByWriter is the schema version from which the writer, not
// triggers, adds new events and mentions to the rollups.
const rollupsByWriter = 8

// rollupDeltas is one INSERT ... SELECT per rollup table; d is the touched
// event's row (id, old) and e the event.
var rollupDeltas = []struct{ table, keys, exprs string }{
	{"rollup", "month, source, target, root, quad", "substr(e.date, 1, 7), e.source, e.target, e.root, e.quad"},
	{"rollup_month", "month, root, quad", "substr(e.date, 1, 7), e.root, e.quad"},
	{"rollup_year", "year, source, target", "substr(e.date, 1, 4), e.source, e.target"},
	{"rollup_country", "month, side, code3, root, quad", "substr(e.date, 1, 7), 's', substr(e.source, 1, 3), e.root, e.quad"},
	{"rollup_country", "month, side, code3, root, quad", "substr(e.date, 1, 7), 't', substr(e.target, 1, 3), e.root, e.quad"},
	{"rollup_country", "month, side, code3, root, quad", "substr(e.date, 1, 7), 'a', substr(e.source, 1, 3), e.root, e.quad"},
	{"rollup_country", "month, side, code3, root, quad", "substr(e.date, 1, 7), 'a', substr(e.target, 1, 3), e.root, e.quad" +
		"\x00substr(e.target, 1, 3) <> substr(e.source, 1, 3)"},
}

// noteTouched records the mention counts of the touched events before the recount.
func (w *writer) noteTouched(ctx context.Context) error {
	if _, err := w.tx.ExecContext(ctx, `CREATE TEMP TABLE IF NOT EXISTS rollup_touched (id INTEGER PRIMARY KEY, old INTEGER NOT NULL)`); err != nil {
		return err
	}
	if _, err := w.tx.ExecContext(ctx, `DELETE FROM temp.rollup_touched`); err != nil {
		return err
	}
	ids := make([]int64, 0, len(w.touched))
	for id := range w.touched {
		ids = append(ids, id)
	}
	b, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	_, err = w.tx.ExecContext(ctx, `INSERT INTO temp.rollup_touched(id, old)
		SELECT e.id, e.num_mentions FROM json_each(?) j JOIN events e ON e.id = j.value`, string(b))
	return err
}

// addToRollups adds the touched events' changes to the rollups, after the recount.
func (w *writer) addToRollups(ctx context.Context) error {
	for _, r := range rollupDeltas {
		exprs, cond, _ := strings.Cut(r.exprs, "\x00")
		where := " WHERE (d.old = 0 OR e.num_mentions <> d.old)"
		if cond != "" {
			where += " AND " + cond
		}
		pos := "1, 2, 3"
		if strings.Count(r.keys, ",") == 4 {
			pos = "1, 2, 3, 4, 5"
		}
		q := `INSERT INTO ` + r.table + `(` + r.keys + `, events, mentions, goldstein)
			SELECT ` + exprs + `, sum(d.old = 0), sum(e.num_mentions - d.old), sum(CASE WHEN d.old = 0 THEN e.goldstein ELSE 0 END)
			FROM temp.rollup_touched d JOIN events e ON e.id = d.id` + where + `
			GROUP BY ` + pos + ` ORDER BY ` + pos + `
			ON CONFLICT DO UPDATE SET events = events + excluded.events, mentions = mentions + excluded.mentions,
				goldstein = goldstein + excluded.goldstein`
		if _, err := w.tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
