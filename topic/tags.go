package topic

import (
	"strings"
)

// parseTag reads the <ISSUE ...>, </ISSUE> and <TOPIC ...> lines of a
// dictionary.
func (p *parser) parseTag(s string) {
	end := tagEnd(s)
	if end < 0 {
		p.errorf("tag %q has no closing >", s)
		return
	}
	if rest := strings.TrimSpace(s[end+1:]); rest != "" && rest[0] != '#' && rest[0] != ';' {
		p.errorf("text %q after the tag ignored", rest)
	}
	body := strings.TrimSpace(s[1:end])
	name, attrs, msg := parseAttrs(body)
	if msg != "" {
		p.errorf("tag <%s>: %s", body, msg)
		return
	}
	switch strings.ToUpper(name) {
	case "ISSUE":
		if p.block >= 0 {
			b := p.d.Blocks[p.block]
			p.errorf("<ISSUE> inside the <ISSUE CATEGORY=%q> block of line %d: that block ends here", b.Category, b.Line)
		}
		b := Block{Category: attrs["CATEGORY"], Type: attrs["TYPE"], Line: p.line}
		if b.Category == "" {
			p.errorf("<ISSUE> without CATEGORY")
		} else if m := checkCode(b.Category); m != "" {
			p.errorf("CATEGORY %q: %s", b.Category, m)
		}
		p.d.Blocks = append(p.d.Blocks, b)
		p.block = len(p.d.Blocks) - 1
	case "/ISSUE":
		if p.block < 0 {
			p.errorf("</ISSUE> without an open <ISSUE>")
			return
		}
		p.block = -1
	case "TOPIC":
		code, def := attrs["CODE"], attrs["DEFINITION"]
		if code == "" {
			p.errorf("<TOPIC> without CODE")
			return
		}
		if m := checkCode(code); m != "" {
			p.errorf("CODE %q: %s", code, m)
			return
		}
		if def == "" {
			p.errorf("<TOPIC CODE=%q> without DEFINITION", code)
		}
		if line, ok := p.defined[code]; ok {
			p.errorf("topic %s already defined at line %d", code, line)
			return
		}
		if p.defined == nil {
			p.defined = map[string]int{}
		}
		p.defined[code] = p.line
		p.d.Definitions = append(p.d.Definitions, Definition{Code: code, Text: def, Line: p.line})
	default:
		p.errorf("unknown tag <%s>", name)
	}
}

// tagEnd returns the index of the > closing the tag that s starts with,
// skipping quoted attribute values, or -1.
func tagEnd(s string) int {
	quoted := false
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '"':
			quoted = !quoted
		case '>':
			if !quoted {
				return i
			}
		}
	}
	return -1
}

// parseAttrs splits `NAME KEY="value" KEY="value"` into the name and
// upper-cased keys.
func parseAttrs(s string) (name string, attrs map[string]string, msg string) {
	i := strings.IndexAny(s, " \t")
	if i < 0 {
		return s, nil, ""
	}
	name, s = s[:i], s[i:]
	attrs = map[string]string{}
	for {
		s = strings.TrimLeft(s, " \t")
		if s == "" {
			return name, attrs, ""
		}
		eq := strings.IndexByte(s, '=')
		if eq <= 0 || strings.ContainsAny(s[:eq], " \t\"") {
			return name, attrs, "want KEY=\"value\" attributes"
		}
		key := strings.ToUpper(s[:eq])
		s = s[eq+1:]
		if s == "" || s[0] != '"' {
			return name, attrs, "value of " + key + " not quoted"
		}
		q := strings.IndexByte(s[1:], '"')
		if q < 0 {
			return name, attrs, "value of " + key + " not closed"
		}
		if _, dup := attrs[key]; dup {
			return name, attrs, key + " given twice"
		}
		attrs[key] = s[1 : 1+q]
		s = s[q+2:]
	}
}
