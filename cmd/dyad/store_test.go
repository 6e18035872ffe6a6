package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/learn"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/sqlite"
	"github.com/dyadproject/dyad/storetest"
)

// run runs dyad in-process and returns its exit status, stdout and stderr.
func dyadRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
	code := m.Run(context.Background(), args)
	return code, out.String(), errb.String()
}

// Sentences of the mixed corpus: two China→Iran visits per format, and
// sentences about other dyads that a China→Iran query must not return.
const (
	textChinaIran   = "Chinese Defense Minister Wei Fenghe met Iranian President Hassan Rouhani in Tehran on Tuesday."
	jsonChinaIran   = "A senior Chinese military delegation arrived in Tehran on Tuesday for talks with Iranian defense officials."
	htmlChinaIran   = "China's foreign minister Wang Yi met Iranian Foreign Minister Mohammad Javad Zarif in Beijing on Monday."
	warcChinaIran   = "Chinese President Xi Jinping praised Iran for its cooperation on the Belt and Road initiative."
	otherRussiaUSA  = "Russia accused the United States of violating the nuclear treaty."
	otherIranIsrael = "Iran condemned Israel for air strikes in Syria."
)

// mixedCorpus writes a text file, a JSON-lines file, an HTML page and a WARC
// file (built with gowarc) into a new folder.
func mixedCorpus(t *testing.T) string {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("story.txt", []byte("TEHRAN (Desk) — "+textChinaIran+" "+otherRussiaUSA+"\n"))
	var jl bytes.Buffer
	for i, text := range []string{jsonChinaIran + " The visit lasted three days.", otherIranIsrael} {
		rec, _ := json.Marshal(map[string]string{"id": "wire-" + strconv.Itoa(i), "source": "Wire", "date": "2019-03-06", "text": text})
		jl.Write(rec)
		jl.WriteByte('\n')
	}
	jl.WriteString("{not json\n")
	write("wire.jsonl", jl.Bytes())
	page := func(title, text string) string {
		return "<!DOCTYPE html><html><head><title>" + title + "</title><meta name=\"date\" content=\"2019-03-04\"></head><body>" +
			"<nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1><p>" + text +
			" The two ministers discussed trade, energy and the nuclear agreement at length during the meeting.</p>" +
			"<p>Officials from both countries said further talks were planned for later in the year.</p></article>" +
			"<footer>Copyright News Example</footer></body></html>"
	}
	write("page.html", []byte(page("Ministers meet", htmlChinaIran)))

	var warc bytes.Buffer
	m := gowarc.NewMarshaler()
	body := page("Belt and Road", warcChinaIran)
	resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body
	rb := gowarc.NewRecordBuilder(gowarc.Response, gowarc.WithAddMissingDigest(true))
	rb.AddWarcHeader(gowarc.WarcRecordID, "<urn:uuid:00000000-0000-4000-8000-000000000001>")
	rb.AddWarcHeader(gowarc.WarcDate, "2019-03-07T10:00:00Z")
	rb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	rb.AddWarcHeader(gowarc.WarcTargetURI, "https://news.example/belt-and-road")
	rb.WriteString(resp)
	rec, _, err := rb.Build()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := m.Marshal(&warc, rec, 0); err != nil {
		t.Fatal(err)
	}
	rec.Close()
	write("crawl.warc", warc.Bytes())
	return dir
}

// TestStoreEndToEnd ingests the mixed corpus and asks the analyst's
// question: the China→Iran events, with their sentences.
func TestStoreEndToEnd(t *testing.T) {
	dir := mixedCorpus(t)
	db := filepath.Join(t.TempDir(), "dyad.db")
	code, out, errs := dyadRun(t, "ingest", "--db", db, "--date", "2019-03-05", "--workers", "2", dir)
	if code != 3 || !strings.Contains(out, "5 documents read: 5 coded, 1 rejected") {
		t.Fatalf("ingest: exit %d (want 3: one bad JSON line)\n%s%s", code, out, errs)
	}

	code, out, errs = dyadRun(t, "query", "--db", db, "--source", "CHN", "--target", "IRN", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("query: exit %d: %s", code, errs)
	}
	found := map[string]bool{}
	events := 0
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		events++
		var e dyad.StoredEvent
		if err := dec.Decode(&e); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(e.Source, "CHN") || !strings.HasPrefix(e.Target, "IRN") {
			t.Errorf("query returned %s→%s", e.Source, e.Target)
		}
		found[e.Mention.Text] = true
	}
	for _, want := range []string{textChinaIran, jsonChinaIran, htmlChinaIran, warcChinaIran} {
		ok := false
		for s := range found {
			ok = ok || strings.Contains(s, want) // a sentence may keep a dateline before it
		}
		if !ok {
			t.Errorf("China→Iran query misses %q", want)
		}
	}
	for s := range found {
		if strings.Contains(s, "Russia") || strings.Contains(s, "Israel") {
			t.Errorf("China→Iran query returns %q", s)
		}
	}

	// Words, in the table a terminal would get.
	code, out, _ = dyadRun(t, "query", "--db", db, "--actor", "IRN", "--text", "Belt Road", "--format", "table")
	if code != 0 || !strings.Contains(out, "Belt and Road") || strings.Count(out, "\n") < 2 {
		t.Errorf("text query: exit %d\n%s", code, out)
	}

	// The trend counts the same events.
	code, out, _ = dyadRun(t, "trend", "--db", db, "--source", "CHN", "--target", "IRN", "--interval", "year", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) != 2 || rows[1][0] != "2019" {
		t.Fatalf("trend: exit %d, %v\n%s", code, err, out)
	}
	if n, _ := strconv.Atoi(rows[1][1]); n != events {
		t.Errorf("trend counts %d events in 2019, query listed %d", n, events)
	}
	png := filepath.Join(t.TempDir(), "trend.png")
	if code, _, errs := dyadRun(t, "trend", "--db", db, "--actor", "CHN", "--interval", "day", "--plot", png); code != 0 {
		t.Errorf("trend --plot: exit %d: %s", code, errs)
	} else if b, err := os.ReadFile(png); err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Errorf("trend --plot wrote no PNG: %v", err)
	}

	// Every export format, over the same events.
	for _, format := range []string{"gdelt", "phoenix", "plover", "csv", "jsonl"} {
		code, out, errs := dyadRun(t, "export", "--db", db, "--format", format, "--source", "CHN", "--target", "IRN")
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if format == "csv" {
			lines = lines[1:]
		}
		if code != 0 || len(lines) != events {
			t.Errorf("export %s: exit %d, %d lines for %d events: %s", format, code, len(lines), events, errs)
		}
		if format == "gdelt" && len(strings.Split(lines[0], "\t")) != 61 {
			t.Errorf("GDELT line has %d columns", len(strings.Split(lines[0], "\t")))
		}
	}

	// show: the event, its mention, the sentence with the actors and verb marked.
	_, out, _ = dyadRun(t, "query", "--db", db, "--source", "CHN", "--target", "IRN", "--text", "Wei Fenghe", "--format", "tsv")
	f := strings.Split(strings.Split(out, "\n")[1], "\t")
	code, out, errs = dyadRun(t, "show", "--db", db, f[0])
	if code != 0 || !strings.Contains(out, "mention 1 of") || !strings.Contains(out, "]S") || !strings.Contains(out, "]V") || !strings.Contains(out, "story.txt") {
		t.Errorf("show %s: exit %d\n%s%s", f[0], code, out, errs)
	}
	if code, _, errs := dyadRun(t, "show", "--db", db, "12345"); code != 2 || !strings.Contains(errs, "not found") {
		t.Errorf("show of an absent event: exit %d: %s", code, errs)
	}
	code, out, _ = dyadRun(t, "show", "--db", db, "--rejects")
	if code != 0 || !strings.Contains(out, "wire.jsonl:3") {
		t.Errorf("show --rejects: %s", out)
	}

	// Ingesting again adds nothing.
	before := dump(t, db)
	code, out, _ = dyadRun(t, "ingest", "--db", db, "--date", "2019-03-05", dir)
	if code != 3 || !strings.Contains(out, "0 coded, 1 rejected, 5 already stored") {
		t.Errorf("second ingest: exit %d: %s", code, out)
	}
	if after := dump(t, db); after != before {
		t.Error("the second ingest changed the store")
	}
}

func TestStoreErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.db")
	os.WriteFile(bad, bytes.Repeat([]byte("garbage "), 1000), 0o644)
	cases := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"query", "--db", filepath.Join(dir, "none.db")}, 2, "no such store"},
		{[]string{"query", "--db", bad}, 2, bad + ": not a usable dyad store"},
		{[]string{"ingest", "--db", bad, dir}, 2, bad},
		{[]string{"query", "--db", bad, "--since", "May"}, 2, "want YYYY-MM-DD"},
		{[]string{"trend", "--db", bad, "--interval", "hour"}, 2, ""},
		{[]string{"export", "--db", bad, "--format", "xml"}, 2, ""},
		{[]string{"ingest", "--db", bad}, 2, "no inputs"},
	}
	for _, c := range cases {
		code, _, errs := dyadRun(t, c.args...)
		if code != c.code || !strings.Contains(errs, c.msg) {
			t.Errorf("dyad %v: exit %d, %q; want %d with %q", c.args, code, errs, c.code, c.msg)
		}
	}
}

func dump(t *testing.T, path string) string {
	t.Helper()
	db, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	return storetest.Dump(t, db)
}

// TestHelperIngest is not a test: TestIngestKilled runs the test binary as
// "dyad ingest" through it, so that it can SIGKILL a real process.
func TestHelperIngest(t *testing.T) {
	args := os.Getenv("DYAD_HELPER_ARGS")
	if args == "" {
		t.Skip("helper process")
	}
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	os.Exit(m.Run(context.Background(), strings.Split(args, "\x1f")))
}

// killCorpus writes 240 news stories of four sentences from the codebook's
// examples, a third of them copied on a wire (JSON lines): enough that an
// ingest runs long past its start-up, so the kills land mid-ingest.
func killCorpus(t *testing.T) string {
	return storyCorpus(t, 240, func(i, k, n int) int { return (i*4 + k) % n },
		func(i int) string { return fmt.Sprintf("Story %d. ", i) }) // unique: no two share an id
}

// TestIngestKilled SIGKILLs real "dyad ingest" processes at random moments,
// runs ingest once more to the end, and expects the store an uninterrupted
// run makes.
func TestIngestKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts several processes")
	}
	dir := killCorpus(t)
	want := filepath.Join(t.TempDir(), "want.db")
	args := []string{"ingest", "--db", want, "--date", "2020-01-02", "--batch", "4", "--workers", "2", dir}
	if code, out, errs := dyadRun(t, args...); code != 0 {
		t.Fatalf("uninterrupted ingest: exit %d\n%s%s", code, out, errs)
	}
	wantDump := dump(t, want)

	got := filepath.Join(t.TempDir(), "got.db")
	args[2] = got
	start := func() (*exec.Cmd, *bytes.Buffer) {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperIngest$")
		cmd.Env = append(os.Environ(), "DYAD_HELPER_ARGS="+strings.Join(args, "\x1f"))
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, &out
	}
	// Time one whole run to spread the kills over it.
	t0 := time.Now()
	cmd, out := start()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("helper ingest: %v\n%s", err, out)
	}
	whole := time.Since(t0)
	os.Remove(got)
	os.Remove(got + "-wal")
	os.Remove(got + "-shm")

	// Kill each run once it has stored a random number of further
	// documents, so that each kill lands mid-ingest (between or inside
	// batches) however fast the machine is; the first run may also be
	// killed during start-up, before anything is stored.
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	stored := func() int {
		db, err := sqlite.Open(got, sqlite.Options{})
		if err != nil {
			return 0
		}
		defer db.Close()
		st, _ := db.Stats(context.Background())
		return st.Documents + st.Rejected
	}
	kills, partial := 0, 0
	for i := 0; i < 5; i++ {
		before := stored()
		cmd, out := start()
		if i == 0 && r.IntN(2) == 0 {
			time.Sleep(time.Duration(float64(whole) * r.Float64() / 4))
		} else {
			target := before + 1 + r.IntN(12)
			for deadline := time.Now().Add(2 * whole); stored() < target && time.Now().Before(deadline); {
				time.Sleep(time.Duration(r.IntN(5)) * time.Millisecond)
			}
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		err := cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			kills++
		} else if err != nil {
			t.Fatalf("run %d: %v\n%s", i, err, out)
		}
		n := stored()
		if n > before {
			partial++
		}
		t.Logf("run %d: %v with %d documents stored (%d before)", i, err, n, before)
	}
	if kills == 0 || partial == 0 {
		t.Fatalf("%d runs killed, %d of them after storing something: the test proves little", kills, partial)
	}
	code, outS, errs := dyadRun(t, args...)
	if code != 0 {
		t.Fatalf("final ingest: exit %d\n%s%s", code, outS, errs)
	}
	if d := dump(t, got); d != wantDump {
		t.Errorf("store after kills differs from an uninterrupted run (%d bytes vs %d)", len(d), len(wantDump))
	}
}

// TestIngestRecordsModel ingests one story with the learned component and
// once without it: each stored event says, through show, which dictionaries
// and whether a learned model coded it.
func TestIngestRecordsModel(t *testing.T) {
	story := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(story, []byte(textChinaIran+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		flags []string
		want  string
	}{
		{nil, ", learned " + learn.Version() + " " + learn.RolesVersion()},
		{[]string{"--no-learn"}, ", no learned model"},
	} {
		db := filepath.Join(t.TempDir(), "dyad.db")
		args := append([]string{"ingest", "--db", db, "--date", "2019-03-05"}, c.flags...)
		if code, out, errs := dyadRun(t, append(args, story)...); code != 0 {
			t.Fatalf("ingest %v: exit %d\n%s%s", c.flags, code, out, errs)
		}
		_, out, _ := dyadRun(t, "query", "--db", db, "--format", "tsv")
		lines := strings.Split(out, "\n")
		if len(lines) < 2 || lines[1] == "" {
			t.Fatalf("ingest %v stored no event:\n%s", c.flags, out)
		}
		id := strings.Split(lines[1], "\t")[0]
		code, out, errs := dyadRun(t, "show", "--db", db, id)
		if want := "dicts      " + pipeline.DictVersion() + c.want; code != 0 || !strings.Contains(out, want) {
			t.Errorf("ingest %v, show %s: exit %d, want %q in\n%s%s", c.flags, id, code, want, out, errs)
		}
	}
}
