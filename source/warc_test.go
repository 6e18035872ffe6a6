package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/nlnwa/gowarc/v3"

	"github.com/dyadproject/dyad"
)

// warcRecord describes one record of the test WARC file.
type warcRecordSpec struct {
	typ     gowarc.RecordType
	uri     string
	date    string
	ctype   string // WARC Content-Type
	content string
}

func httpResponse(status, ctype, extra, body string) string {
	return "HTTP/1.1 " + status + "\r\nContent-Type: " + ctype + "\r\n" + extra + "Content-Length: " +
		itoa(len(body)) + "\r\n\r\n" + body
}

func itoa(n int) string { return strconv.Itoa(n) }

const msgResponse = "application/http;msgtype=response"

// warcFixture lists the records of the test WARC: what a Common Crawl News
// file holds (warcinfo, requests, responses) plus the cases a reader must
// handle (non-HTML, error status, charsets, gzip-encoded payload, WET text).
func warcFixture(t testing.TB) []warcRecordSpec {
	article, err := os.ReadFile("testdata/html/input.html")
	if err != nil {
		t.Fatal(err)
	}
	latin1, err := os.ReadFile("testdata/html-latin1/input.html")
	if err != nil {
		t.Fatal(err)
	}
	// Undeclared Windows-1252 page: the HTTP header names the charset.
	noMeta := bytes.Replace(latin1, []byte(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`), nil, 1)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`<html><head><title>Border reopens</title></head><body><article><p>` +
		strings.Repeat("The border crossing reopened to trucks on Sunday after a week of closures that stranded hundreds of drivers. ", 6) +
		`</p></article></body></html>`))
	zw.Close()
	return []warcRecordSpec{
		{gowarc.Warcinfo, "", "2024-05-01T10:00:00Z", "application/warc-fields", "software: dyad test\r\nformat: WARC File Format 1.1\r\n"},
		{gowarc.Request, "https://ledger.example/world/grain", "2024-05-01T10:00:01Z", "application/http;msgtype=request",
			"GET /world/grain HTTP/1.1\r\nHost: ledger.example\r\n\r\n"},
		{gowarc.Response, "https://ledger.example/world/grain", "2024-05-01T10:00:02Z", msgResponse,
			httpResponse("200 OK", "text/html; charset=utf-8", "", string(article))},
		{gowarc.Response, "https://ledger.example/logo.jpg", "2024-05-01T10:00:03Z", msgResponse,
			httpResponse("200 OK", "image/jpeg", "", "\xff\xd8\xff\xe0fakejpeg")},
		{gowarc.Response, "https://ledger.example/gone", "2024-05-01T10:00:04Z", msgResponse,
			httpResponse("404 Not Found", "text/html", "", "<html><body>not found</body></html>")},
		{gowarc.Response, "https://cafe.example/news/tax", "2024-05-01T10:00:05Z", msgResponse,
			httpResponse("200 OK", "text/html; charset=windows-1252", "", string(noMeta))},
		{gowarc.Response, "https://border.example/trucks", "2024-05-01T10:00:06Z", msgResponse,
			httpResponse("200 OK", "text/html", "Content-Encoding: gzip\r\n", gz.String())},
		{gowarc.Conversion, "https://wire.example/quake", "2024-05-01T10:00:07Z", "text/plain",
			"An earthquake of magnitude 5.8 struck the coastal province early on Saturday, damaging houses in three villages.\n"},
		{gowarc.Response, "https://untyped.example/page", "2024-05-01T10:00:09Z", msgResponse,
			"HTTP/1.1 200 OK\r\n\r\n<!DOCTYPE html><html><body><p>A page served without a Content-Type header is sniffed and read.</p></body></html>"},
		{gowarc.Response, "https://untyped.example/data", "2024-05-01T10:00:10Z", msgResponse,
			"HTTP/1.1 200 OK\r\n\r\n\x00\x01binary"},
		{gowarc.Response, "https://broken.example/bad", "2024-05-01T10:00:08Z", msgResponse,
			httpResponse("200 OK", "text/html; charset=utf-8", "", "<html><body><p>bad \xff\xfe byte</p></body></html>")},
	}
}

// writeWARC writes the fixture with gowarc's record builder and marshaler,
// each record in its own gzip member when gz is set (as .warc.gz files are).
func writeWARC(t testing.TB, recs []warcRecordSpec, gz bool) []byte {
	t.Helper()
	var out bytes.Buffer
	m := gowarc.NewMarshaler()
	for i, spec := range recs {
		rb := gowarc.NewRecordBuilder(spec.typ, gowarc.WithAddMissingDigest(true))
		rb.AddWarcHeader(gowarc.WarcRecordID, "<urn:uuid:00000000-0000-4000-8000-"+strings.Repeat("0", 11)+itoa(i+1)+">")
		rb.AddWarcHeader(gowarc.WarcDate, spec.date)
		rb.AddWarcHeader(gowarc.ContentType, spec.ctype)
		if spec.uri != "" {
			rb.AddWarcHeader(gowarc.WarcTargetURI, spec.uri)
		}
		if _, err := rb.WriteString(spec.content); err != nil {
			t.Fatal(err)
		}
		rec, _, err := rb.Build()
		if err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		if gz {
			zw := gzip.NewWriter(&out)
			if _, _, err := m.Marshal(zw, rec, 0); err != nil {
				t.Fatal(err)
			}
			zw.Close()
		} else if _, _, err := m.Marshal(&out, rec, 0); err != nil {
			t.Fatal(err)
		}
		rec.Close()
	}
	return out.Bytes()
}

func readBytes(t testing.TB, name string, data []byte, opts Options) result {
	t.Helper()
	var res result
	err := Read(context.Background(), bytes.NewReader(data), name, opts,
		func(d *dyad.Document) error { res.Docs = append(res.Docs, d); return nil },
		func(r dyad.Reject) { res.Rejects = append(res.Rejects, r) })
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return res
}

// TestWARC reads the fixture plain, gzipped and truncated in the middle of
// the last good HTML record, and compares with golden files.
func TestWARC(t *testing.T) {
	recs := warcFixture(t)
	plain := writeWARC(t, recs, false)
	gz := writeWARC(t, recs, true)
	cut := func(b []byte, marker string) []byte {
		// Cut the stream in the middle of the record holding marker.
		i := bytes.Index(b, []byte(marker))
		if i < 0 {
			t.Fatalf("marker %q not found", marker)
		}
		return b[:i]
	}
	gzCut := gz[:warcMemberStart(t, gz, 5)+300] // inside the Windows-1252 page
	cases := []struct {
		name string
		data []byte
	}{
		{"warc", plain},
		{"warc-gz", gz},
		{"warc-truncated", cut(plain, "Representatives of the owners")},
		{"warc-gz-truncated", gzCut},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := readBytes(t, c.name, c.data, Options{})
			checkGolden(t, "testdata/"+c.name, res)
			// Parallel extraction delivers the same results in the same order.
			par := readBytes(t, c.name, c.data, Options{Workers: 4})
			if a, b := mustJSON(t, res), mustJSON(t, par); a != b {
				t.Errorf("Workers: 4 gave\n%s\nwant\n%s", b, a)
			}
			for _, d := range res.Docs {
				if !bytes.HasPrefix(c.data[d.InputOffset:], []byte("WARC/1.1")) && !bytes.HasPrefix(c.data[d.InputOffset:], []byte{0x1f, 0x8b}) {
					t.Errorf("doc %s: offset %d is not the start of a record", d.ID, d.InputOffset)
				}
			}
		})
	}
	// The gzip file has the same documents as the plain one.
	a, b := readBytes(t, "a", plain, Options{}), readBytes(t, "b", gz, Options{})
	if len(a.Docs) != len(b.Docs) || len(a.Docs) < 4 {
		t.Fatalf("plain gave %d docs, gzip %d", len(a.Docs), len(b.Docs))
	}
	for i := range a.Docs {
		if a.Docs[i].ID != b.Docs[i].ID || a.Docs[i].Text != b.Docs[i].Text {
			t.Errorf("doc %d differs between plain and gzip", i)
		}
	}
}

// warcMemberStart returns the offset of the n-th (0-based) gzip member.
func warcMemberStart(t testing.TB, b []byte, n int) int {
	t.Helper()
	r := bytes.NewReader(b)
	for i := 0; i < n; i++ {
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatal(err)
		}
		zr.Multistream(false)
		if _, err := io.Copy(io.Discard, zr); err != nil {
			t.Fatal(err)
		}
	}
	return len(b) - r.Len()
}

// TestWARCSizeLimit rejects payloads over Options.MaxSize and goes on.
func TestWARCSizeLimit(t *testing.T) {
	res := readBytes(t, "x.warc", writeWARC(t, warcFixture(t), false), Options{MaxSize: 1000})
	over := 0
	for _, r := range res.Rejects {
		if strings.Contains(r.Reason, "size limit") {
			over++
		}
	}
	if over == 0 || len(res.Docs) == 0 {
		t.Errorf("want some payloads over 1000 bytes rejected and small ones read; got %d docs, rejects %+v", len(res.Docs), res.Rejects)
	}
}

// TestWARCResync damages the middle of a WARC file — junk between records,
// a record whose header is cut — and checks that the records after the
// damage are still read.
func TestWARCResync(t *testing.T) {
	recs := warcFixture(t)
	var parts [][]byte
	for i := range recs {
		parts = append(parts, writeWARC(t, recs[i:i+1], false))
	}
	good := readBytes(t, "good", writeWARC(t, recs, false), Options{})
	var damaged []byte
	for i, p := range parts {
		switch i {
		case 3:
			damaged = append(damaged, "junk that is not a record\r\n"...)
		case 4:
			damaged = append(damaged, p[:60]...) // header cut short
			damaged = append(damaged, "\r\n\r\n"...)
		}
		damaged = append(damaged, p...)
	}
	res := readBytes(t, "damaged", damaged, Options{})
	if len(res.Docs) != len(good.Docs) {
		t.Errorf("%d documents from the damaged file, %d from the good one; rejects %+v", len(res.Docs), len(good.Docs), res.Rejects)
	}
	junk := 0
	for _, r := range res.Rejects {
		if strings.Contains(r.Reason, "not WARC and were skipped") {
			junk++
		}
	}
	if junk != 1 || len(res.Rejects) <= len(good.Rejects) {
		t.Errorf("damage went unreported: %+v", res.Rejects)
	}
}

func mustJSON(t testing.TB, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestWARCWorkersStop checks that an emit error stops a parallel read and
// is returned, with no delivery after it.
func TestWARCWorkersStop(t *testing.T) {
	data := bytes.Repeat(writeWARC(t, warcFixture(t), false), 10)
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), bytes.NewReader(data), "x", Options{Workers: 3},
		func(*dyad.Document) error {
			n++
			if n == 7 {
				return stop
			}
			return nil
		}, func(dyad.Reject) {})
	if !errors.Is(err, stop) || n != 7 {
		t.Errorf("err %v after %d documents", err, n)
	}
}

// TestWARCGarbage reads files of nothing but damaged records: each is
// reported, and a long run of damage ends the file with one more reject.
func TestWARCGarbage(t *testing.T) {
	for _, c := range []struct {
		junk string
		want string
	}{
		{"WARC/1.1\r\nbroken\r\n\r\n", "without a known WARC-Type"},
		{"WARC/9\r\nContent-Length: x\r\n\r\n", "truncated WARC record"},
		{"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\nabc\r\n\r\n", ""},
	} {
		res := readBytes(t, "x", bytes.Repeat([]byte(c.junk), 30), Options{})
		if len(res.Docs) != 0 || len(res.Rejects) < 30 {
			t.Errorf("%q: %d docs, %d rejects, want 0 and at least 30", c.junk, len(res.Docs), len(res.Rejects))
			continue
		}
		if !strings.Contains(res.Rejects[0].Reason, c.want) {
			t.Errorf("%q: first reject %q, want %q", c.junk, res.Rejects[0].Reason, c.want)
		}
	}
}
