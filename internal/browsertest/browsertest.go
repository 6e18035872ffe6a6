// Package browsertest starts the real headless Chromium that dyad's
// dashboard and report tests drive, the same way for every package.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// Path returns the browser to drive: $DYAD_CHROMIUM, else Debian's
// chromium. Without one the test skips, except on CI ($CI set), where it
// fails: CI installs Chromium and must not pass without running the test.
func Path(t testing.TB) string {
	t.Helper()
	for _, p := range []string{os.Getenv("DYAD_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if p == "" {
			continue
		}
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no chromium to run the browser test (apt-get install chromium)")
	}
	t.Skip("no chromium: skipping the browser test (apt-get install chromium; it fails on CI)")
	return ""
}

// New starts headless Chromium on a fresh profile with a window of the given
// size and returns a tab context, closed when the test ends. JavaScript
// exceptions and console errors in the page fail t when it ends, unless they
// contain one of the expected strings. The flags keep Chromium off the
// network, which this machine does not have.
func New(t testing.TB, width, height int, expected ...string) context.Context {
	t.Helper()
	path := Path(t)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
	)
	ctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelB(); cancelA() })
	if err := chromedp.Do(ctx); err != nil { // starts the browser: no timeout on this first call
		t.Fatalf("starting %s: %v", path, err)
	}
	// Page errors are collected and reported when the test ends (a message
	// may arrive after the last step, when t can no longer log).
	var mu sync.Mutex
	var problems []string
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			if m.Type != chromedp.ConsoleError && m.Type != chromedp.ConsoleException {
				continue
			}
			if slices.ContainsFunc(expected, func(e string) bool { return strings.Contains(m.Text, e) }) {
				continue
			}
			mu.Lock()
			problems = append(problems, string(m.Type)+": "+m.Text)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		for _, p := range problems {
			t.Errorf("page: %s", p)
		}
	})
	return ctx
}
