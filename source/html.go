package source

import (
	"bufio"
	"bytes"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/dyadproject/dyad"
)

// maxElems bounds the work the main-text extractor does on one page.
const maxElems = 100_000

// readHTMLFile reads a whole input as one HTML page.
func (rd *run) readHTMLFile(br *bufio.Reader) error {
	data, over, err := readLimited(br, rd.opts.maxSize())
	switch {
	case err != nil:
		rd.fail(int64(len(data)), 0, "read: %v", err)
		return nil
	case over:
		rd.fail(0, 0, "document over the size limit of %d bytes", rd.opts.maxSize())
		return nil
	}
	doc, why := htmlDoc(data, "", "")
	if why != "" {
		rd.fail(0, 0, "%s", why)
		return nil
	}
	rd.fill(doc, HTML, 0)
	return rd.emit(doc)
}

// htmlDoc extracts the main text of an HTML page, or says why it cannot.
// contentType is the HTTP Content-Type header when known; it and the page's
// own meta tags choose the character set.
func htmlDoc(data []byte, pageURL, contentType string) (doc *dyad.Document, why string) {
	data, why = htmlUTF8(data, contentType)
	if why != "" {
		return nil, why
	}
	u, _ := url.Parse(pageURL)
	if pageURL == "" {
		u = nil
	}
	defer func() {
		if r := recover(); r != nil {
			doc, why = nil, fmt.Sprintf("HTML extractor failed: %v", r)
		}
	}()
	p := readability.NewParser()
	p.MaxElemsToParse = maxElems
	p.Logger = slog.New(slog.DiscardHandler) // its default formats debug records only to drop them
	// Parse the UTF-8 bytes ourselves: readability's own Parse guesses the
	// character set again and can undo the decoding done above.
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, "HTML: " + err.Error()
	}
	art, err := p.ParseAndMutate(root, u)
	if err != nil {
		return nil, "HTML: " + err.Error()
	}
	if art.Node == nil {
		return nil, "no main text found in the HTML page"
	}
	text := dropByline(paragraphs(render.InnerText(art.Node)), oneLine(art.Byline()))
	if text == "" {
		return nil, "no main text found in the HTML page"
	}
	doc = &dyad.Document{
		URL:    pageURL,
		Title:  oneLine(art.Title()),
		Source: oneLine(art.SiteName()),
		Text:   text,
	}
	if doc.Source == "" {
		doc.Source = hostName(pageURL)
	}
	if t, err := art.PublishedTime(); err == nil && t.Year() > 1900 {
		doc.Date = t.UTC()
	}
	meta := map[string]string{}
	if b := oneLine(art.Byline()); b != "" {
		meta["byline"] = b
	}
	if l := art.Language(); l != "" {
		meta["html_lang"] = l
	}
	if len(meta) > 0 {
		doc.Meta = meta
	}
	doc.ID = DocID("", pageURL, text)
	return doc, ""
}

// htmlUTF8 returns the page as UTF-8. A page whose bytes are valid UTF-8 is
// taken as UTF-8 whatever it declares (servers that default to ISO-8859-1,
// and pages without a declaration whose first 1 KB is ASCII, would otherwise
// be double-decoded). Other pages are decoded from the character set named by
// the HTTP header, BOM or <meta>, else Windows-1252; a page that says it is
// UTF-8 but is not is refused.
func htmlUTF8(data []byte, contentType string) ([]byte, string) {
	if looksBinary(data[:min(len(data), sniffLen)]) {
		return nil, "binary content (" + describeBinary(data) + ")"
	}
	if utf8.Valid(data) {
		return bytes.TrimPrefix(data, utf8BOM), ""
	}
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	if name == "utf-8" {
		return nil, fmt.Sprintf("invalid UTF-8 at byte %d", invalidUTF8(data))
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Sprintf("decoding %s: %v", name, err)
	}
	return out, ""
}

// paragraphs tidies extracted text: lines trimmed, blank lines dropped, and
// paragraphs separated by exactly one blank line.
func paragraphs(s string) string {
	var b strings.Builder
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSpace(strings.ReplaceAll(line, "\u00a0", " "))
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(line)
	}
	return b.String()
}

// dropByline removes a first paragraph that only repeats the byline
// ("By Maria Okafor"), which readability leaves in the text when the byline
// also comes from the page's metadata.
func dropByline(text, byline string) string {
	if byline == "" {
		return text
	}
	first, rest, _ := strings.Cut(text, "\n\n")
	f := strings.ToLower(strings.TrimSpace(first))
	b := strings.ToLower(byline)
	if f == b || f == "by "+b || strings.TrimPrefix(f, "by ") == strings.TrimPrefix(b, "by ") {
		return rest
	}
	return text
}

// oneLine collapses runs of white space to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// hostName returns the host of a URL without "www.", or "".
func hostName(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}
