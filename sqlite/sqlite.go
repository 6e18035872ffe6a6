// Package sqlite implements dyad.EventStore on an embedded SQLite file (pure Go, modernc.org/sqlite).
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	sqlite "modernc.org/sqlite"
)

//go:embed migration/*.sql
var migrations embed.FS

// applicationID marks a SQLite file as a dyad store ("dyad" in ASCII).
const applicationID = 0x64796164

// Options configure Open.
type Options struct {
	// Create makes a new store when the file does not exist; otherwise a
	// missing file is an ENOTFOUND error.
	Create bool
	// BusyTimeout is how long a write waits for another writer before failing
	// with "locked". Zero means 5 seconds.
	BusyTimeout time.Duration

	schema int // tests: apply migrations up to this one only (0: all)
}

// DB is a dyad event store in one SQLite file (plus its -wal and -shm files
// while open). It is safe for concurrent use; writes are serialised.
type DB struct {
	path string
	db   *sql.DB
	// rollups: the writer keeps the rollup tables (schema 8 on; at 5–7
	// triggers keep them, before 5 there are none).
	rollups bool
	// broadMatches: full-text matches from which Events reads the date index.
	broadMatches int
	// busy: how long a statement waits for another process's lock.
	busy time.Duration
}

var _ dyad.EventStore = (*DB)(nil)

// Open opens the store at path, creating it if opts.Create, and brings its
// schema up to date. A file that is not a dyad store, is corrupt or is locked
// gives an error naming the file.
func Open(path string, opts Options) (*DB, error) {
	if path == "" {
		return nil, dyad.Errorf(dyad.EINVALID, "sqlite: no database file given")
	}
	if _, err := os.Stat(path); err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, dyad.E(dyad.EINVALID, "sqlite", err)
		}
		if !opts.Create {
			return nil, dyad.Errorf(dyad.ENOTFOUND, "sqlite: %s: no such store (run 'dyad ingest --db %s' first)", path, path)
		}
	}
	busy := opts.BusyTimeout
	if busy <= 0 {
		busy = 5 * time.Second
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.FormatInt(busy.Milliseconds(), 10)+")")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "temp_store(MEMORY)") // savepoint journals stay off the disk
	q.Add("_pragma", "cache_size(-65536)") // 64 MiB of page cache per connection
	q.Add("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, wrap(path, "open", err)
	}
	s := &DB{path: path, db: db, broadMatches: defaultBroadMatches, busy: busy}
	if err := s.init(context.Background(), opts.schema); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Path returns the file the store lives in.
func (s *DB) Path() string { return s.path }

// Close closes the store, checkpointing its write-ahead log.
func (s *DB) Close() error {
	return wrap(s.path, "close", s.db.Close())
}

// init checks that the file is a dyad store (or empty), switches it to WAL
// and applies the migrations it has not seen, each in its own transaction.
func (s *DB) init(ctx context.Context, upto int) error {
	// One statement, so one snapshot: another process may be creating the
	// store at this moment, and an application id read before its first
	// migration committed beside tables counted after it would call the
	// file another application's.
	var appID, version, n int
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)`).Scan(&appID, &version, &n)
	if err != nil {
		return wrap(s.path, "open", err)
	}
	if appID != applicationID && (appID != 0 || n > 0) {
		return dyad.Errorf(dyad.EINVALID, "sqlite: %s: not a dyad store (a SQLite file of another application)", s.path)
	}
	if err := s.setWAL(ctx); err != nil {
		return err
	}
	names, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		return dyad.E(dyad.EINTERNAL, "sqlite: migrations", err)
	}
	sort.Strings(names)
	if version > len(names) {
		return dyad.Errorf(dyad.EINVALID, "sqlite: %s: schema version %d is newer than this dyad knows (%d); upgrade dyad", s.path, version, len(names))
	}
	if upto > 0 && upto < len(names) {
		names = names[:max(upto, version)]
	}
	for i, name := range names[version:] {
		if err := s.migrate(ctx, name, version+i+1); err != nil {
			return err
		}
	}
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return wrap(s.path, "open", err)
	}
	s.rollups = version >= rollupsByWriter
	return s.check(ctx)
}

// setWAL switches the file to write-ahead logging. The switch takes an
// exclusive lock without waiting in SQLite's busy handler, so a process
// opening a new store while another switches it gets SQLITE_BUSY at once
// (TestOpenConcurrentCreate): the switch is retried until the busy timeout.
func (s *DB) setWAL(ctx context.Context) error {
	deadline := time.Now().Add(s.busy)
	for {
		var mode string
		err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode=WAL").Scan(&mode)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return wrap(s.path, "open", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// isBusy reports whether err is SQLite's "database is locked" (BUSY or
// LOCKED).
func isBusy(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	c := se.Code() & 0xff
	return c == sqliteBusy || c == sqliteLocked
}

// migrate applies one migration file and records its number, atomically.
func (s *DB) migrate(ctx context.Context, name string, n int) error {
	body, err := migrations.ReadFile(name)
	if err != nil {
		return dyad.E(dyad.EINTERNAL, "sqlite: "+name, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return wrap(s.path, "migrate", err)
	}
	defer tx.Rollback()
	var cur int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&cur); err != nil {
		return wrap(s.path, "migrate", err)
	}
	if cur >= n { // another process applied it meanwhile
		return nil
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return wrap(s.path, "migrate "+name, err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id=%d; PRAGMA user_version=%d", applicationID, n)); err != nil {
		return wrap(s.path, "migrate "+name, err)
	}
	return wrap(s.path, "migrate "+name, tx.Commit())
}

// check reads every table once so a damaged file is found at Open, not
// halfway through a run.
func (s *DB) check(ctx context.Context) error {
	for _, t := range []string{"runs", "documents", "sentences", "events", "mentions", "rejects"} {
		var n int
		err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM "+t+" LIMIT 1)").Scan(&n)
		if err != nil {
			return wrap(s.path, "open", err)
		}
	}
	return nil
}

// SQLite result codes that get their own message.
const (
	sqliteBusy    = 5
	sqliteLocked  = 6
	sqliteCorrupt = 11
	sqliteNotADB  = 26
)

// wrap turns a driver error into a dyad error that names the file.
func wrap(path, op string, err error) error {
	if err == nil {
		return nil
	}
	var de *dyad.Error
	if errors.As(err, &de) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if isBusy(err) {
		return &dyad.Error{Kind: dyad.ECONFLICT, Op: "sqlite: " + path, Msg: "database is locked by another process (is another dyad ingest running?)", Err: err}
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqliteCorrupt, sqliteNotADB:
			return &dyad.Error{Kind: dyad.EINVALID, Op: "sqlite: " + path, Msg: "not a usable dyad store (corrupt or not a database file)", Err: err}
		}
	}
	msg := err.Error()
	if strings.Contains(msg, "unable to open database") || strings.Contains(msg, "readonly") {
		return &dyad.Error{Kind: dyad.EINVALID, Op: "sqlite: " + path, Msg: op, Err: err}
	}
	return &dyad.Error{Kind: dyad.EINTERNAL, Op: "sqlite: " + path, Msg: op, Err: err}
}
