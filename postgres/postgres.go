// Package postgres implements dyad.EventStore on PostgreSQL with pgx: events partitioned by month, COPY bulk loads, safe for many concurrent writers.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/dyadproject/dyad"
)

//go:embed migration/*.sql
var migrations embed.FS

// Options configure Open.
type Options struct {
	// Schema is the PostgreSQL schema the store lives in, created if
	// missing; "" means the connection's default (usually public). Tests
	// give each store its own schema.
	Schema string
	// MaxConns caps the connection pool; 0 means pgx's default.
	MaxConns int32
}

// DB is a dyad event store in a PostgreSQL database. It is safe for
// concurrent use, also by many processes on many machines writing at once.
type DB struct {
	pool   *pgxpool.Pool
	name   string // host/database[/schema], for messages (no password)
	schema string

	mu     sync.Mutex
	months map[string]bool // event partitions known to exist
}

var _ dyad.EventStore = (*DB)(nil)

var schemaName = regexp.MustCompile(`^[a-z_][a-z0-9_]{0,62}$`)

// IsURL reports whether s names a PostgreSQL database (postgres:// or
// postgresql://) rather than a file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database at url (any URL or DSN pgx accepts) and
// brings the store's schema up to date. Concurrent Opens of one database
// apply each migration once.
func Open(ctx context.Context, url string, opts Options) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, dyad.Errorf(dyad.EINVALID, "postgres: bad database URL: %v", redact(err))
	}
	if sp := cfg.ConnConfig.RuntimeParams["search_path"]; opts.Schema == "" && schemaName.MatchString(sp) {
		opts.Schema = sp // "?search_path=name" in the URL: the store's schema, made if missing
	}
	if opts.Schema != "" && !schemaName.MatchString(opts.Schema) {
		return nil, dyad.Errorf(dyad.EINVALID, "postgres: schema %q: want lower-case letters, digits and _", opts.Schema)
	}
	if opts.Schema != "" {
		cfg.ConnConfig.RuntimeParams["search_path"] = opts.Schema
	}
	if opts.MaxConns > 0 {
		cfg.MaxConns = opts.MaxConns
	}
	name := fmt.Sprintf("%s:%d/%s", cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database)
	if opts.Schema != "" {
		name += "/" + opts.Schema
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, wrap(name, "connect", err)
	}
	s := &DB{pool: pool, name: name, schema: opts.Schema, months: map[string]bool{}}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the connections.
func (s *DB) Close() error {
	s.pool.Close()
	return nil
}

// Name is where the store lives: host:port/database[/schema].
func (s *DB) Name() string { return s.name }

// migrate applies the embedded migrations the database has not seen, in
// order, each in its own transaction, holding an advisory lock so that
// workers starting together do not race.
func (s *DB) migrate(ctx context.Context) error {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return wrap(s.name, "connect", err)
	}
	defer conn.Release()
	if s.schema != "" {
		if _, err := conn.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS "+s.schema); err != nil {
			// Another process may have created it meanwhile.
			var pe *pgconn.PgError
			if !errors.As(err, &pe) || pe.Code != "23505" {
				return wrap(s.name, "create schema", err)
			}
		}
	}
	lock := lockKey("dyad-migrate/" + s.schema)
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", lock); err != nil {
		return wrap(s.name, "migrate", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", lock)
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS dyad_schema (version integer NOT NULL)`); err != nil {
		return wrap(s.name, "migrate", err)
	}
	var version int
	if err := conn.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM dyad_schema`).Scan(&version); err != nil {
		return wrap(s.name, "migrate", err)
	}
	names, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		return dyad.E(dyad.EINTERNAL, "postgres: migrations", err)
	}
	sort.Strings(names)
	if version > len(names) {
		return dyad.Errorf(dyad.EINVALID, "postgres: %s: schema version %d is newer than this dyad knows (%d); upgrade dyad", s.name, version, len(names))
	}
	for i, name := range names[version:] {
		body, err := migrations.ReadFile(name)
		if err != nil {
			return dyad.E(dyad.EINTERNAL, "postgres: "+name, err)
		}
		err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, string(body)); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO dyad_schema(version) VALUES ($1)`, version+i+1)
			return err
		})
		if err != nil {
			return wrap(s.name, "migrate "+name, err)
		}
		if v := afterMigration[name]; v != "" {
			if _, err := conn.Exec(ctx, v); err != nil {
				return wrap(s.name, "migrate "+name, err)
			}
		}
	}
	return nil
}

// afterMigration is what runs, outside a transaction, after a migration
// was applied. VACUUM sets the visibility map of the rollups a migration
// filled, so that their index-only scans need not wait for autovacuum
// (until then a dyad's trend visits a heap page per rollup row: 290 ms
// instead of 11 on the 1M store).
var afterMigration = map[string]string{
	"migration/0004_rollup.sql": "VACUUM (ANALYZE) rollup, rollup_month, rollup_year, rollup_country",
}

// lockKey is an advisory lock id for a name.
func lockKey(name string) int64 {
	h := fnv.New64a()
	h.Write([]byte(name))
	return int64(h.Sum64())
}

// wrap turns a driver error into a dyad error naming the database.
func wrap(name, op string, err error) error {
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
	err = redact(err)
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "28P01" || pe.Code == "28000" || pe.Code == "3D000" || pe.Code == "42501":
			return &dyad.Error{Kind: dyad.EINVALID, Op: "postgres: " + name, Msg: op, Err: err}
		case pe.Code == "40P01" || pe.Code == "40001" || pe.Code == "55P03":
			return &dyad.Error{Kind: dyad.ECONFLICT, Op: "postgres: " + name, Msg: op, Err: err}
		}
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) {
		return &dyad.Error{Kind: dyad.EINVALID, Op: "postgres: " + name, Msg: op + ": cannot connect", Err: err}
	}
	return &dyad.Error{Kind: dyad.EINTERNAL, Op: "postgres: " + name, Msg: op, Err: err}
}

var password = regexp.MustCompile(`(://[^:/@\s]*:)[^@\s]*@`)

// redact removes passwords from URLs quoted in an error message.
func redact(err error) error {
	msg := err.Error()
	if r := password.ReplaceAllString(msg, "${1}xxx@"); r != msg {
		return errors.New(r)
	}
	return err
}

// DropSchema drops a schema and everything in it: the clean-up of a
// store opened with Options.Schema (tests use one schema each).
func DropSchema(ctx context.Context, url, schema string) error {
	if !schemaName.MatchString(schema) {
		return dyad.Errorf(dyad.EINVALID, "postgres: schema %q: want lower-case letters, digits and _", schema)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return wrap("", "connect", err)
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE")
	return wrap("", "drop schema", err)
}

// Analyze updates the planner's statistics of the store's tables, as
// autovacuum does in time; worth running after a bulk load.
func (s *DB) Analyze(ctx context.Context) error {
	_, err := s.pool.Exec(ctx, "ANALYZE")
	return wrap(s.name, "analyze", err)
}

// Size is the bytes the store's tables and indexes take on disk.
func (s *DB) Size(ctx context.Context) (int64, error) {
	var n int64
	err := s.pool.QueryRow(ctx, `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND c.relkind = 'r'`).Scan(&n)
	return n, wrap(s.name, "size", err)
}
