package source

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/dyadproject/dyad"
)

// Read reads the documents of one input stream — a file's contents or stdin —
// named name in documents and rejects. Documents go to emit, records that
// cannot become documents go to reject, and reading goes on after each reject.
// Read returns an error only when ctx is done or emit fails.
//
// A gzip stream holding a WARC file is read record by record; any other gzip
// stream is decompressed and its content sniffed, and offsets then count bytes
// of the decompressed content.
func Read(ctx context.Context, r io.Reader, name string, opts Options, emit EmitFunc, reject RejectFunc) error {
	if !ValidFormat(opts.Format) {
		return dyad.Errorf(dyad.EINVALID, "source: unknown input format %q (want text, jsonl, html or warc)", opts.Format)
	}
	rd := &run{ctx: ctx, name: name, opts: opts, emit: emit, reject: reject}
	return rd.read(r, opts.Format, false)
}

// run is the state of reading one input.
type run struct {
	ctx    context.Context
	name   string
	opts   Options
	emit   EmitFunc
	reject RejectFunc
}

// fail records a reject of the whole input or of one record in it.
func (rd *run) fail(off int64, line int, format string, args ...any) {
	rd.reject(dyad.Reject{
		Input:  rd.name,
		Offset: off,
		Line:   line,
		Reason: fmt.Sprintf(format, args...),
		Kind:   "rejected",
	})
}

// fill sets the provenance of doc and the defaults for what its input lacks.
func (rd *run) fill(doc *dyad.Document, format string, off int64) {
	doc.Input, doc.InputOffset, doc.Format = rd.name, off, format
	if doc.Date.IsZero() {
		doc.Date = rd.opts.Date
	}
	if doc.Source == "" {
		doc.Source = rd.opts.Source
	}
}

// skip records a record that is deliberately not a document (e.g. an image
// in a WARC file).
func (rd *run) skip(off int64, reason, detail string) {
	rd.reject(dyad.Reject{Input: rd.name, Offset: off, Reason: reason, Kind: "skipped", Detail: detail})
}

const sniffLen = 4096

func (rd *run) read(r io.Reader, format string, unzipped bool) error {
	if err := rd.ctx.Err(); err != nil {
		return err
	}
	br := bufio.NewReaderSize(&stickyReader{r: r}, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull && len(head) == 0 {
		rd.fail(0, 0, "read: %v", err)
		return nil
	}
	if len(head) == 0 {
		rd.fail(0, 0, "empty input")
		return nil
	}
	kind := sniff(head)
	if kind == kindGzip && !unzipped {
		if format == WARC || (format == Auto && gzipHoldsWARC(head)) {
			return rd.readWARC(br)
		}
		zr, err := gzip.NewReader(br)
		if err != nil {
			rd.fail(0, 0, "gzip: %v", err)
			return nil
		}
		return rd.read(zr, format, true)
	}
	if format == Auto {
		switch kind {
		case kindGzip:
			rd.fail(0, 0, "gzip inside gzip is not read")
			return nil
		case kindBinary:
			rd.fail(0, 0, "binary input (%s)", describeBinary(head))
			return nil
		case kindXML:
			rd.fail(0, 0, "XML input that is not HTML; read PETRARCH XML with its own reader")
			return nil
		}
		format = kind
	}
	if format == JSONL && kind == kindJSON {
		format = kindJSON
	}
	switch format {
	case WARC:
		return rd.readWARC(br)
	case JSONL:
		return rd.readJSONL(br)
	case kindJSON:
		return rd.readJSON(br)
	case HTML:
		return rd.readHTMLFile(br)
	}
	return rd.readText(br)
}

// rejectPath rejects a whole input that could not be opened or read.
func rejectPath(reject RejectFunc, path string, why any) {
	reason := fmt.Sprint(why)
	var pe *fs.PathError
	if err, ok := why.(error); ok && errors.As(err, &pe) {
		reason = pe.Err.Error()
	}
	reject(dyad.Reject{Input: path, Reason: reason, Kind: "rejected"})
}

// stickyReader returns its first read error again on every later read, so
// an error met while sniffing is met again by the reader of the format, at
// the record where it happens.
type stickyReader struct {
	r   io.Reader
	err error
}

func (s *stickyReader) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.r.Read(p)
	s.err = err
	return n, err
}
