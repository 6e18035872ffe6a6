package sqlite

import (
	"context"
	"strconv"
	"time"

	"github.com/dyadproject/dyad"
)

// finishedRuns limits documents to those of finished runs and of runs
// before the last finished one (see dyad.StoryStore).
const finishedRuns = `signature IS NOT NULL AND run_id <= (SELECT coalesce(max(id), 0) FROM runs WHERE finished <> '')`

// Stories calls fn for the stored story signatures a new run puts back into
// its near-duplicate index, oldest first (dyad.StoryStore).
func (s *DB) Stories(ctx context.Context, days int, fn func(dyad.Story) error) error {
	q := `SELECT id, cluster, date, signature FROM documents WHERE ` + finishedRuns
	var args []any
	if days > 0 {
		q += ` AND date <> '' AND date >= (SELECT date(max(date), ?) FROM documents WHERE date <> '' AND ` + finishedRuns + `)`
		args = append(args, "-"+strconv.Itoa(days)+" days")
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY date, run_id, id`, args...)
	if err != nil {
		return wrap(s.path, "stories", err)
	}
	defer rows.Close()
	for rows.Next() {
		var st dyad.Story
		var date string
		if err := rows.Scan(&st.Doc, &st.Cluster, &date, &st.Signature); err != nil {
			return wrap(s.path, "stories", err)
		}
		if date != "" {
			if st.Date, err = time.Parse(dyad.DateLayout, date); err != nil {
				return dyad.Errorf(dyad.EINTERNAL, "sqlite: %s: document %s: date %q: %v", s.path, st.Doc, date, err)
			}
		}
		if err := fn(st); err != nil {
			return err
		}
	}
	return wrap(s.path, "stories", rows.Err())
}
