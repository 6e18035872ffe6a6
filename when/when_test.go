package when

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// monday is the document date of most cases: Monday 2 May 2022, the date of
// the reference article.
const monday = "2022-05-02"

func TestResolve(t *testing.T) {
	tests := []struct {
		doc, text string
		want      string // date
		prec      string
		match     string // expected Text
	}{
		// Weekdays: past by default, the document day included.
		{monday, "Officials met on Saturday in Tehran.", "2022-04-30", "day", "on Saturday"},
		{monday, "He spoke on Monday.", "2022-05-02", "day", "on Monday"},
		{monday, "They met Sunday night.", "2022-05-01", "day", "Sunday night"},
		{monday, "The vote on Friday April 29 passed.", "2022-04-29", "day", "on Friday"},
		{"2022-04-30", "The delegation arrived on Saturday.", "2022-04-30", "day", "on Saturday"},
		{"2022-04-30", "Talks resumed on Monday.", "2022-04-25", "day", "on Monday"},
		{monday, "He said last Monday that talks had failed.", "2022-04-25", "day", "last Monday"},
		{monday, "They will meet next Tuesday.", "2022-05-10", "day", "next Tuesday"},
		{monday, "They will meet on Tuesday.", "2022-05-03", "day", "on Tuesday"},
		{monday, "The minister is scheduled to arrive on Friday.", "2022-05-06", "day", "on Friday"},
		{monday, "The talks, which will resume later, began on Friday.", "2022-04-29", "day", "on Friday"},
		{"2022-04-30", "He said last Saturday that talks had failed.", "2022-04-23", "day", "last Saturday"},
		{"2022-05-03", "They will meet next Tuesday.", "2022-05-10", "day", "next Tuesday"},
		{monday, "Police said the riot began this morning.", "2022-05-02", "day", "this morning"},
		{monday, "The strike happened last night.", "2022-05-01", "day", "last night"},
		// Named days.
		{monday, "Troops crossed the border yesterday.", "2022-05-01", "day", "yesterday"},
		{monday, "The talks open today.", "2022-05-02", "day", "today"},
		{monday, "The minister visits Beijing tomorrow.", "2022-05-03", "day", "tomorrow"},
		{monday, "The accord was signed on May 3, 2021.", "2021-05-03", "day", "on May 3, 2021"},
		{monday, "The accord was signed 3 May 2021.", "2021-05-03", "day", "3 May 2021"},
		{monday, "Signed on the 3rd of May 2019, it expired.", "2019-05-03", "day", "3rd of May 2019"},
		{monday, "It was agreed on April 28.", "2022-04-28", "day", "on April 28"},
		{monday, "Talks are set for May 3.", "2022-05-03", "day", "May 3"},
		// A day of a month without a year is the one nearest the document date.
		{monday, "It was agreed on Dec. 28.", "2021-12-28", "day", "on Dec. 28"},
		{monday, "It was agreed on June 28.", "2022-06-28", "day", "on June 28"},
		{"2024-07-10", "The levy applies to imported steel from Aug. 1.", "2024-08-01", "day", "from Aug. 1"},
		{"2024-07-10", "The levy applied to imported steel from Feb. 1.", "2024-02-01", "day", "from Feb. 1"},
		{"2024-01-04", "Rebels seized the town on Dec. 30.", "2023-12-30", "day", "on Dec. 30"},
		{"2023-12-28", "The ministers meet again on Jan. 3.", "2024-01-03", "day", "on Jan. 3"},
		{monday, "The deal was announced on 2021-11-09.", "2021-11-09", "day", "on 2021-11-09"},
		{monday, "It happened Sept. 11, 2001.", "2001-09-11", "day", "Sept. 11, 2001"},
		// Weeks.
		{monday, "Officials met last week.", "2022-04-25", "week", "last week"},
		{monday, "The ministers met two weeks ago.", "2022-04-18", "week", "two weeks ago"},
		{monday, "A summit is planned for next week.", "2022-05-09", "week", "next week"},
		{"2022-05-08", "Talks took place this week.", "2022-05-02", "week", "this week"},
		{monday, "The envoy left 3 days ago.", "2022-04-29", "day", "3 days ago"},
		// Months.
		{monday, "Wei Fenghe landed in Iran for a visit in late April.", "2022-04-01", "month", "in late April"},
		{monday, "They met in April.", "2022-04-01", "month", "in April"},
		{monday, "They met in mid-April.", "2022-04-01", "month", "in mid-April"},
		{monday, "The embargo was in place until October 2020.", "2020-10-01", "month", "until October 2020"},
		{monday, "Prices rose earlier this month.", "2022-05-01", "month", "earlier this month"},
		{monday, "Prices rose this month.", "2022-05-01", "month", "this month"},
		{monday, "The talks collapsed last month.", "2022-04-01", "month", "last month"},
		{monday, "Elections are due next month.", "2022-06-01", "month", "next month"},
		{monday, "They met six months ago.", "2021-11-01", "month", "six months ago"},
		{"2023-01-15", "The talks began in December.", "2022-12-01", "month", "in December"},
		{"2023-01-15", "The talks will resume in December.", "2023-12-01", "month", "in December"},
		{monday, "They met last April.", "2022-04-01", "month", "last April"},
		{"2022-04-20", "They met last April.", "2021-04-01", "month", "last April"},
		{monday, "They will meet next April.", "2023-04-01", "month", "next April"},
		{monday, "Fighting broke out at the end of March.", "2022-03-01", "month", "the end of March"},
		{monday, "The deal signed in October of 2019 held.", "2019-10-01", "month", "in October of 2019"},
		// Years.
		{monday, "In 2019, Bagheri visited China.", "2019-01-01", "year", "In 2019"},
		{monday, "It was the third visit since 2016.", "2016-01-01", "year", "since 2016"},
		{monday, "Relations improved in mid-2018.", "2018-01-01", "year", "in mid-2018"},
		{monday, "Relations soured in early 2020.", "2020-01-01", "year", "in early 2020"},
		{monday, "Exports fell last year.", "2021-01-01", "year", "last year"},
		{monday, "Exports rose earlier this year.", "2022-01-01", "year", "earlier this year"},
		{monday, "The pact was signed two years ago.", "2020-01-01", "year", "two years ago"},
		{monday, "The army was reorganised after 2015.", "2015-01-01", "year", "after 2015"},
		{monday, "Talks ran between 2019 and 2021.", "2019-01-01", "year", "between 2019"},
		{monday, "They met in the spring of 2019.", "2019-01-01", "year", "in the spring of 2019"},
	}
	for _, tt := range tests {
		got := Resolve(tt.text, date(tt.doc))
		if got.Time.Format(dyad.DateLayout) != tt.want || got.Precision != tt.prec || got.Text != tt.match {
			t.Errorf("Resolve(%q, %s) = %s %s %q; want %s %s %q", tt.text, tt.doc,
				got.Time.Format(dyad.DateLayout), got.Precision, got.Text, tt.want, tt.prec, tt.match)
			continue
		}
		if tt.text[got.Span.Start:got.Span.End] != got.Text {
			t.Errorf("%q: span %v does not cover %q", tt.text, got.Span, got.Text)
		}
	}
}

// Words that look like dates but are not: no expression, so the document date.
func TestNoDate(t *testing.T) {
	for _, text := range []string{
		"Theresa May met Macron.",
		"Protesters march on the capital.",
		"Bagheri became the first chief of staff to visit China since the 1979 Islamic Revolution.",
		"The 2015 nuclear deal is in doubt.",
		"He may resign.",
		"Iran fired 12 missiles.",
		"It cost 2019 dollars.",
		"They met on 31 April.",
		"The Sunday Times reported the talks.",
	} {
		got := Resolve(text, date(monday))
		if got.Precision != dyad.PrecisionDocument || got.Text != "" || got.Time.Format(dyad.DateLayout) != monday {
			t.Errorf("Resolve(%q) = %+v; want the document date", text, got)
		}
	}
}

// Without a document date, absolute dates resolve and relative ones are skipped.
func TestUnknownDocumentDate(t *testing.T) {
	ds := Find("Yesterday's talks, like those of May 3, 2021 and in April, failed.", time.Time{})
	if len(ds) != 1 || ds[0].Text != "May 3, 2021" {
		t.Fatalf("Find with zero document date = %+v; want only May 3, 2021", ds)
	}
}

func TestNear(t *testing.T) {
	const text = "In 2019, Bagheri visited China, and in late April Wei Fenghe landed in Iran."
	tests := []struct {
		verb string
		want string
	}{
		{"visited", "In 2019"},
		{"landed", "in late April"},
	}
	for _, tt := range tests {
		off := indexOf(text, tt.verb)
		got := Near(text, off, date(monday))
		if got.Text != tt.want {
			t.Errorf("Near(verb %q) = %q; want %q", tt.verb, got.Text, tt.want)
		}
	}
	if got := Near("Iran and China met.", 9, date(monday)); got.Precision != dyad.PrecisionDocument {
		t.Errorf("Near without expression = %+v; want document date", got)
	}

	// Bounds limit a period; they do not date the event beside them.
	for _, tt := range []struct{ text, verb, want string }{
		{"It was the third PLA delegation to travel to Iran since 2016.", "travel", ""},
		{"Iran could not buy arms until October 2020.", "buy", ""},
		{"Iran could not buy arms until October 2020, and in 2021 China sold them.", "sold", "in 2021"},
		{"Since 2016, the two armies met on Monday.", "met", "on Monday"},
		{"They promised to withdraw by March.", "withdraw", ""},
	} {
		got := Near(tt.text, indexOf(tt.text, tt.verb), date(monday))
		if got.Text != tt.want {
			t.Errorf("Near(%q, %q) = %q; want %q", tt.text, tt.verb, got.Text, tt.want)
		}
		if tt.want == "" && got.Precision != dyad.PrecisionDocument {
			t.Errorf("Near(%q) precision %s; want document", tt.text, got.Precision)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
