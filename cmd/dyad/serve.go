package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"runtime/debug"
	"time"

	"github.com/dyadproject/dyad"
	dyadhttp "github.com/dyadproject/dyad/http"
)

func init() {
	register(&Command{Name: "serve", Summary: "serve the JSON API and the dashboard over a store", Run: runServe})
}

// runServe is "dyad serve [--db PATH] [--addr HOST:PORT]": it answers until
// SIGINT or SIGTERM, then lets requests in flight finish.
func runServe(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("serve", "[--db PATH] [--addr HOST:PORT]")
	dbPath := fs.String("db", "dyad.db", "event store `file`")
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

	store, err := openStore(*dbPath)
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
	fmt.Fprintf(m.Stderr, "dyad serve: http://%s/ (store %s; Ctrl-C to stop)\n", ln.Addr(), *dbPath)
	if err := s.Serve(ctx, ln, *grace); err != nil {
		return err
	}
	fmt.Fprintln(m.Stderr, "dyad serve: stopped")
	return nil
}
