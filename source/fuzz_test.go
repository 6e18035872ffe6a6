package source

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// FuzzRead feeds arbitrary bytes to every reader: no panics, every document
// has an id and valid non-blank text, every reject says where and why.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/input*")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, uint8(0))
		}
	}
	recs := warcFixture(f)
	plain, gz := writeWARC(f, recs, false), writeWARC(f, recs, true)
	f.Add(plain, uint8(4))
	f.Add(gz, uint8(0))
	f.Add(plain[:len(plain)/2], uint8(0))
	f.Add(gz[:len(gz)/3], uint8(4))
	f.Add([]byte("{\"text\":\"a\"}\n{\"text\":"), uint8(2))
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999999999\r\n\r\n"), uint8(0))
	formats := []string{Auto, Text, JSONL, HTML, WARC}
	f.Fuzz(func(t *testing.T, data []byte, fi uint8) {
		opts := Options{Format: formats[int(fi)%len(formats)], MaxSize: 1 << 16, Workers: int(fi/8) % 3}
		n := 0
		err := Read(context.Background(), bytes.NewReader(data), "fuzz", opts,
			func(d *dyad.Document) error {
				n++
				if d.ID == "" || len(bytes.TrimSpace([]byte(d.Text))) == 0 || !utf8.ValidString(d.Text) {
					t.Errorf("bad document %+v", d)
				}
				if int64(len(d.Text)) > 4*opts.MaxSize {
					t.Errorf("document of %d bytes over the limit", len(d.Text))
				}
				if d.InputOffset < 0 || d.Input != "fuzz" {
					t.Errorf("bad provenance %q@%d", d.Input, d.InputOffset)
				}
				return nil
			},
			func(r dyad.Reject) {
				if r.Input != "fuzz" || r.Reason == "" || r.Offset < 0 {
					t.Errorf("bad reject %+v", r)
				}
			})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
	})
}
