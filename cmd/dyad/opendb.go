package main

import (
	"context"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/postgres"
	"github.com/dyadproject/dyad/sqlite"
)

// openDB opens the event store --db names: a PostgreSQL database for a
// postgres:// or postgresql:// URL, else a SQLite file (made if create).
func openDB(ctx context.Context, db string, create bool) (dyad.EventStore, error) {
	if postgres.IsURL(db) {
		return postgres.Open(ctx, db, postgres.Options{})
	}
	return sqlite.Open(db, sqlite.Options{Create: create})
}
