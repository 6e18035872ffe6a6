package topic

import (
	"bufio"
	"bytes"
	"io"
	"strings"

	"github.com/dyadproject/dyad"
)

// Limits that keep a hostile dictionary from costing unbounded memory or
// making every Tag call slow.
const (
	maxLine  = 64 << 10 // bytes in one line
	maxWords = 24       // words in one phrase
	maxForms = 512      // word sequences one phrase may expand to
)

// Read parses an issue dictionary. Problems are reported as a dyad.ErrorList
// of "name:line: message" errors; the lines they are on are skipped (or kept
// when what they mean is still clear) and everything else is returned, so a
// dictionary with one bad line still loads. A read failure of r is returned
// as an EINTERNAL error with the entries read so far.
func Read(name string, r io.Reader) (*Dictionary, error) {
	p := parser{d: &Dictionary{Name: name}, block: -1}
	br := bufio.NewReaderSize(r, 4096)
	for {
		line, long, err := readLine(br)
		if err != nil && err != io.EOF {
			return p.d, dyad.E(dyad.EINTERNAL, "topic: read "+name, err)
		}
		if line != nil || long {
			p.line++
			if long {
				p.errorf("line longer than %d bytes skipped", maxLine)
			} else {
				p.parseLine(string(line))
			}
		}
		if err == io.EOF {
			break
		}
	}
	if p.inComment {
		p.errs.Add(name, p.commentLine, "<!-- comment not closed")
	}
	if p.block >= 0 {
		b := p.d.Blocks[p.block]
		p.errs.Add(name, b.Line, "<ISSUE CATEGORY=%q> not closed", b.Category)
	}
	return p.d, p.errs.Err()
}

// readLine returns the next line without its end of line, and io.EOF with
// the last line. A line longer than maxLine is consumed and reported as long
// instead of being returned.
func readLine(br *bufio.Reader) (line []byte, long bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !long {
			if len(line)+len(chunk) > maxLine+2 {
				long, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err != nil && err != io.EOF:
			return nil, false, err
		case long:
			return nil, true, err
		case err == io.EOF && len(line) == 0:
			return nil, false, io.EOF
		}
		return bytes.TrimRight(line, "\r\n"), false, err
	}
}

type parser struct {
	d           *Dictionary
	errs        dyad.ErrorList
	line        int
	block       int // index in d.Blocks of the open block, -1 outside
	inComment   bool
	commentLine int
	defined     map[string]int // code → line of its <TOPIC>
}

func (p *parser) errorf(format string, args ...any) { p.errs.Add(p.d.Name, p.line, format, args...) }

func (p *parser) category() string {
	if p.block < 0 {
		return ""
	}
	return p.d.Blocks[p.block].Category
}

func (p *parser) parseLine(s string) {
	s = p.stripHTMLComments(s)
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	if s[0] == '<' {
		p.parseTag(s)
		return
	}
	if i := strings.IndexAny(s, "#;"); i >= 0 {
		s = strings.TrimSpace(s[:i])
		if s == "" {
			return
		}
	}
	p.parseEntry(s)
}

// stripHTMLComments removes <!-- ... --> spans, which may cover several lines.
func (p *parser) stripHTMLComments(s string) string {
	var out strings.Builder
	for {
		if p.inComment {
			i := strings.Index(s, "-->")
			if i < 0 {
				return out.String()
			}
			s = s[i+3:]
			p.inComment = false
			continue
		}
		i := strings.Index(s, "<!--")
		if i < 0 {
			if out.Len() == 0 {
				return s
			}
			out.WriteString(s)
			return out.String()
		}
		out.WriteString(s[:i])
		s = s[i+4:]
		p.inComment, p.commentLine = true, p.line
	}
}

func (p *parser) parseEntry(s string) {
	e := Entry{Kind: Signal, Line: p.line, Category: p.category()}
	switch {
	case strings.HasPrefix(s, "~~"):
		e.Kind, s = Veto, s[2:]
	case strings.HasPrefix(s, "~"):
		e.Kind, s = Exclude, s[1:]
	}
	pattern, code := s, ""
	if i := strings.IndexByte(s, '['); i >= 0 {
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			p.errorf("missing ] after [ in %q", s)
			return
		}
		pattern, code = s[:i], strings.TrimSpace(s[i+1:i+j])
		if rest := strings.TrimSpace(s[i+j+1:]); rest != "" {
			p.errorf("text %q after the code ignored", rest)
		}
		if code == "" {
			p.errorf("empty code []")
			return
		}
		if msg := checkCode(code); msg != "" {
			p.errorf("code %q: %s", code, msg)
			return
		}
	} else if i := strings.IndexByte(s, ']'); i >= 0 {
		p.errorf("] without [ in %q", s)
		return
	}
	e.Pattern = strings.TrimSpace(pattern)
	switch {
	case e.Kind != Signal && code != "":
		p.errorf("code [%s] on an exclusion ignored: exclusions apply to their block", code)
	case e.Kind == Signal && code != "":
		e.Topic = code
	case e.Kind == Signal:
		if e.Category == "" {
			p.errorf("phrase %q has no [code] and is outside an <ISSUE> block", e.Pattern)
			return
		}
		e.Topic = e.Category
	}
	forms, msg := expand(e.Pattern)
	if msg != "" {
		p.errorf("phrase %q: %s", e.Pattern, msg)
		return
	}
	e.forms = forms
	p.d.Entries = append(p.d.Entries, e)
}

// checkCode returns what is wrong with a topic code, or "".
func checkCode(code string) string {
	for i := 0; i < len(code); i++ {
		c := code[i]
		if !isWordByte(c) && c != '_' && c != '-' && c != '/' {
			return "want letters, digits, _ - and / only"
		}
	}
	if code[0] == '/' || code[len(code)-1] == '/' || strings.Contains(code, "//") {
		return "empty level in topic path"
	}
	return ""
}
