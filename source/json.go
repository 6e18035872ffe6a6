package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/dyadproject/dyad"
)

// jsonLinesHead reports whether head, which starts with '{', is JSON lines
// rather than pretty-printed objects: only a first line that opens an object
// and leaves it open ("{", or "{" followed by a key and nothing else
// complete) is taken as pretty-printed. A malformed first line of JSON lines
// is then still one rejected line, not a reason to misread the whole file.
func jsonLinesHead(head []byte) bool {
	line, _, _ := bytes.Cut(head, []byte{'\n'})
	line = bytes.TrimSpace(bytes.TrimPrefix(line, utf8BOM))
	if bytes.Equal(line, []byte("{")) {
		return false
	}
	// "{ \"id\": 1," opening a pretty-printed object on the same line.
	return !(bytes.HasSuffix(line, []byte(",")) && !bytes.HasSuffix(line, []byte("},")) ||
		bytes.HasSuffix(line, []byte("{")) || bytes.HasSuffix(line, []byte("[")))
}

// readJSON reads a JSON array of document objects, or a sequence of
// (pretty-printed) objects, from an input of at most Options.MaxSize bytes.
// Each object becomes a document like a JSON line; offsets are those of the
// objects.
func (rd *run) readJSON(br *bufio.Reader) error {
	data, over, err := readLimited(br, rd.opts.maxSize())
	switch {
	case err != nil:
		rd.fail(int64(len(data)), 0, "read: %v", err)
		return nil
	case over:
		rd.fail(0, 0, "JSON input over the size limit of %d bytes; write one object per line (JSON lines) instead", rd.opts.maxSize())
		return nil
	}
	if i := invalidUTF8(data); i >= 0 {
		rd.fail(int64(i), 0, "invalid UTF-8 at byte %d", i)
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	array := bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(data, utf8BOM), " \t\r\n"), []byte{'['})
	if array {
		dec.Token() // the '['
	}
	for {
		if err := rd.ctx.Err(); err != nil {
			return err
		}
		if array && !dec.More() {
			return nil
		}
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) {
			return nil
		}
		off := dec.InputOffset() - int64(len(raw))
		if err != nil {
			rd.fail(dec.InputOffset(), lineAt(data, dec.InputOffset()), "malformed JSON: %v", err)
			return nil // the decoder cannot resynchronise
		}
		if err := rd.jsonValue(raw, off, lineAt(data, off)); err != nil {
			return err
		}
	}
}

// jsonValue turns one JSON object at off into a document or a reject.
func (rd *run) jsonValue(b []byte, off int64, line int) error {
	doc, why := parseJSONDoc(b)
	if why != "" {
		rd.fail(off, line, "%s", why)
		return nil
	}
	if why := badText([]byte(doc.Text)); why != "" {
		rd.reject(dyad.Reject{Input: rd.name, Offset: off, Line: line, DocID: doc.ID, Reason: why, Kind: "rejected"})
		return nil
	}
	rd.fill(doc, JSONL, off)
	return rd.emit(doc)
}

// lineAt returns the 1-based line number of byte off of data.
func lineAt(data []byte, off int64) int {
	off = min(max(off, 0), int64(len(data)))
	return bytes.Count(data[:off], []byte{'\n'}) + 1
}
