package source

import (
	"bufio"
	"bytes"

	"github.com/dyadproject/dyad"
)

// readText reads a whole input as one plain-text document dated opts.Date.
func (rd *run) readText(br *bufio.Reader) error {
	data, over, err := readLimited(br, rd.opts.maxSize())
	switch {
	case err != nil:
		rd.fail(int64(len(data)), 0, "read: %v", err)
		return nil
	case over:
		rd.fail(0, 0, "document over the size limit of %d bytes", rd.opts.maxSize())
		return nil
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if why := badText(data); why != "" {
		rd.fail(0, 0, "%s", why)
		return nil
	}
	text := string(data)
	return rd.emit(&dyad.Document{
		ID:     DocID("", "", text),
		Source: rd.opts.Source,
		Date:   rd.opts.Date,
		Text:   text,
		Input:  rd.name,
		Format: Text,
	})
}
