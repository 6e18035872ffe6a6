package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// Field names read from JSON lines, each with its aliases in order of
// preference. Fields not used for a document attribute are kept in Meta.
var (
	idFields     = []string{"id", "doc_id", "docid", "_id", "uuid"}
	urlFields    = []string{"url", "link", "source_url", "href"}
	titleFields  = []string{"title", "headline"}
	dateFields   = []string{"date", "published", "publish_date", "date_publish", "pubdate", "published_at", "datetime", "timestamp"}
	sourceFields = []string{"source", "source_name", "publisher", "site_name", "source_domain", "domain"}
	textFields   = []string{"text", "content", "body", "maintext", "article", "story"}
)

// readJSONL reads one document per line of JSON. Blank lines are ignored; a
// malformed line is rejected with its line number and reading goes on.
func (rd *run) readJSONL(br *bufio.Reader) error {
	var off int64
	for line := 1; ; line++ {
		if err := rd.ctx.Err(); err != nil {
			return err
		}
		b, n, over, err := readLine(br, rd.opts.maxSize())
		if err != nil && err != io.EOF {
			rd.fail(off, line, "read (input truncated?): %v", err)
			return nil
		}
		if len(b) > 0 || over {
			if err := rd.jsonLine(b, over, off, line); err != nil {
				return err
			}
		}
		off += n
		if err == io.EOF {
			return nil
		}
	}
}

// jsonLine turns one line into a document or a reject.
func (rd *run) jsonLine(b []byte, over bool, off int64, line int) error {
	if over {
		rd.fail(off, line, "line over the size limit of %d bytes", rd.opts.maxSize())
		return nil
	}
	b = bytes.TrimSpace(bytes.TrimPrefix(b, utf8BOM))
	if len(b) == 0 {
		return nil
	}
	if i := invalidUTF8(b); i >= 0 {
		rd.fail(off, line, "invalid UTF-8 at byte %d of the line", i)
		return nil
	}
	return rd.jsonValue(b, off, line)
}

// parseJSONDoc reads one JSON object into a document, or says why it cannot.
func parseJSONDoc(b []byte) (*dyad.Document, string) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber() // keep numbers (ids!) as written
	var obj map[string]any
	if err := dec.Decode(&obj); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &te):
			return nil, "not a JSON object but a JSON " + te.Value
		case errors.As(err, &se):
			return nil, "malformed JSON at byte " + strconv.FormatInt(se.Offset, 10) + " of the line: " + se.Error()
		case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
			return nil, "malformed JSON at byte " + strconv.Itoa(len(b)) + " of the line: unexpected end of JSON input"
		}
		return nil, "not a JSON object: " + err.Error()
	}
	if obj == nil {
		return nil, "not a JSON object: null"
	}
	if rest := bytes.TrimSpace(b[dec.InputOffset():]); len(rest) > 0 {
		return nil, "malformed JSON at byte " + strconv.FormatInt(dec.InputOffset(), 10) + " of the line: data after the object"
	}
	fields := make(map[string]string, len(obj))
	for k, v := range obj {
		fields[k] = jsonString(v)
	}
	take := func(names []string) string {
		for _, n := range names {
			if v, ok := fields[n]; ok && strings.TrimSpace(v) != "" {
				delete(fields, n)
				return v
			}
		}
		return ""
	}
	text := take(textFields)
	if text == "" {
		return nil, "no text (none of " + strings.Join(textFields, ", ") + " is a non-blank string)"
	}
	doc := &dyad.Document{
		URL:    strings.TrimSpace(take(urlFields)),
		Title:  strings.TrimSpace(take(titleFields)),
		Source: strings.TrimSpace(take(sourceFields)),
		Text:   text,
	}
	doc.ID = DocID(take(idFields), doc.URL, text)
	if raw := take(dateFields); raw != "" {
		if t, ok := parseTime(raw); ok {
			doc.Date = t
		} else {
			fields["date"] = raw // kept, not lost
		}
	}
	if len(fields) > 0 {
		doc.Meta = fields
	}
	return doc, ""
}

// jsonString renders a decoded JSON value as a string: strings as they are,
// numbers as written, null empty, anything else as compact JSON.
func jsonString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	case nil:
		return ""
	case bool:
		return strconv.FormatBool(v)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

var timeLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04:05Z07:00",
	"2006-01-02T15:04:05Z0700", time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC,
	dyad.DateLayout, "20060102", "2006/01/02", "January 2, 2006", "2 January 2006", "Jan 2, 2006", "2006-01", "2006",
}

// parseTime reads the date formats news feeds use, and Unix seconds or
// milliseconds.
func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC(), true
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		switch len(s) {
		case 9, 10: // Unix seconds (1973-2286)
			return time.Unix(n, 0).UTC(), true
		case 12, 13: // Unix milliseconds
			return time.UnixMilli(n).UTC(), true
		}
	}
	return time.Time{}, false
}

// readLine reads one line (without its newline) of at most max bytes. n is
// the number of bytes consumed including the newline. A longer line is
// consumed and discarded, and over is set. err is io.EOF after the last line.
func readLine(br *bufio.Reader, max int64) (line []byte, n int64, over bool, err error) {
	for {
		var part []byte
		part, err = br.ReadSlice('\n')
		n += int64(len(part))
		if !over {
			if int64(len(line)+len(part)) > max+1 {
				over, line = true, nil
			} else {
				line = append(line, part...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		break
	}
	line = bytes.TrimSuffix(line, []byte{'\n'})
	if err == nil && br.Buffered() == 0 {
		if _, perr := br.Peek(1); perr == io.EOF {
			err = io.EOF
		}
	}
	return line, n, over, err
}
