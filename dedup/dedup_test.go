package dedup

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

func readStory(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

const header = "Home | News | World | Sport | Business\nShare on Facebook  Share on X  Email this story\n"
const footer = "\nSubscribe to our newsletter for the latest news from the region.\n© 2024 The Northern Herald. All rights reserved.\nRelated stories: Floods hit coastal towns; Fuel prices rise again; Cup final preview\n"

// copies returns syndicated versions of a wire story, as republishing
// sites make them.
func copies(wire string) map[string]string {
	paras := strings.Split(strings.TrimSpace(wire), "\n\n")
	edited := strings.NewReplacer(
		"at least forty", "more than 40",
		"late on Friday", "on Friday night",
		"a police spokesman told reporters", "police spokesman Ibrahim Musa told journalists",
		"Two security guards", "Two guards",
	).Replace(strings.Join(paras[:len(paras)-1], "\n\n")) +
		"\n\nOur correspondent in the state capital reports that roadblocks have been set up on all roads leading to the forest."
	return map[string]string{
		"boilerplate": header + "KARU, Nigeria (Wire) — " + wire + footer,
		"headline":    "Dozens of students kidnapped from school in Karu\n\n" + wire,
		"edited":      edited,
		"shortened":   strings.Join(paras[:5], "\n\n") + "\n\n(Reporting by staff; editing by the desk)",
		"retyped":     strings.ToUpper(wire[:200]) + wire[200:],
	}
}

func TestCopiesClusterTogether(t *testing.T) {
	wire := readStory(t, "wire.txt")
	ix := New(Options{})
	if c := ix.Add("wire", wire); c != "wire" {
		t.Fatalf("first document: cluster %q, want its own id", c)
	}
	for name, text := range copies(wire) {
		sim := Similarity(ix.Sign(wire), ix.Sign(text))
		if c := ix.Add(name, text); c != "wire" {
			t.Errorf("%s copy (similarity %.2f): cluster %q, want wire", name, sim, c)
		}
	}
}

func TestDifferentStoriesStayApart(t *testing.T) {
	wire := readStory(t, "wire.txt")
	ix := New(Options{})
	ix.Add("wire", wire)
	for name, c := range copies(wire) {
		ix.Add(name, c)
	}
	// Same topic, same place, same event, same site template: still other
	// stories.
	for _, name := range []string{"other-kidnapping.txt", "follow-up.txt", "ceasefire.txt"} {
		text := header + readStory(t, name) + footer
		if c := ix.Add(name, text); c != name {
			t.Errorf("%s (similarity to wire %.2f): cluster %q, want its own", name, Similarity(ix.Sign(wire), ix.Sign(text)), c)
		}
	}
}

func TestDeterministicAndIdempotent(t *testing.T) {
	wire := readStory(t, "wire.txt")
	docs := []string{wire, readStory(t, "follow-up.txt"), copies(wire)["edited"], readStory(t, "ceasefire.txt"), copies(wire)["boilerplate"]}
	run := func() []string {
		ix := New(Options{})
		var out []string
		for i, d := range docs {
			out = append(out, ix.Add(fmt.Sprint("d", i), d))
		}
		return out
	}
	a, b := run(), run()
	want := []string{"d0", "d1", "d0", "d3", "d0"}
	for i := range a {
		if a[i] != b[i] || a[i] != want[i] {
			t.Fatalf("clusters %v then %v, want %v", a, b, want)
		}
	}
	ix := New(Options{})
	ix.Add("x", wire)
	if c := ix.Add("x", "something else entirely"); c != "x" || ix.Len() != 1 {
		t.Errorf("re-adding an id: cluster %q, len %d", c, ix.Len())
	}
}

// TestRestore rebuilds an index from stored signature bytes; later copies
// join the restored clusters.
func TestRestore(t *testing.T) {
	wire := readStory(t, "wire.txt")
	ix := New(Options{})
	stored := map[string][]byte{}
	clusters := map[string]string{}
	for _, name := range []string{"wire.txt", "ceasefire.txt"} {
		sig := ix.Sign(readStory(t, name))
		clusters[name] = ix.AddSignature(name, time.Time{}, sig)
		stored[name] = sig.Bytes()
	}
	re := New(Options{})
	for _, name := range []string{"wire.txt", "ceasefire.txt"} {
		sig, err := ParseSignature(stored[name])
		if err != nil {
			t.Fatal(err)
		}
		if err := re.Restore(name, clusters[name], time.Time{}, sig); err != nil {
			t.Fatal(err)
		}
	}
	if c := re.Add("copy", copies(wire)["edited"]); c != "wire.txt" {
		t.Errorf("copy after restore: cluster %q, want wire.txt", c)
	}
	if c, ok := re.Cluster("ceasefire.txt"); !ok || c != "ceasefire.txt" {
		t.Errorf("Cluster(ceasefire.txt) = %q, %v", c, ok)
	}
	if err := New(Options{Bands: 10}).Restore("a", "a", time.Time{}, ix.Sign(wire)); err == nil {
		t.Error("restoring a signature made with other options: no error")
	}
}

func TestParseSignature(t *testing.T) {
	sig := New(Options{}).Sign("a short text about a port strike")
	good := sig.Bytes()
	for _, c := range []struct {
		name string
		b    []byte
		ok   bool
	}{
		{"good", good, true},
		{"empty", nil, false},
		{"bad version", append([]byte{9}, good[1:]...), false},
		{"short", good[:len(good)-1], false},
		{"long", append(append([]byte{}, good...), 0), false},
	} {
		got, err := ParseSignature(c.b)
		if (err == nil) != c.ok {
			t.Errorf("%s: err = %v", c.name, err)
		}
		if c.ok && Similarity(got, sig) != 1 {
			t.Errorf("%s: round trip changed the signature", c.name)
		}
	}
}

func TestShingles(t *testing.T) {
	for _, c := range []struct {
		text string
		k    int
		n    int
	}{
		{"", 3, 0},
		{" ,.;! ", 3, 0},
		{"one", 3, 1},
		{"one two", 3, 1},
		{"one two three", 3, 1},
		{"one two three four", 3, 2},
		{"Ünïcode wörds, café—crème 42", 2, 4},
	} {
		if got := len(shingles(c.text, c.k)); got != c.n {
			t.Errorf("shingles(%q, %d): %d, want %d", c.text, c.k, got, c.n)
		}
	}
	// Case and punctuation do not matter; word order does.
	a, b, d := wordHashes("Gunmen, abducted STUDENTS"), wordHashes("gunmen abducted students."), wordHashes("students abducted gunmen")
	if fmt.Sprint(a) != fmt.Sprint(b) || fmt.Sprint(a) == fmt.Sprint(d) {
		t.Errorf("word hashes: %v %v %v", a, b, d)
	}
}

func TestEmptyTextsDoNotCluster(t *testing.T) {
	ix := New(Options{})
	if c := ix.Add("a", ""); c != "a" {
		t.Errorf("empty a: %q", c)
	}
	if c := ix.Add("b", "  --  "); c != "b" {
		t.Errorf("empty b joined %q", c)
	}
}

// TestConcurrentAdds adds copies from many goroutines: all land in one
// cluster whatever the order.
func TestConcurrentAdds(t *testing.T) {
	wire := readStory(t, "wire.txt")
	var texts []string
	for _, c := range copies(wire) {
		texts = append(texts, c)
	}
	ix := New(Options{})
	var wg sync.WaitGroup
	out := make([]string, 40)
	for i := range out {
		wg.Go(func() { out[i] = ix.Add(fmt.Sprint("c", i), texts[i%len(texts)]) })
	}
	wg.Wait()
	for i := range out {
		if out[i] != out[0] {
			t.Fatalf("copies split into clusters %q and %q", out[0], out[i])
		}
	}
	if ix.Len() != len(out) {
		t.Errorf("Len = %d", ix.Len())
	}
}

// TestWindow forgets old documents: a copy arriving after its original left
// the window starts a new cluster, and the buckets shrink with the window.
func TestWindow(t *testing.T) {
	wire := readStory(t, "wire.txt")
	others := []string{readStory(t, "follow-up.txt"), readStory(t, "ceasefire.txt"), readStory(t, "other-kidnapping.txt")}
	for _, c := range []struct {
		window int
		want   string
	}{{0, "wire"}, {4, "wire"}, {3, "copy"}} {
		ix := New(Options{Window: c.window})
		ix.Add("wire", wire)
		for i, o := range others {
			ix.Add(fmt.Sprint("other", i), o)
		}
		if got := ix.Add("copy", copies(wire)["edited"]); got != c.want {
			t.Errorf("window %d: copy joined %q, want %q", c.window, got, c.want)
		}
		if got, ok := ix.Cluster("copy"); !ok || got != c.want {
			t.Errorf("window %d: Cluster(copy) = %q, %v", c.window, got, ok)
		}
	}
	ix := New(Options{Window: 5})
	for i := range 50 {
		ix.Add(fmt.Sprint(i), fmt.Sprintf("story %d about %d different things happening in place %d", i, i*7, i*13))
	}
	entries := 0
	for _, b := range ix.buckets {
		for _, l := range b {
			entries += len(l)
		}
	}
	if ix.Len() != 5 || len(ix.byID) != 5 || entries > 5*ix.opts.Bands {
		t.Errorf("after 50 adds with window 5: Len %d, ids %d, bucket entries %d", ix.Len(), len(ix.byID), entries)
	}
}

// TestExcerptsJoin: copies cut to the story's first paragraphs join by
// containment even when their Jaccard similarity is low; short different
// stories that share a site's boilerplate do not.
func TestExcerptsJoin(t *testing.T) {
	wire := readStory(t, "wire.txt")
	paras := strings.Split(strings.TrimSpace(wire), "\n\n")
	ix := New(Options{})
	ix.Add("wire", wire)
	for _, c := range []struct {
		name, text string
	}{
		{"lead-2", strings.Join(paras[:2], "\n\n")},
		{"lead-3", strings.Join(paras[:3], "\n\n")},
		{"lead-4-boilerplate", header + strings.Join(paras[:4], "\n\n") + footer},
	} {
		sig := ix.Sign(c.text)
		if got := ix.Add(c.name, c.text); got != "wire" {
			t.Errorf("%s (J %.2f, containment %.2f): cluster %q, want wire", c.name, Similarity(ix.Sign(wire), sig), Containment(ix.Sign(wire), sig), got)
		}
	}
	// The first paragraph alone is below MinShingles: it may be any story's
	// opening, so it joins only by Jaccard similarity.
	if got := ix.Add("lead-1", paras[0]); got != "lead-1" {
		t.Errorf("one-paragraph lead joined %q", got)
	}
	// Short different stories do not join by containment.
	short := []string{
		"Police said two men were arrested after a fight outside a bar in the town centre late on Saturday night. " +
			"Both were released on bail on Sunday and will appear in court next month, a spokesman said.",
		"The council approved a budget for road repairs on Tuesday, with most of the money going to rural districts. " +
			"Work on the first roads will start in the spring, the council said in a statement.",
	}
	ix2 := New(Options{})
	a := ix2.Add("a", short[0])
	if b := ix2.Add("b", short[1]); a == b {
		s1, s2 := ix2.Sign(short[0]), ix2.Sign(short[1])
		t.Errorf("short stories joined (J %.2f, containment %.2f)", Similarity(s1, s2), Containment(s1, s2))
	}
}

func TestContainment(t *testing.T) {
	ix := New(Options{})
	long := readStory(t, "wire.txt")
	for _, c := range []struct {
		a, b     string
		min, max float64
	}{
		{long, long, 1, 1},
		{long, long[:len(long)/2], 0.9, 1},
		{long, readStory(t, "ceasefire.txt"), 0, 0.1},
		{long, "", 0, 0},
	} {
		got := Containment(ix.Sign(c.a), ix.Sign(c.b))
		if got < c.min || got > c.max || got != Containment(ix.Sign(c.b), ix.Sign(c.a)) {
			t.Errorf("Containment(%.20q, %.20q) = %.2f, want in [%.2f, %.2f] and symmetric", c.a, c.b, got, c.min, c.max)
		}
	}
}

// TestDays: with Options.Days, documents published further apart never
// join. Two short, different stories wrapped in one site's boilerplate are
// alike enough to merge (the limit docs/notes/dedup.md describes); published
// years apart they must not. Copies of one story published day after day
// keep joining, because each band keeps the story's latest copy.
func TestDays(t *testing.T) {
	short := []string{
		"Police said two men were arrested after a fight outside a bar.",
		"The council approved a budget for road repairs on Tuesday.",
	}
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	sign := New(Options{})
	a, b := sign.Sign(header+short[0]+footer), sign.Sign(header+short[1]+footer)
	if j := Similarity(a, b); j < 0.5 {
		t.Fatalf("boilerplate pair J %.2f: the fixture no longer shows the merge it guards against", j)
	}
	for _, tt := range []struct {
		name   string
		days   int
		da, db time.Time
		join   bool
	}{
		{"no limit", 0, day(2019, 3, 1), day(2023, 6, 1), true},
		{"years apart", 3, day(2019, 3, 1), day(2023, 6, 1), false},
		{"same week", 3, day(2023, 6, 1), day(2023, 6, 3), true},
		{"undated", 3, time.Time{}, day(2023, 6, 1), true},
		{"one day over", 3, day(2023, 6, 1), day(2023, 6, 5), false},
	} {
		ix := New(Options{Days: tt.days})
		ix.AddSignature("a", tt.da, a)
		if got := ix.AddSignature("b", tt.db, b) == "a"; got != tt.join {
			t.Errorf("%s: joined = %v, want %v", tt.name, got, tt.join)
		}
	}

	wire := readStory(t, "wire.txt")
	ix := New(Options{Days: 3})
	ix.AddSignature("day0", day(2024, 1, 1), ix.Sign(wire))
	for i, name := range []string{"edited", "boilerplate", "headline", "shortened"} {
		d := day(2024, 1, 3+2*i) // every copy within 3 days of the one before, the last 9 days after the first
		if c := ix.AddSignature(name, d, ix.Sign(copies(wire)[name])); c != "day0" {
			t.Errorf("%s copy on %s: cluster %q, want day0", name, d.Format(time.DateOnly), c)
		}
	}
	if c := ix.AddSignature("late", day(2024, 2, 1), ix.Sign(wire)); c != "late" {
		t.Errorf("a copy three weeks after the last joined %q", c)
	}
	if d, ok := ix.Date("day0"); !ok || !d.Equal(day(2024, 1, 1)) {
		t.Errorf("Date(day0) = %v, %v; want 2024-01-01", d, ok)
	}
	ix.Add("undated", "some other text")
	if _, ok := ix.Date("undated"); ok {
		t.Error("Date of an undated document reported a date")
	}
}
