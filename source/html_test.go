package source

import (
	"strings"
	"testing"
)

// TestHTMLMainText checks that extraction keeps the article's paragraphs, in
// order and separated by blank lines, and drops navigation, related links
// and comments.
func TestHTMLMainText(t *testing.T) {
	doc, why := htmlDoc(bigPage(t), "https://www.herald.example/world/abducted", "text/html")
	if why != "" {
		t.Fatal(why)
	}
	for _, bad := range []string{"Section 12", "Related story", "reader7", "window.cfg", "Subscribe"} {
		if strings.Contains(doc.Text, bad) {
			t.Errorf("text keeps page furniture %q", bad)
		}
	}
	paras := strings.Split(doc.Text, "\n\n")
	if len(paras) < 10 || !strings.HasPrefix(paras[0], "Gunmen abducted") {
		t.Errorf("got %d paragraphs, first %.40q", len(paras), paras[0])
	}
	if doc.Source != "herald.example" || doc.Date.Format("2006-01-02") != "2024-03-01" {
		t.Errorf("source %q date %v", doc.Source, doc.Date)
	}
}

func TestHTMLCharsets(t *testing.T) {
	for _, c := range []struct {
		name, ctype string
		page        []byte
		want, why   string
	}{
		{"utf-8 meta", "", []byte(`<html><head><meta charset="utf-8"></head><body><p>Café owners protested.</p></body></html>`), "Café", ""},
		{"latin-1 header", "text/html; charset=iso-8859-1", []byte("<html><body><p>Caf\xe9 owners protested.</p></body></html>"), "Café", ""},
		{"undeclared cp1252", "", []byte("<html><body><p>\x93Quoted\x94 owners protested.</p></body></html>"), "\u201cQuoted\u201d", ""},
		{"utf-8 said latin-1", "text/html; charset=iso-8859-1", []byte("<html><body><p>Caf\xc3\xa9 owners protested.</p></body></html>"), "Café", ""},
		{"undeclared utf-8 after ascii head", "", []byte("<html><head><title>x</title></head><body>" + strings.Repeat("<!-- padding -->", 80) + "<p>Biz \xe2\x80\x94 news</p></body></html>"), "Biz \u2014 news", ""},
		{"bad utf-8", "text/html; charset=utf-8", []byte("<html><body><p>Caf\xe9 owners protested.</p></body></html>"), "", "invalid UTF-8"},
		{"binary", "", []byte("<html>\x00\x00\x00\x01\x02"), "", "binary"},
		{"no text", "", []byte("<html><head><title>T</title></head><body><script>var x = 1;</script></body></html>"), "", "no main text"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, why := htmlDoc(c.page, "", c.ctype)
			if c.why != "" {
				if !strings.Contains(why, c.why) {
					t.Errorf("reason %q, want %q", why, c.why)
				}
				return
			}
			if why != "" {
				t.Fatalf("rejected: %s", why)
			}
			if !strings.Contains(doc.Text, c.want) {
				t.Errorf("text %q, want %q", doc.Text, c.want)
			}
		})
	}
}

func TestDropByline(t *testing.T) {
	for _, c := range []struct{ text, byline, want string }{
		{"By Maria Okafor\n\nMinisters met.", "Maria Okafor", "Ministers met."},
		{"by MARIA OKAFOR\n\nMinisters met.", "Maria Okafor", "Ministers met."},
		{"Maria Okafor\n\nMinisters met.", "By Maria Okafor", "Ministers met."},
		{"Maria Okafor reports that ministers met.", "Maria Okafor", "Maria Okafor reports that ministers met."},
		{"Ministers met.\n\nBy Maria Okafor", "Maria Okafor", "Ministers met.\n\nBy Maria Okafor"},
		{"By Maria Okafor\n\nMinisters met.", "", "By Maria Okafor\n\nMinisters met."},
	} {
		if got := dropByline(c.text, c.byline); got != c.want {
			t.Errorf("dropByline(%q, %q) = %q, want %q", c.text, c.byline, got, c.want)
		}
	}
}
