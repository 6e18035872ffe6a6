package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/sqlite"
)

// TestServe starts "dyad serve" on a free port, asks it for its health and
// stops it as SIGINT would, by cancelling its context.
func TestServe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	db, err := sqlite.Open(path, sqlite.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	pr, pw := io.Pipe()
	m := &Main{Stdout: io.Discard, Stderr: pw}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() {
		done <- m.Run(ctx, []string{"serve", "--db", path, "--addr", "127.0.0.1:0"})
		pw.Close()
	}()
	buf := make([]byte, 512)
	n, err := pr.Read(buf)
	if err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, pr)
	u := regexp.MustCompile(`http://[0-9.:]+/`).FindString(string(buf[:n]))
	if u == "" {
		t.Fatalf("no address in %q", buf[:n])
	}
	resp, err := http.Get(u + "healthz")
	if err != nil {
		t.Fatal(err)
	}
	var h struct{ Status string }
	json.NewDecoder(resp.Body).Decode(&h)
	resp.Body.Close()
	if resp.StatusCode != 200 || h.Status != "ok" {
		t.Errorf("healthz: %d %+v", resp.StatusCode, h)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit status %d after shutdown, want 0", code)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("serve did not stop")
	}
	if _, err := http.Get(u + "healthz"); err == nil {
		t.Error("still answering after shutdown")
	}
}

func TestServeErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		kind string
	}{
		{[]string{"--db", filepath.Join(t.TempDir(), "missing.db")}, dyad.ENOTFOUND},
		{[]string{"--addr", "nonsense"}, dyad.EINVALID},
		{[]string{"extra"}, dyad.EINVALID},
	} {
		m := &Main{Stdout: io.Discard, Stderr: io.Discard}
		args := tc.args
		if tc.kind == dyad.EINVALID && args[0] == "--addr" {
			path := filepath.Join(t.TempDir(), "dyad.db")
			db, err := sqlite.Open(path, sqlite.Options{Create: true})
			if err != nil {
				t.Fatal(err)
			}
			db.Close()
			args = append(args, "--db", path)
		}
		err := runServe(context.Background(), m, args)
		if dyad.ErrorKind(err) != tc.kind {
			t.Errorf("%v: %v, want kind %s", tc.args, err, tc.kind)
		}
	}
}
