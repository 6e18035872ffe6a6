package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
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
func (rd *run) readWARC(br *bufio.Reader) error {
	wr, err := gowarc.NewWarcFileReaderFromStream(br, 0)
	if err != nil {
		rd.fail(0, 0, "WARC: %v", err)
		return nil
	}
	defer wr.Close()
	var end int64 = -1 // end of the last record that failed
	bad := 0
	for {
		if err := rd.ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			rec.Close()
			rd.fail(rec.Offset, 0, "WARC record: %v", warcReason(err))
			after := rec.Offset + rec.Size
			if bad++; after <= end || bad >= maxWARCErrors {
				return nil // no progress: stop rather than loop
			}
			end = after
			continue
		}
		bad = 0
		err = rd.warcRecord(rec)
		rec.Close()
		if err != nil {
			return err
		}
	}
}

// warcReason shortens gowarc's error for a reject reason.
func warcReason(err error) string {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return "truncated: " + err.Error()
	}
	return err.Error()
}

// warcRecord turns one WARC record into a document, a reject or nothing.
func (rd *run) warcRecord(rec gowarc.Record) error {
	r := rec.WarcRecord
	for _, v := range rec.Validation {
		if strings.Contains(v.Error(), "after expected offset") {
			// gowarc skipped bytes that were not a record: say so.
			rd.fail(rec.Offset, 0, "bytes before this record are not WARC and were skipped (%v)", v)
		}
	}
	for _, v := range rec.Validation {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) {
			rd.fail(rec.Offset, 0, "truncated WARC record: %v", v)
			return nil
		}
	}
	h := r.WarcHeader()
	target := h.Get(gowarc.WarcTargetURI)
	switch r.Type() {
	case gowarc.Response, gowarc.Resource, gowarc.Conversion:
	default:
		return nil // warcinfo, request, metadata, revisit: not documents
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
	if status != 0 && (status < 200 || status > 299) {
		rd.skip(rec.Offset, "HTTP status "+strconv.Itoa(status), target)
		return nil
	}
	media, _, _ := mime.ParseMediaType(ctype)
	isHTML := media == "text/html" || media == "application/xhtml+xml"
	isText := r.Type() == gowarc.Conversion && media == "text/plain"
	unknown := media == "" || media == "application/octet-stream" // decided by sniffing the payload
	if !isHTML && !isText && !unknown {
		rd.skip(rec.Offset, "not an HTML page", media+" "+target)
		return nil
	}
	var payload io.Reader
	var err error
	if pb, ok := r.Block().(gowarc.PayloadBlock); ok {
		payload, err = pb.PayloadBytes()
	} else {
		payload, err = r.Block().RawBytes()
	}
	if err != nil {
		rd.fail(rec.Offset, 0, "WARC payload: %v", err)
		return nil
	}
	data, over, err := readLimited(payload, rd.opts.maxSize())
	switch {
	case err != nil:
		rd.fail(rec.Offset, 0, "WARC payload: %v", warcReason(err))
		return nil
	case over:
		rd.fail(rec.Offset, 0, "document over the size limit of %d bytes", rd.opts.maxSize())
		return nil
	}
	if strings.EqualFold(enc, "gzip") && len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b {
		if data, over, err = gunzip(data, rd.opts.maxSize()); err != nil || over {
			rd.fail(rec.Offset, 0, "gzip-encoded payload: %v", errOr(err, "over the size limit"))
			return nil
		}
	}
	if unknown {
		if sniff(data[:min(len(data), sniffLen)]) != HTML {
			rd.skip(rec.Offset, "not an HTML page", "no content type, content not HTML "+target)
			return nil
		}
		isHTML = true
	}
	var doc *dyad.Document
	var why string
	if isHTML {
		doc, why = htmlDoc(data, target, ctype)
	} else if why = badText(data); why == "" {
		doc = &dyad.Document{URL: target, Text: string(data), ID: DocID("", target, string(data))}
	}
	if why != "" {
		rd.reject(dyad.Reject{Input: rd.name, Offset: rec.Offset, Reason: why, Kind: "rejected", Detail: target})
		return nil
	}
	if doc.Source == "" {
		doc.Source = hostName(target)
	}
	warcDate, derr := r.Date()
	if doc.Date.IsZero() && derr == nil {
		doc.Date = warcDate.UTC()
	}
	if doc.Meta == nil {
		doc.Meta = map[string]string{}
	}
	if derr == nil {
		doc.Meta["warc_date"] = warcDate.UTC().Format(time.RFC3339)
	}
	if id := h.Get(gowarc.WarcRecordID); id != "" {
		doc.Meta["warc_record_id"] = id
	}
	rd.fill(doc, WARC, rec.Offset)
	return rd.emit(doc)
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
