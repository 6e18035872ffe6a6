package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestServeDemo starts "dyad serve" with no --db in a folder without dyad.db:
// it must code the built-in demo corpus into a throwaway store, answer with
// its China→Iran events, and remove the store when it stops.
func TestServeDemo(t *testing.T) {
	t.Chdir(t.TempDir())
	pr, pw := io.Pipe()
	m := &Main{Stdout: io.Discard, Stderr: pw}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() {
		done <- m.Run(ctx, []string{"serve", "--addr", "127.0.0.1:0"})
		pw.Close()
	}()
	var u, demoPath string
	sc := bufio.NewScanner(pr)
	for u == "" && sc.Scan() {
		line := sc.Text()
		if p := regexp.MustCompile(`into (\S+demo\.db)`).FindStringSubmatch(line); p != nil {
			demoPath = p[1]
		}
		u = regexp.MustCompile(`http://[0-9.:]+/`).FindString(line)
	}
	go io.Copy(io.Discard, pr)
	if u == "" || demoPath == "" {
		t.Fatalf("serve printed no demo store or address (demo %q, url %q)", demoPath, u)
	}
	resp, err := http.Get(u + "api/events?source=CHN&target=IRN")
	if err != nil {
		t.Fatal(err)
	}
	var page struct {
		Events []struct {
			Source, Target string
		}
	}
	err = json.NewDecoder(resp.Body).Decode(&page)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET /api/events: %d %v", resp.StatusCode, err)
	}
	if len(page.Events) < 5 {
		t.Errorf("%d China→Iran events in the demo store, want at least 5", len(page.Events))
	}
	for _, e := range page.Events {
		if !strings.HasPrefix(e.Source, "CHN") || !strings.HasPrefix(e.Target, "IRN") {
			t.Errorf("event %s → %s does not match the filter", e.Source, e.Target)
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit status %d after shutdown", code)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop")
	}
	if _, err := os.Stat(demoPath); !os.IsNotExist(err) {
		t.Errorf("demo store %s left behind (%v)", demoPath, err)
	}
	if _, err := os.Stat("dyad.db"); !os.IsNotExist(err) {
		t.Error("serve created dyad.db in the working folder")
	}
}

func TestRedactURL(t *testing.T) {
	tests := map[string]string{
		"postgres://dyad:secret@db.internal:5432/events?sslmode=disable": "postgres://dyad:xxxxx@db.internal:5432/events?sslmode=disable",
		"postgres://dyad@db/events":                                      "postgres://dyad@db/events",
		"dyad.db":                                                        "dyad.db",
		"/tmp/x y/demo.db":                                               "/tmp/x y/demo.db",
	}
	for in, want := range tests {
		if got := redactURL(in); got != want {
			t.Errorf("redactURL(%q) = %q, want %q", in, got, want)
		}
	}
}
