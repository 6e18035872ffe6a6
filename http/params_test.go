package http

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

func TestFilterParams(t *testing.T) {
	q, _ := url.ParseQuery("source=chn&target=IRNGOV&code=042&quad=1&since=2023-02&until=2023-12-31&text=air+strikes&topic=arms&limit=5&cursor=2023-01-01~42")
	p := newParams(q)
	f := p.filter(true)
	if err := p.done(); err != nil {
		t.Fatal(err)
	}
	want := dyad.EventFilter{Source: "CHN", Target: "IRNGOV", Code: "042", Quad: 1,
		Since: time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC),
		Text: "air strikes", Topic: "arms", Limit: 5, Cursor: "2023-01-01~42"}
	if f != want {
		t.Errorf("filter\n%+v, want\n%+v", f, want)
	}

	q.Set("until", "2023") // 2023-01-01, before since
	p = newParams(q)
	p.filter(true)
	if err := p.done(); err == nil || !strings.Contains(err.Error(), `"until"`) {
		t.Errorf("until before since: %v", err)
	}

	p = newParams(url.Values{})
	if f := p.filter(true); f != (dyad.EventFilter{Limit: dyad.DefaultLimit}) || p.done() != nil {
		t.Errorf("empty query: %+v %v", f, p.done())
	}
	p = newParams(url.Values{})
	if f := p.filter(false); f.Limit != 0 || p.done() != nil {
		t.Errorf("unpaged: %+v %v", f, p.done())
	}
}

// FuzzParams: any query string either parses into a filter whose fields obey
// the API's rules or is refused with an invalid-input error naming a
// parameter; it never panics.
func FuzzParams(f *testing.F) {
	for _, s := range []string{"source=CHN&target=IRN", "quad=9", "since=2023-13-01", "limit=-1", "text=%00", "cursor=a~1", "a=1&a=2", "root=1%C3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		p := newParams(q)
		flt := p.filter(true)
		if err := p.done(); err != nil {
			if dyad.ErrorKind(err) != dyad.EINVALID || !strings.Contains(err.Error(), `parameter "`) {
				t.Fatalf("%q: error %v does not name a parameter", raw, err)
			}
			return
		}
		if flt.Quad < 0 || flt.Quad > 4 || flt.Limit < 1 || flt.Limit > dyad.MaxLimit {
			t.Fatalf("%q: accepted %+v", raw, flt)
		}
		if flt.Source != strings.ToUpper(flt.Source) || len(flt.Source) > 48 || len(flt.Cursor) > 512 {
			t.Fatalf("%q: accepted %+v", raw, flt)
		}
	})
}
