package pipeline_test

import "testing"

// TestGluedWidgetShortLead codes, through the whole pipeline, a short lead a
// scraper glued to a share or advertisement widget. The boilerplate step
// used to drop such a line whole (it opens with "share this" or
// "advertisement" and has fifteen words or fewer), so the lead's event was
// lost; the widget-prefix step now removes the widget alone. A widget line
// with no lead, and a lower-case sentence after "Advertisement", still code
// nothing.
func TestGluedWidgetShortLead(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Share this article Copy link Russia recalled its ambassador from Ukraine on Tuesday.", "RUS>UKR 161"},
		{"Advertisement Russia recalled its ambassador from Ukraine on Tuesday.", "RUS>UKR 161"},
	} {
		if got := list(codeRepaired(t, tt.text, "2019-06-01")); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
	for _, text := range []string{
		"Share this article Copy link",
		"Advertisement revenue fell as Russia recalled its ambassador from Ukraine.",
	} {
		if got := list(codeRepaired(t, text, "2019-06-01")); got != "" {
			t.Errorf("%q: got %q, want no event", text, got)
		}
	}
}
