// Package source reads news documents from plain text, JSON lines, HTML pages,
// WARC archives, directories and stdin, turning each record into a
// *dyad.Document and each bad record into a dyad.Reject.
//
// Walk reads files, folders (recursively, in lexical order) and "-" (stdin);
// Read reads one stream. The format of each input is sniffed from its first
// bytes — gzip (a WARC.gz, or any other gzipped input, which is decompressed
// and sniffed again), "WARC/", a JSON object per line, a JSON array or
// pretty-printed objects, HTML — else it is plain text; Options.Format
// overrides the guess.
//
// Readers stream: a WARC of any size is read one record at a time, and every
// document (a text or HTML file, a JSON line, a WARC payload) is bounded by
// Options.MaxSize. With Options.Workers > 1, pages of a WARC file are
// extracted in parallel and still delivered in record order.
//
// Bad input never stops a run: an invalid, binary, truncated, empty or
// oversized record is reported to the reject callback with the input name,
// byte offset, line (for line-oriented inputs) and reason, and reading
// continues with the next record or file. Records that are deliberately not
// documents (images, error pages in a crawl) are reported with Kind "skipped".
//
// Document ids are stable: the id given in the input, else DocID's content
// hash of URL and text, so re-reading an input yields the same ids.
package source
