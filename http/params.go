package http

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// params reads the query parameters of one request. Each getter records the
// first bad parameter; done reports it, or the first parameter no getter
// asked for, so a typo ("sorce=CHN") is an error rather than a silently
// ignored filter.
type params struct {
	q    url.Values
	used map[string]bool
	err  error
}

func newParams(q url.Values) *params {
	return &params{q: q, used: make(map[string]bool)}
}

func (p *params) fail(name, format string, args ...any) {
	if p.err == nil {
		p.err = dyad.Errorf(dyad.EINVALID, "parameter %q: %s", name, fmt.Sprintf(format, args...))
	}
}

// get returns the raw value of name, "" when absent.
func (p *params) get(name string) string {
	p.used[name] = true
	vs := p.q[name]
	switch len(vs) {
	case 0:
		return ""
	case 1:
		return strings.TrimSpace(vs[0])
	}
	p.fail(name, "given %d times; give it once", len(vs))
	return ""
}

// text returns a free-text value of at most max characters.
func (p *params) text(name string, max int) string {
	v := p.get(name)
	switch {
	case !utf8.ValidString(v):
		p.fail(name, "not UTF-8")
	case utf8.RuneCountInString(v) > max:
		p.fail(name, "longer than %d characters", max)
	case strings.ContainsFunc(v, func(r rune) bool { return r < ' ' || r == 0x7f }):
		p.fail(name, "contains control characters")
	default:
		return v
	}
	return ""
}

// word returns a value of ASCII letters and digits (and the extra bytes
// allowed), at most max long.
func (p *params) word(name string, max int, extra, want string) string {
	v := p.get(name)
	if len(v) > max {
		p.fail(name, "longer than %d characters; want %s", max, want)
		return ""
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(extra, c) >= 0) {
			p.fail(name, "%q is not %s", v, want)
			return ""
		}
	}
	return v
}

// actor returns an actor code prefix in upper case.
func (p *params) actor(name string) string {
	return strings.ToUpper(p.word(name, 48, "", "an actor code such as CHN or IRNGOV"))
}

// digits returns a value of minLen to maxLen decimal digits.
func (p *params) digits(name string, minLen, maxLen int, want string) string {
	v := p.get(name)
	if v == "" {
		return ""
	}
	ok := minLen <= len(v) && len(v) <= maxLen
	for i := 0; ok && i < len(v); i++ {
		ok = '0' <= v[i] && v[i] <= '9'
	}
	if !ok {
		p.fail(name, "%q is not %s", v, want)
		return ""
	}
	return v
}

// date returns a date given as YYYY-MM-DD, YYYY-MM or YYYY; zero when absent.
func (p *params) date(name string) time.Time {
	v := p.get(name)
	if v == "" {
		return time.Time{}
	}
	for _, layout := range []string{dyad.DateLayout, "2006-01", "2006", "20060102"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t
		}
	}
	p.fail(name, "%q is not a date; want YYYY-MM-DD", v)
	return time.Time{}
}

// integer returns an integer in [min, max], def when absent.
func (p *params) integer(name string, def, min, max int) int {
	v := p.get(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min || n > max {
		p.fail(name, "%q is not a whole number from %d to %d", v, min, max)
		return def
	}
	return n
}

// oneOf returns one of the choices, def when absent.
func (p *params) oneOf(name, def string, choices ...string) string {
	v := strings.ToLower(p.get(name))
	if v == "" {
		return def
	}
	for _, c := range choices {
		if v == c {
			return v
		}
	}
	p.fail(name, "%q is not one of %s", v, strings.Join(choices, ", "))
	return def
}

// done returns the first bad parameter, or an error naming a parameter that
// the endpoint does not take.
func (p *params) done() error {
	if p.err != nil {
		return p.err
	}
	var unknown []string
	for name := range p.q {
		if !p.used[name] {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return dyad.Errorf(dyad.EINVALID, "parameter %q: not known here", unknown[0])
	}
	return nil
}

// filter reads the parameters of "dyad query": source, target, actor, code,
// root, quad, since, until, text, topic and, when paged, limit and cursor.
func (p *params) filter(paged bool) dyad.EventFilter {
	f := dyad.EventFilter{
		Source: p.actor("source"),
		Target: p.actor("target"),
		Actor:  p.actor("actor"),
		Code:   p.digits("code", 2, 4, "a CAMEO code of 2 to 4 digits such as 04 or 042"),
		Root:   p.digits("root", 2, 2, "a two-digit CAMEO root code such as 19"),
		Quad:   p.integer("quad", 0, 1, 4),
		Since:  p.date("since"),
		Until:  p.date("until"),
		Text:   p.text("text", 200),
		Topic:  p.text("topic", 200),
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && f.Until.Before(f.Since) {
		p.fail("until", "%s is before since (%s)", f.Until.Format(dyad.DateLayout), f.Since.Format(dyad.DateLayout))
	}
	if paged {
		f.Limit = p.integer("limit", dyad.DefaultLimit, 1, dyad.MaxLimit)
		f.Cursor = p.word("cursor", 512, "-_.=:,+/~", "a cursor from a previous page")
	}
	return f
}
