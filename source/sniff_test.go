package source

import "testing"

func TestSniff(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\x1f\x8b\x08\x00", kindGzip},
		{"WARC/1.1\r\n", WARC},
		{`{"text": "a"}` + "\n", JSONL},
		{`{"text": "a"} junk` + "\n{}", JSONL},
		{"{\n  \"text\": \"a\"\n}", kindJSON},
		{"{ \"id\": 1,\n  \"text\": \"a\"}", kindJSON},
		{"[\n{\"text\": \"a\"}]", kindJSON},
		{`[{"text": "a"}]`, kindJSON},
		{"[UPDATE] Rescue teams arrived.", Text},
		{"{Editor's note} text", Text},
		{"\xef\xbb\xbf<!DOCTYPE html><html>", HTML},
		{"  <html><body>", HTML},
		{"<p>A fragment.</p>", HTML},
		{"<?xml version=\"1.0\"?><Sentences>", kindXML},
		{"<Sentences><Sentence>", Text},
		{"%PDF-1.4\n\x00\x01", kindBinary},
		{"plain \x01\x02\x03\x04\x05\x06 many controls", kindBinary},
		{"Plain story text.\n", Text},
		{"", Text},
	} {
		if got := sniff([]byte(c.in)); got != c.want {
			t.Errorf("sniff(%.20q) = %s, want %s", c.in, got, c.want)
		}
	}
}
