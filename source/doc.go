// Package source reads news documents from plain text, JSON lines, HTML pages,
// WARC archives, directories and stdin, turning each record into a
// *dyad.Document and each bad record into a dyad.Reject.
//
// Readers stream: a WARC of any size is read one record at a time and every
// document is bounded by Options.MaxSize. The format of each input is sniffed
// from its first bytes (gzip, "WARC/", "{", "<html"…) unless Options.Format
// says otherwise. Bad input never stops a run: an invalid, binary, truncated,
// empty or oversized record is reported to the reject callback with the input
// name, byte offset, line (for line-oriented inputs) and reason, and reading
// continues with the next record or file.
//
// Document ids are stable: the id given in the input, else the first 16 hex
// digits of the SHA-256 of URL and text, so re-reading an input yields the
// same ids.
package source
