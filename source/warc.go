package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"maps"
	"mime"
	"strconv"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/dyadproject/dyad"
)

// maxWARCErrors stops reading a WARC file after this many bad records in a
// row: the rest is most likely not WARC at all.
const maxWARCErrors = 20

// readWARC reads a WARC or WARC.gz stream record by record. HTTP responses
// with HTML payloads become documents (URL from WARC-Target-URI, offset of
// the record, date from the page or else WARC-Date); WET conversion records
// become text documents. Other responses (images, errors, redirects) are
// reported as skipped; request and metadata records are not documents.
//
// Records are read in order; with Options.Workers > 1 the main-text
// extraction of several pages runs at once, and documents and rejects are
// still delivered in record order.
func (rd *run) readWARC(br *bufio.Reader) error {
	wr, err := gowarc.NewWarcFileReaderFromStream(br, 0)
	if err != nil {
		rd.fail(0, 0, "WARC: %v", err)
		return nil
	}
	defer wr.Close()
	q := newOrdered(rd.opts.Workers)
	defer q.wait()
	var end int64 = -1 // end of the last record that failed
	bad := 0
	for {
		if err := rd.ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		if err == io.EOF {
			return q.flush()
		}
		if err != nil {
			rec.Close()
			off, reason := rec.Offset, warcReason(err)
			if err := q.add(ready(func() error { rd.fail(off, 0, "WARC record: %v", reason); return nil })); err != nil {
				return err
			}
			after := rec.Offset + rec.Size
			if bad++; after <= end || bad >= maxWARCErrors {
				// No progress, or nothing but damage: stop rather than loop.
				n := bad
				if err := q.add(ready(func() error {
					rd.fail(after, 0, "rest of the WARC file not read after %d bad records in a row", n)
					return nil
				})); err != nil {
					return err
				}
				return q.flush()
			}
			end = after
			continue
		}
		bad = 0
		work := rd.warcRecord(rec)
		rec.Close()
		if err := q.add(work); err != nil {
			return err
		}
	}
}

// warcRecord reads one WARC record and returns the work that turns it into
// a document, a reject or nothing. The work may run on another goroutine; the
// function it returns delivers the result and runs in record order.
func (rd *run) warcRecord(rec gowarc.Record) func() func() error {
	r, off := rec.WarcRecord, rec.Offset
	var early []func() // rejects to deliver before the record's own result
	for _, v := range rec.Validation {
		if strings.Contains(v.Error(), "after expected offset") {
			// gowarc skipped bytes that were not a record: say so.
			early = append(early, func() { rd.fail(off, 0, "bytes before this record are not WARC and were skipped (%v)", v) })
		}
	}
	deliver := func(f func() error) func() func() error {
		return ready(func() error {
			for _, e := range early {
				e()
			}
			return f()
		})
	}
	failed := func(format string, args ...any) func() func() error {
		return deliver(func() error { rd.fail(off, 0, format, args...); return nil })
	}
	for _, v := range rec.Validation {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) {
			return failed("truncated WARC record: %v", v)
		}
	}
	nothing := deliver(func() error { return nil })
	h := r.WarcHeader()
	target := h.Get(gowarc.WarcTargetURI)
	switch r.Type() {
	case gowarc.Response, gowarc.Resource, gowarc.Conversion:
	case 0:
		return failed("WARC record without a known WARC-Type (%q)", h.Get(gowarc.WarcType))
	default:
		return nothing // warcinfo, request, metadata, revisit: not documents
	}
	ctype := h.Get(gowarc.ContentType)
	status := 0
	var enc string
	if hb, ok := r.Block().(gowarc.HttpResponseBlock); ok {
		status = hb.HttpStatusCode()
		if hh := hb.HttpHeader(); hh != nil {
			ctype = hh.Get("Content-Type")
			enc = hh.Get("Content-Encoding")
		}
	}
	skipped := func(reason, detail string) func() func() error {
		return deliver(func() error { rd.skip(off, reason, detail); return nil })
	}
	if status != 0 && (status < 200 || status > 299) {
		return skipped("HTTP status "+strconv.Itoa(status), target)
	}
	media, _, _ := mime.ParseMediaType(ctype)
	isHTML := media == "text/html" || media == "application/xhtml+xml"
	isText := r.Type() == gowarc.Conversion && media == "text/plain"
	unknown := media == "" || media == "application/octet-stream" // decided by sniffing the payload
	if !isHTML && !isText && !unknown {
		return skipped("not an HTML page", media+" "+target)
	}
	var payload io.Reader
	var err error
	if pb, ok := r.Block().(gowarc.PayloadBlock); ok {
		payload, err = pb.PayloadBytes()
	} else {
		payload, err = r.Block().RawBytes()
	}
	if err != nil {
		return failed("WARC payload: %v", err)
	}
	data, over, err := readLimited(payload, rd.opts.maxSize())
	switch {
	case err != nil:
		return failed("WARC payload: %v", warcReason(err))
	case over:
		return failed("document over the size limit of %d bytes", rd.opts.maxSize())
	}
	if strings.EqualFold(enc, "gzip") && len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b {
		if data, over, err = gunzip(data, rd.opts.maxSize()); err != nil || over {
			return failed("gzip-encoded payload: %v", errOr(err, "over the size limit"))
		}
	}
	if unknown {
		if sniff(data[:min(len(data), sniffLen)]) != HTML {
			return skipped("not an HTML page", "no content type, content not HTML "+target)
		}
		isHTML = true
	}
	meta := map[string]string{}
	warcDate, derr := r.Date()
	if derr == nil {
		meta["warc_date"] = warcDate.UTC().Format(time.RFC3339)
	}
	if id := h.Get(gowarc.WarcRecordID); id != "" {
		meta["warc_record_id"] = id
	}
	return func() func() error {
		var doc *dyad.Document
		var why string
		if isHTML {
			doc, why = htmlDoc(data, target, ctype)
		} else if why = badText(data); why == "" {
			doc = &dyad.Document{URL: target, Text: string(data), ID: DocID("", target, string(data))}
		}
		return func() error {
			for _, e := range early {
				e()
			}
			if why != "" {
				rd.reject(dyad.Reject{Input: rd.name, Offset: off, Reason: why, Kind: "rejected", Detail: target})
				return nil
			}
			if doc.Source == "" {
				doc.Source = hostName(target)
			}
			if doc.Date.IsZero() && derr == nil {
				doc.Date = warcDate.UTC()
			}
			if doc.Meta == nil {
				doc.Meta = meta
			} else {
				maps.Copy(doc.Meta, meta)
			}
			rd.fill(doc, WARC, off)
			return rd.emit(doc)
		}
	}
}

func gunzip(data []byte, max int64) ([]byte, bool, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, false, err
	}
	return readLimited(zr, max)
}

func errOr(err error, s string) string {
	if err != nil {
		return err.Error()
	}
	return s
}

// warcReason shortens gowarc's error for a reject reason.
func warcReason(err error) string {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return "truncated: " + err.Error()
	}
	return err.Error()
}
