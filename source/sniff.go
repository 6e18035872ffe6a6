package source

import (
	"bytes"
	"compress/gzip"
	"io"
)

// Kinds sniff returns besides the formats.
const (
	kindGzip   = "gzip"
	kindBinary = "binary"
	kindXML    = "xml"
	kindJSON   = "json" // an array or pretty-printed objects, read by readJSON
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// sniff guesses the format of an input from its first bytes: a format name,
// or kindGzip, kindBinary or kindXML.
func sniff(head []byte) string {
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		return kindGzip
	}
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return WARC
	}
	if looksBinary(head) {
		return kindBinary
	}
	b := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	switch {
	case len(b) == 0:
		return Text
	case b[0] == '{' && jsonStart(b) && jsonLinesHead(b):
		return JSONL
	case jsonStart(b):
		return kindJSON
	case b[0] == '<':
		if isHTML(b) {
			return HTML
		}
		if bytes.HasPrefix(b, []byte("<?xml")) {
			return kindXML
		}
	}
	return Text
}

var htmlMarks = [][]byte{
	[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"),
	[]byte("<article"), []byte("<div"), []byte("<p>"), []byte("<p "), []byte("<title"), []byte("<meta"),
}

// isHTML reports whether b, which starts with '<', looks like an HTML page.
func isHTML(b []byte) bool {
	low := bytes.ToLower(b)
	for _, m := range htmlMarks {
		if bytes.Contains(low, m) {
			return true
		}
	}
	return false
}

// looksBinary reports whether b holds a NUL byte or too many control bytes to
// be text.
func looksBinary(b []byte) bool {
	ctl := 0
	for _, c := range b {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b:
			ctl++
		}
	}
	return ctl*20 > len(b) // more than 5% control bytes
}

// describeBinary names common binary formats for reject reasons.
func describeBinary(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("%PDF")):
		return "PDF"
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		return "zip"
	case bytes.HasPrefix(b, []byte("\x89PNG")):
		return "PNG image"
	case bytes.HasPrefix(b, []byte("\xff\xd8\xff")):
		return "JPEG image"
	case bytes.HasPrefix(b, []byte("\xff\xfe")), bytes.HasPrefix(b, []byte("\xfe\xff")):
		return "UTF-16 text; convert it to UTF-8"
	}
	return "NUL or control bytes"
}

// gzipHoldsWARC reports whether the gzip stream starting with head
// decompresses to a WARC record.
func gzipHoldsWARC(head []byte) bool {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	var b [5]byte
	n, _ := io.ReadFull(zr, b[:])
	return bytes.Equal(b[:n], []byte("WARC/"))
}

// jsonStart reports whether b starts like a JSON object or an array of
// objects ("{ \"", "[ {"), not like text that opens with a bracket.
func jsonStart(b []byte) bool {
	if len(b) == 0 || (b[0] != '{' && b[0] != '[') {
		return false
	}
	rest := bytes.TrimLeft(b[1:], " \t\r\n")
	if len(rest) == 0 {
		return true
	}
	if b[0] == '{' {
		return rest[0] == '"' || rest[0] == '}'
	}
	return rest[0] == '{' || rest[0] == ']'
}
