package when

import (
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// parser matches date expressions over the tokens of one text.
type parser struct {
	text  string
	toks  []token
	doc   time.Time // document day, UTC
	known bool      // doc is set: relative expressions can be resolved
}

func (p *parser) all() []Date {
	var out []Date
	for i := 0; i < len(p.toks); i++ {
		start := i
		d, end, ok := Date{}, 0, false
		if preps[p.toks[i].lower] && i+1 < len(p.toks) {
			d, end, ok = p.core(i+1, true)
		}
		if !ok {
			d, end, ok = p.core(i, false)
			if !ok {
				continue
			}
		}
		d.Span = dyad.Span{Start: p.toks[start].start, End: p.toks[end-1].end}
		d.Text = p.text[d.Span.Start:d.Span.End]
		out = append(out, d)
		i = end - 1
	}
	return out
}

func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return &token{num: -1}
	}
	return &p.toks[i]
}

// gap returns the bytes between tokens i-1 and i.
func (p *parser) gap(i int) string {
	if i <= 0 || i >= len(p.toks) {
		return ""
	}
	return p.text[p.toks[i-1].end:p.toks[i].start]
}

// core matches an expression starting at token i and returns it with the index
// after its last token. prep says a preposition came just before.
func (p *parser) core(i int, prep bool) (Date, int, bool) {
	t := p.tok(i)
	w := t.lower
	switch {
	case w == "yesterday" || w == "today" || w == "tonight" || w == "tomorrow":
		if !p.known {
			break
		}
		off := 0
		switch w {
		case "yesterday":
			off = -1
		case "tomorrow":
			off = 1
		}
		return p.day(p.doc.AddDate(0, 0, off)), i + 1, true
	case w == "last" && p.tok(i+1).lower == "night":
		if p.known {
			return p.day(p.doc.AddDate(0, 0, -1)), i + 2, true
		}
	case w == "this" && dayParts[p.tok(i+1).lower]:
		if p.known {
			return p.day(p.doc), i + 2, true
		}
	case (w == "earlier" || w == "later") && p.tok(i+1).lower == "this" && units[p.tok(i+2).lower] != "":
		if d, ok := p.relUnit(units[p.tok(i+2).lower], 0); ok {
			return d, i + 3, true
		}
	case w == "last" || w == "past" || w == "previous" || w == "this" || w == "current" || w == "next" || w == "coming":
		if d, n, ok := p.relative(i); ok {
			return d, n, true
		}
	case numWords[w] > 0 || t.num > 0 && t.num < 100:
		if d, n, ok := p.ago(i); ok {
			return d, n, true
		}
		if t.num > 0 {
			return p.dayMonth(i, prep)
		}
	case modifiers[w]:
		return p.modified(i+1, prep)
	case edges[w] && p.tok(i+1).lower == "of":
		return p.modified(i+2, prep)
	case w == "the" && edges[p.tok(i+1).lower] && p.tok(i+2).lower == "of":
		return p.modified(i+3, prep)
	}
	if t.cap {
		if wd, ok := weekdays[w]; ok && p.known && !p.partOfName(i) {
			end := i + 1
			if dayParts[p.tok(end).lower] {
				end++
			}
			return p.day(p.weekday(wd, p.isFuture(i), false)), end, true
		}
		if _, ok := months[w]; ok {
			return p.month(i, prep, false)
		}
	}
	if t.num >= 1900 && t.num <= 2099 && len(t.text) == 4 {
		return p.year(i, prep)
	}
	return Date{}, 0, false
}

// partOfName reports whether the weekday at i starts a name: "The Sunday
// Times", "Friday Prayers". A capitalised word after it, other than a month
// or a day part, makes it one.
func (p *parser) partOfName(i int) bool {
	n := p.tok(i + 1)
	if !n.cap || dayParts[n.lower] {
		return false
	}
	_, month := months[n.lower]
	return !month
}

func (p *parser) day(t time.Time) Date { return Date{Time: t, Precision: dyad.PrecisionDay} }

func monthDate(y int, m time.Month) Date {
	return Date{Time: time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), Precision: dyad.PrecisionMonth}
}

func yearDate(y int) Date {
	return Date{Time: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Precision: dyad.PrecisionYear}
}

func weekStart(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// relUnit resolves "this/last/next week|month|year" (delta 0, -1, +1).
func (p *parser) relUnit(unit string, delta int) (Date, bool) {
	if !p.known {
		return Date{}, false
	}
	switch unit {
	case "week":
		return Date{Time: weekStart(p.doc).AddDate(0, 0, 7*delta), Precision: PrecisionWeek}, true
	case "month":
		first := time.Date(p.doc.Year(), p.doc.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, delta, 0)
		return monthDate(first.Year(), first.Month()), true
	case "year":
		return yearDate(p.doc.Year() + delta), true
	}
	return Date{}, false
}

// relative matches "last week", "next Tuesday", "this April" and the like.
func (p *parser) relative(i int) (Date, int, bool) {
	if !p.known {
		return Date{}, 0, false
	}
	delta := 0
	switch p.tok(i).lower {
	case "last", "past", "previous":
		delta = -1
	case "next", "coming":
		delta = 1
	}
	n := p.tok(i + 1)
	if u := units[n.lower]; u != "" && u != "day" && (n.lower == u) {
		d, ok := p.relUnit(u, delta)
		return d, i + 2, ok
	}
	if !n.cap {
		return Date{}, 0, false
	}
	if wd, ok := weekdays[n.lower]; ok {
		var t time.Time
		switch delta {
		case -1:
			t = p.weekday(wd, false, true)
		case 1: // the day in the following week: "next Tuesday" said on Monday is 8 days on
			t = weekStart(p.doc).AddDate(0, 0, 7+(int(wd)+6)%7)
		default:
			t = p.weekday(wd, p.isFuture(i), false)
		}
		return p.day(t), i + 2, true
	}
	if m, ok := months[n.lower]; ok {
		y := p.doc.Year()
		switch {
		case delta < 0 && m >= p.doc.Month():
			y--
		case delta > 0 && m <= p.doc.Month():
			y++
		}
		return monthDate(y, m), i + 2, true
	}
	return Date{}, 0, false
}

// weekday returns the day named wd nearest the document date: the latest on or
// before it, or with fwd the earliest on or after it. strict excludes the
// document day itself ("last Saturday" said on a Saturday is a week ago).
func (p *parser) weekday(wd time.Weekday, fwd, strict bool) time.Time {
	cur := p.doc.Weekday()
	if fwd {
		n := (int(wd) - int(cur) + 7) % 7
		if n == 0 && strict {
			n = 7
		}
		return p.doc.AddDate(0, 0, n)
	}
	n := (int(cur) - int(wd) + 7) % 7
	if n == 0 && strict {
		n = 7
	}
	return p.doc.AddDate(0, 0, -n)
}

// isFuture reports whether a future word comes in the few tokens before i,
// within the same clause: a comma or semicolon stops the search, so "The
// talks, which will resume later, began on Tuesday" is past.
func (p *parser) isFuture(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if future[p.toks[k].lower] {
			return true
		}
		if strings.ContainsAny(p.gap(k), ",;") {
			return false
		}
	}
	return false
}

// ago matches "two weeks ago", "3 days ago", "a year ago".
func (p *parser) ago(i int) (Date, int, bool) {
	u := units[p.tok(i+1).lower]
	if u == "" || p.tok(i+2).lower != "ago" || !p.known {
		return Date{}, 0, false
	}
	n := numWords[p.tok(i).lower]
	if p.tok(i).num > 0 {
		n = p.tok(i).num
	}
	var d Date
	switch u {
	case "day":
		d = p.day(p.doc.AddDate(0, 0, -n))
	case "week":
		d = Date{Time: weekStart(p.doc.AddDate(0, 0, -7*n)), Precision: PrecisionWeek}
	case "month":
		t := time.Date(p.doc.Year(), p.doc.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0)
		d = monthDate(t.Year(), t.Month())
	case "year":
		d = yearDate(p.doc.Year() - n)
	}
	return d, i + 3, true
}

// modified matches the month or year after "late", "mid-", "the end of".
func (p *parser) modified(i int, prep bool) (Date, int, bool) {
	t := p.tok(i)
	if _, ok := months[t.lower]; ok && t.cap {
		return p.month(i, true, true)
	}
	if t.num >= 1900 && t.num <= 2099 && len(t.text) == 4 {
		return p.year(i, true)
	}
	return Date{}, 0, false
}

// ordinal skips an ordinal suffix ("3rd") after token i.
func (p *parser) ordinal(i int) int {
	switch p.tok(i + 1).lower {
	case "st", "nd", "rd", "th":
		if p.gap(i+1) == "" {
			return i + 2
		}
	}
	return i + 1
}

// yearAt reads a year at token i, allowing "of" and a comma before it.
func (p *parser) yearAt(i int) (int, int, bool) {
	if p.tok(i).lower == "of" {
		i++
	}
	t := p.tok(i)
	if t.num >= 1900 && t.num <= 2099 && len(t.text) == 4 {
		return t.num, i + 1, true
	}
	return 0, 0, false
}

// month matches "April", "May 3", "May 3, 2022", "October 2020". A month
// alone needs a preposition or modifier before it ("in April"), which keeps
// "Theresa May" and "March" the verb out.
func (p *parser) month(i int, prep, modified bool) (Date, int, bool) {
	m := months[p.tok(i).lower]
	end := i + 1
	if d := p.tok(end); !modified && d.num >= 1 && d.num <= 31 && len(d.text) <= 2 {
		dend := p.ordinal(end)
		if y, yend, ok := p.yearAt(dend); ok {
			return p.dayOf(y, m, d.num, yend)
		}
		if !p.known {
			return Date{}, 0, false
		}
		return p.dayOf(p.inferYear(m, d.num, i), m, d.num, dend)
	}
	if y, yend, ok := p.yearAt(end); ok {
		return monthDate(y, m), yend, true
	}
	if !prep || !p.known {
		return Date{}, 0, false
	}
	return monthDate(p.inferYear(m, 0, i), m), end, true
}

// dayMonth matches "3 May", "3rd of May 2022".
func (p *parser) dayMonth(i int, prep bool) (Date, int, bool) {
	d := p.tok(i)
	if d.num < 1 || d.num > 31 || len(d.text) > 2 {
		return Date{}, 0, false
	}
	j := p.ordinal(i)
	if p.tok(j).lower == "of" {
		j++
	}
	mt := p.tok(j)
	m, ok := months[mt.lower]
	if !ok || !mt.cap {
		return Date{}, 0, false
	}
	if y, yend, ok := p.yearAt(j + 1); ok {
		return p.dayOf(y, m, d.num, yend)
	}
	if !p.known {
		return Date{}, 0, false
	}
	return p.dayOf(p.inferYear(m, d.num, i), m, d.num, j+1)
}

func (p *parser) dayOf(y int, m time.Month, d, end int) (Date, int, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 April
		return Date{}, 0, false
	}
	return p.day(t), end, true
}

// inferYear picks the year of a month (and day, when d > 0) written without
// one. After a future word it is the earliest on or after the document date.
// A day of a month is the one nearest the document date, as news writes
// them: "from Aug. 1" in a story of July 9 is this August, "on Dec. 28" in
// a story of January 5 last December (a tie goes to the past). A month alone
// is the latest on or before the document's month ("in December" read in
// January is last year's).
func (p *parser) inferYear(m time.Month, d, i int) int {
	y := p.doc.Year()
	md := int(m)*100 + d
	docMD := int(p.doc.Month()) * 100
	if d > 0 {
		docMD += p.doc.Day()
	}
	if p.isFuture(i) {
		if md < docMD {
			y++
		}
		return y
	}
	if d == 0 {
		if md > docMD {
			y--
		}
		return y
	}
	doc := day(p.doc)
	best, bestGap := y, time.Duration(1<<63-1)
	for _, c := range [...]int{y - 1, y, y + 1} {
		gap := time.Date(c, m, d, 0, 0, 0, 0, time.UTC).Sub(doc)
		if gap < 0 {
			gap = -gap
		} else {
			gap++ // a tie goes to the past
		}
		if gap < bestGap {
			best, bestGap = c, gap
		}
	}
	return best
}

// year matches "in 2019", "mid-2018" and ISO dates "2022-05-03". A bare year
// needs a preposition or modifier: "the 1979 revolution" is not a date of the event.
func (p *parser) year(i int, prep bool) (Date, int, bool) {
	y := p.tok(i).num
	if mt, dt := p.tok(i+1), p.tok(i+2); p.gap(i+1) == "-" && p.gap(i+2) == "-" &&
		len(mt.text) == 2 && len(dt.text) == 2 && mt.num >= 1 && mt.num <= 12 && dt.num >= 1 {
		return p.dayOf(y, time.Month(mt.num), dt.num, i+3)
	}
	if !prep {
		return Date{}, 0, false
	}
	return yearDate(y), i + 1, true
}
