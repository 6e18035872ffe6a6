package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/dyadproject/dyad/postgres"
	"github.com/dyadproject/dyad/queue"
	"github.com/dyadproject/dyad/storetest"
)

// TestHelperWorker is not a test: TestDistributed runs the test binary as
// "dyad worker" through it, so that it can SIGKILL a real process.
func TestHelperWorker(t *testing.T) {
	args := os.Getenv("DYAD_WORKER_ARGS")
	if args == "" {
		t.Skip("helper process")
	}
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	os.Exit(m.Run(context.Background(), strings.Split(args, "\x1f")))
}

// startNATS runs a NATS server with JetStream in the test process.
func startNATS(t *testing.T, dir string, port int) *server.Server {
	t.Helper()
	s, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: port, JetStream: true, StoreDir: dir, NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server did not start")
	}
	return s
}

// TestDistributed codes a corpus with three "dyad worker" processes into
// PostgreSQL, SIGKILLs one of them mid-run and restarts the NATS server
// mid-run, and expects the store a single "dyad ingest" into SQLite makes.
func TestDistributed(t *testing.T) {
	url := os.Getenv("DYAD_TEST_POSTGRES")
	if url == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set but DYAD_TEST_POSTGRES is not: run .ci/postgres.sh")
		}
		t.Skip("DYAD_TEST_POSTGRES not set (see .ci/postgres.sh)")
	}
	if testing.Short() {
		t.Skip("starts several processes")
	}
	ctx := context.Background()
	dir := distCorpus(t)
	want := filepath.Join(t.TempDir(), "want.db")
	if code, out, errs := dyadRun(t, "ingest", "--db", want, "--date", "2020-01-02", dir); code != 0 {
		t.Fatalf("reference ingest: exit %d\n%s%s", code, out, errs)
	}
	wantDump := dump(t, want)

	// A fresh schema, made (and migrated) here; the workers reach it
	// through the URL's search_path.
	schema := fmt.Sprintf("tdist%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
	pg, err := postgres.Open(ctx, url, postgres.Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	defer postgres.DropSchema(ctx, url, schema)
	defer pg.Close()
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	pgURL := url + sep + "search_path=" + schema

	natsDir := t.TempDir()
	ns := startNATS(t, natsDir, -1)
	port := ns.Addr().(interface{ String() string }).String()
	port = port[strings.LastIndex(port, ":")+1:]
	natsURL := ns.ClientURL()
	defer func() { ns.Shutdown() }()

	if code, out, errs := dyadRun(t, "enqueue", "--nats", natsURL, "--date", "2020-01-02", dir); code != 0 {
		t.Fatalf("enqueue: exit %d\n%s%s", code, out, errs)
	}

	type proc struct {
		cmd *exec.Cmd
		out *bytes.Buffer
	}
	var workers []proc
	start := func(name string) {
		args := []string{"worker", "--nats", natsURL, "--db", pgURL, "--batch", "2", "--workers", "1",
			"--ack-wait", "2s", "--exit-when-idle", "8s", "--name", name}
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWorker$")
		cmd.Env = append(os.Environ(), "DYAD_WORKER_ARGS="+strings.Join(args, "\x1f"))
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		workers = append(workers, proc{cmd, &out})
	}
	// w1 starts alone and is killed once it has stored a batch, holding the
	// next; w2 and w3 start beside it only then. Started together, on a
	// loaded machine w1 could come up after the others had coded nearly
	// everything, and the kill and the NATS restart then proved nothing.
	start("w1")
	defer func() {
		for _, w := range workers {
			w.cmd.Process.Kill()
		}
	}()
	stored := func() int {
		st, _ := pg.Stats(ctx)
		return st.Documents + st.Rejected
	}
	var total int // documents the reference run stored
	fmt.Sscanf(wantDump, "documents=%d", &total)
	waitFor := func(n int) {
		for deadline := time.Now().Add(90 * time.Second); stored() < n; time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("only %d documents stored after 90s; want %d\nworker 2:\n%s", stored(), n, workers[1].out)
			}
		}
	}

	// Kill w1 once it has stored a batch: it is then working on the next.
	// The store is polled, not the queue's status: w1 reports its counters
	// at most twice a second and codes dozens of documents in that time.
	for deadline := time.Now().Add(90 * time.Second); stored() == 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("w1 stored nothing in 90s:\n%s", workers[0].out)
		}
	}
	start("w2")
	start("w3")
	workers[0].cmd.Process.Signal(syscall.SIGKILL)
	workers[0].cmd.Wait()
	atKill := stored()
	t.Logf("worker w1 killed with %d of %d documents stored", atKill, total)

	// NATS goes down only once w2 and w3 are both connected and working: a
	// worker that cannot reach NATS at start fails fast (a wrong URL is a
	// mistake, not an outage), and on a loaded machine one of them could
	// still be loading its dictionaries when the other had coded twenty.
	_, js, err := queue.Connect(natsURL, "test")
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(90 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		st, _ := queue.Status(ctx, js, 0)
		live := map[string]bool{}
		for _, w := range st.Workers {
			live[w.Name] = true
		}
		if live["w2"] && live["w3"] {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("w2 and w3 not both working after 90s:\n%s\n%s", workers[1].out, workers[2].out)
		}
	}
	waitFor(stored() + 4)
	ns.Shutdown()
	ns.WaitForShutdown()
	atRestart := stored()
	time.Sleep(300 * time.Millisecond)
	ns = startNATS(t, natsDir, atoi(t, port))
	t.Logf("NATS restarted with %d of %d documents stored", atRestart, total)
	if atRestart >= total {
		t.Errorf("the NATS restart came after the end of the run: it proves nothing")
	}

	redelivered := 0
	for i, w := range workers[1:] {
		errc := make(chan error, 1)
		go func() { errc <- w.cmd.Wait() }()
		select {
		case err := <-errc:
			if err != nil {
				t.Fatalf("worker w%d: %v\n%s", i+2, err, w.out)
			}
		case <-time.After(120 * time.Second):
			t.Fatalf("worker w%d did not finish\n%s", i+2, w.out)
		}
		t.Logf("w%d: %s", i+2, lastLine(w.out.String()))
		if m := redeliveredRE.FindStringSubmatch(w.out.String()); m != nil {
			redelivered += atoi(t, m[1])
		}
	}
	if redelivered == 0 {
		t.Log("w1 held no document when killed (between batches): no redelivery was needed")
	}
	if got := storetest.Dump(t, pg); got != wantDump {
		t.Errorf("PostgreSQL store after the distributed run differs from the SQLite ingest:\n%s", firstDiff(got, wantDump))
	}
	st, err := queue.Status(ctx, js, 5)
	if err != nil || st.Waiting != 0 || st.InFlight != 0 || st.Dead != 0 {
		t.Errorf("queue after the run: %+v, %v", st, err)
	}
	code, out, errs := dyadRun(t, "status", "--nats", ns.ClientURL(), "--rate-over", "0")
	if code != 0 || !strings.Contains(out, "queue:    0 waiting, 0 in flight") || !strings.Contains(out, "failures: 0 dead letters") {
		t.Errorf("dyad status: exit %d\n%s%s", code, out, errs)
	}
}

var redeliveredRE = regexp.MustCompile(`(\d+) redelivered;`)

// distCorpus writes 150 news stories of four sentences from the codebook's
// examples, a third of them copied on a wire (JSON lines): 200 documents.
func distCorpus(t *testing.T) string {
	return storyCorpus(t, 150, func(i, k, n int) int { return (i + 37*k) % n }, func(int) string { return "" })
}

// storyCorpus writes n news stories of four lines of the codebook's examples
// (line k of story i is pick(i, k, lines)), each opened by head(i), as text
// files, and every third story again on a wire (wire.jsonl).
func storyCorpus(t *testing.T, n int, pick func(i, k, lines int) int, head func(i int) string) string {
	b, err := os.ReadFile("../../ingest/testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	dir := t.TempDir()
	var jl bytes.Buffer
	for i := 0; i < n; i++ {
		var s []string
		for k := 0; k < 4; k++ {
			s = append(s, lines[pick(i, k, len(lines))])
		}
		story := head(i) + strings.Join(s, " ")
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%03d.txt", i)), []byte(story), 0o644)
		if i%3 == 0 {
			rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("w%d", i), "source": "Wire", "text": "(Wire) " + story})
			jl.Write(rec)
			jl.WriteByte('\n')
		}
	}
	os.WriteFile(filepath.Join(dir, "wire.jsonl"), jl.Bytes(), 0o644)
	return dir
}

func atoi(t *testing.T, s string) int {
	var n int
	if _, err := fmt.Sscan(s, &n); err != nil {
		t.Fatal(err)
	}
	return n
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// firstDiff shows where two dumps start to differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < max(len(g), len(w)); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, a, b)
		}
	}
	return ""
}
