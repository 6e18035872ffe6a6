package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/demo"
	dyadhttp "github.com/dyadproject/dyad/http"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/sqlite"
)

func init() {
	register(&Command{Name: "serve", Summary: "serve the JSON API and the dashboard over a store", Run: runServe})
}

// runServe is "dyad serve [--db PATH] [--addr HOST:PORT]": it answers until
// SIGINT or SIGTERM, then lets requests in flight finish.
func runServe(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("serve", "[--db PATH] [--addr HOST:PORT]")
	dbPath := fs.String("db", "dyad.db", "event store `file` or postgres:// URL (without --db and with no dyad.db here: a demo store of the built-in corpus)")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	timeout := fs.Duration("timeout", dyadhttp.DefaultDeadline, "longest time a request may spend in the store")
	grace := fs.Duration("grace", 10*time.Second, "how long requests in flight may run after SIGINT or SIGTERM")
	verbose := fs.Bool("v", false, "log every request")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		fs.Usage()
		return dyad.Errorf(dyad.EINVALID, "serve: unexpected argument %q", pos[0])
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: level}))

	dbSet := false
	fs.Visit(func(f *flag.Flag) { dbSet = dbSet || f.Name == "db" })
	var store dyad.EventStore
	if _, statErr := os.Stat(*dbPath); !dbSet && errors.Is(statErr, os.ErrNotExist) {
		// No store yet: serve the embedded demo corpus from a throwaway file.
		store, *dbPath, err = demoStore(ctx, m)
	} else {
		store, err = openStore(*dbPath)
	}
	if err != nil {
		return err
	}
	defer store.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return dyad.E(dyad.EINVALID, "serve: --addr "+*addr, err)
	}
	s := dyadhttp.New(store, logger)
	s.Deadline = *timeout
	if bi, ok := debug.ReadBuildInfo(); ok {
		s.Version = bi.Main.Version
	}
	fmt.Fprintf(m.Stderr, "dyad serve: http://%s/ (store %s; Ctrl-C to stop)\n", ln.Addr(), redactURL(*dbPath))
	if err := s.Serve(ctx, ln, *grace); err != nil {
		return err
	}
	fmt.Fprintln(m.Stderr, "dyad serve: stopped")
	return nil
}

// demoStore codes the embedded demo corpus into a store in a temporary
// folder, removed when the store is closed.
func demoStore(ctx context.Context, m *Main) (dyad.EventStore, string, error) {
	dir, err := os.MkdirTemp("", "dyad-demo-")
	if err != nil {
		return nil, "", dyad.E(dyad.EINTERNAL, "serve: demo store", err)
	}
	path := filepath.Join(dir, "demo.db")
	fmt.Fprintf(m.Stderr, "dyad serve: no --db and no dyad.db here: coding the built-in demo corpus into %s\n", path)
	store, err := sqlite.Open(path, sqlite.Options{Create: true})
	if err != nil {
		os.RemoveAll(dir)
		return nil, "", err
	}
	proc, err := pipeline.New(pipeline.Config{})
	if err == nil {
		_, err = demo.Load(ctx, store, proc)
	}
	if err != nil {
		store.Close()
		os.RemoveAll(dir)
		return nil, "", err
	}
	return removeOnClose{store, dir}, path + " (demo)", nil
}

// removeOnClose removes a temporary store's folder when the store closes.
type removeOnClose struct {
	dyad.EventStore
	dir string
}

func (s removeOnClose) Close() error {
	err := s.EventStore.Close()
	os.RemoveAll(s.dir)
	return err
}

// redactURL hides the password of a database URL ("postgres://u:xxxxx@h/db");
// file paths come back unchanged.
func redactURL(db string) string {
	u, err := url.Parse(db)
	if err != nil || u.User == nil {
		return db
	}
	return u.Redacted()
}
