package sqlite

import (
	"context"

	"github.com/dyadproject/dyad"
)

// defaultBroadMatches is the number of matching sentences from which a full-text
// page is read newest first from the date index, probing the matches, rather
// than by looking up every matching event and sorting them: on a million
// events "air strikes" (90,679 sentences) took 649 ms the first way and
// 196 ms the second, while a rare word is faster the first way, which does
// not scan the index.
const defaultBroadMatches = 5000

// broadText reports whether f is a full-text query with no other filter
// that has its own index, matching at least s.broadMatches sentences.
func (s *DB) broadText(ctx context.Context, f dyad.EventFilter) (bool, error) {
	if f.Text == "" || f.Source != "" || f.Target != "" || f.Actor != "" || f.Code != "" || f.Root != "" || topicQuery(f.Topic) != "" {
		return false, nil
	}
	q := ftsQuery(f.Text)
	if q == "" {
		return false, nil
	}
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT ?)`,
		q, s.broadMatches).Scan(&n)
	return n >= s.broadMatches, err
}
