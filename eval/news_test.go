package eval

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
)

const newsHeader = "id\tcode\tsource\ttarget\tconfidence\tdate\tsentence\tnote\n"

func TestReadNews(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr string
		ids     []string
		gold    []int // events per example
	}{
		{name: "one row", in: newsHeader + "a\t010\tUSA\tRUS\thigh\t1990-01-02\tThe U.S. said.\t\n", ids: []string{"a"}, gold: []int{1}},
		{name: "reciprocal rows group", in: newsHeader + "a\t046\tISR\tLBN\thigh\t\tS.\t\na\t046\tLBN\tISR\thigh\t\tS.\t\nb\t120\tPSE\tISR\t\t\tT.\t\n", ids: []string{"a", "b"}, gold: []int{2, 1}},
		{name: "comments and blank lines", in: "# c\n\n" + newsHeader + "# skip\tx\n\na\t010\tUSA\tRUS\t\t\tS.\t\n", ids: []string{"a"}, gold: []int{1}},
		{name: "columns in any order, extras ignored", in: "sentence\textra\ttarget\tsource\tcode\tid\nS.\tz\tRUS\tUSA\t010\ta\n", ids: []string{"a"}, gold: []int{1}},
		{name: "CRLF", in: strings.ReplaceAll(newsHeader+"a\t010\tUSA\tRUS\t\t\tS.\t\n", "\n", "\r\n"), ids: []string{"a"}, gold: []int{1}},
		{name: "missing column", in: "id\tcode\tsource\tsentence\n", wantErr: `lacks column "target"`},
		{name: "empty target", in: newsHeader + "a\t010\tUSA\t\t\t\tS.\t\n", wantErr: "must not be empty"},
		{name: "short row", in: newsHeader + "a\t010\tUSA\n", wantErr: "must not be empty"},
		{name: "two sentences for one id", in: newsHeader + "a\t010\tUSA\tRUS\t\t\tS.\t\na\t010\tRUS\tUSA\t\t\tT.\t\n", wantErr: "two different sentences"},
		{name: "rows of an id apart", in: newsHeader + "a\t010\tUSA\tRUS\t\t\tS.\t\nb\t010\tUSA\tRUS\t\t\tT.\t\na\t010\tRUS\tUSA\t\t\tS.\t\n", wantErr: "not together"},
		{name: "no header", in: "# only comments\n", wantErr: "no header"},
		{name: "no-event row", in: newsHeader + "a\t-\t-\t-\thigh\t\tOil rose.\t\nb\t010\tUSA\tRUS\t\t\tS.\t\n", ids: []string{"a", "b"}, gold: []int{0, 1}},
		{name: "no-event row half marked", in: newsHeader + "a\t-\tUSA\t-\t\t\tS.\t\n", wantErr: "no-event row"},
		{name: "no-event row after an event row", in: newsHeader + "a\t010\tUSA\tRUS\t\t\tS.\t\na\t-\t-\t-\t\t\tS.\t\n", wantErr: "beside other rows"},
		{name: "event row after a no-event row", in: newsHeader + "a\t-\t-\t-\t\t\tS.\t\na\t010\tUSA\tRUS\t\t\tS.\t\n", wantErr: "beside other rows"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadNews(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.ids) {
				t.Fatalf("got %d examples, want %d", len(got), len(tt.ids))
			}
			for i, ex := range got {
				rows := max(tt.gold[i], 1) // a no-event sentence has its one row
				if ex.ID != tt.ids[i] || len(ex.Gold) != tt.gold[i] || len(ex.Rows) != rows {
					t.Errorf("example %d = %s with %d events, want %s with %d", i, ex.ID, len(ex.Gold), tt.ids[i], tt.gold[i])
				}
			}
		})
	}
}

func TestScoreNews(t *testing.T) {
	cases := []Case{
		{ // exact hit
			ID: "a", Gold: []Triple{{"USA", "RUS", "042"}},
			Predicted: []Triple{{"USA", "RUS", "042"}},
		},
		{ // right family (04), right actors, wrong sub-code
			ID: "b", Gold: []Triple{{"ISRGOV", "LBN", "046"}},
			Predicted: []Triple{{"ISRGOV", "LBN", "040"}},
		},
		{ // right family, right countries, wrong sector
			ID: "c", Gold: []Triple{{"ISRMIL", "PSE", "173"}},
			Predicted: []Triple{{"ISRGOV", "PSE", "1731"}},
		},
		{ // wrong family, and a missed event
			ID: "d", Gold: []Triple{{"SUN", "USA", "134"}, {"USA", "SUN", "134"}},
			Predicted: []Triple{{"SUN", "USA", "120"}},
		},
	}
	r := ScoreNews(cases)
	check := func(name string, s Score, tp, gold, pred int) {
		t.Helper()
		if s.TP != tp || s.Gold != gold || s.Predicted != pred {
			t.Errorf("%s: tp/gold/pred = %d/%d/%d, want %d/%d/%d", name, s.TP, s.Gold, s.Predicted, tp, gold, pred)
		}
		p, rc := float64(tp)/float64(pred), float64(tp)/float64(gold)
		if f := 2 * p * rc / (p + rc); math.Abs(s.F1-f) > 1e-9 {
			t.Errorf("%s: F1 = %v, want %v", name, s.F1, f)
		}
	}
	check("exact", r.Exact.Total, 1, 5, 4)
	check("family", r.Family.Total, 2, 5, 4)
	check("country", r.Country.Total, 3, 5, 4)
	if len(cases[1].Predicted) != 1 || cases[1].Predicted[0].Code != "040" {
		t.Errorf("ScoreNews changed its input: %+v", cases[1])
	}
}

func TestTripleMaps(t *testing.T) {
	tests := []struct {
		in, family, country Triple
	}{
		{Triple{"USAGOV", "IGOWSTNAT", "0213"}, Triple{"USAGOV", "IGOWSTNAT", "02"}, Triple{"USA", "IGO", "02"}},
		{Triple{"PSE", "IS", "1"}, Triple{"PSE", "IS", "1"}, Triple{"PSE", "IS", "1"}},
	}
	for _, tt := range tests {
		if got := FamilyTriple(tt.in); got != tt.family {
			t.Errorf("FamilyTriple(%v) = %v, want %v", tt.in, got, tt.family)
		}
		if got := CountryTriple(tt.in); got != tt.country {
			t.Errorf("CountryTriple(%v) = %v, want %v", tt.in, got, tt.country)
		}
	}
}

// readRepoNews reads the repository's news set.
func readRepoNews(t *testing.T) []NewsExample {
	t.Helper()
	return readNewsFile(t, "../testdata/news/cameo_examples.tsv")
}

func readNewsFile(t *testing.T, path string) []NewsExample {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	exs, err := ReadNews(f)
	if err != nil {
		t.Fatal(err)
	}
	return exs
}

// TestNewsSetWellFormed checks the repo's news sets: every code is a code
// of the CAMEO codebook, every actor an upper-case code, every confidence
// known, every date a date; a no-event sentence is its one row.
func TestNewsSetWellFormed(t *testing.T) {
	for _, set := range []struct {
		path      string
		min, none int // at least min sentences, none of them without events
	}{
		{"../testdata/news/cameo_examples.tsv", 250, 0},
		{"../testdata/news/written.tsv", 300, 20},
		{"../testdata/news/fresh.tsv", 260, 20},
		{"../testdata/news/fresh.second.tsv", 260, 20},
		{"../testdata/news/written.second.tsv", 300, 20},
	} {
		t.Run(filepath.Base(set.path), func(t *testing.T) {
			exs := readNewsFile(t, set.path)
			if len(exs) < set.min {
				t.Errorf("only %d examples", len(exs))
			}
			actor := regexp.MustCompile(`^[A-Z]{3}([A-Z]{3})*$`)
			date := regexp.MustCompile(`^(19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]$`)
			none := 0
			for _, ex := range exs {
				if !date.MatchString(ex.Date) {
					t.Errorf("%s: date %q", ex.ID, ex.Date)
				}
				if len(ex.Gold) == 0 {
					none++
					continue
				}
				for _, r := range ex.Rows {
					if !cameo.Known(dyad.Code(r.Code)) || !actor.MatchString(r.Source) || !actor.MatchString(r.Target) {
						t.Errorf("%s: bad triple %s %s %s", r.ID, r.Source, r.Target, r.Code)
					}
					switch r.Confidence {
					case "high", "medium", "low":
					default:
						t.Errorf("%s: confidence %q", r.ID, r.Confidence)
					}
				}
			}
			if none < set.none {
				t.Errorf("%d no-event sentences, want at least %d", none, set.none)
			}
		})
	}
}

func FuzzReadNews(f *testing.F) {
	f.Add([]byte(newsHeader + "a\t010\tUSA\tRUS\thigh\t1990-01-02\tS.\t\n"))
	f.Add([]byte("id\tcode\tsource\ttarget\tsentence\na\t1\tb\tc\td\na\t1\tc\tb\td\n"))
	f.Add([]byte("#\n\n\t\t\n"))
	f.Add([]byte(newsHeader + "a\t-\t-\t-\thigh\t\tS.\t\na\t010\tUSA\tRUS\t\t\tS.\t\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		exs, err := ReadNews(strings.NewReader(string(b)))
		if err != nil {
			return
		}
		ids := map[string]bool{}
		for _, ex := range exs {
			noEvent := len(ex.Rows) == 1 && ex.Rows[0].Code == NoEvent
			if ids[ex.ID] || len(ex.Rows) == 0 || noEvent != (len(ex.Gold) == 0) || !noEvent && len(ex.Gold) != len(ex.Rows) {
				t.Fatalf("bad example %+v", ex)
			}
			ids[ex.ID] = true
		}
	})
}

// TestHalf pins the split, which must never change: a held-out half that
// moves is no longer held out. The counts are those of the committed set.
func TestHalf(t *testing.T) {
	// The same split as Python's zlib.crc32(id) % 2 (0: dev).
	for id, want := range map[string]string{"cameo-010": HalfHeld, "cameo-042": HalfDev, "cameo-0211": HalfHeld, "cameo-190": HalfDev} {
		if got := Half(id); got != want {
			t.Errorf("Half(%s) = %s, want %s", id, got, want)
		}
	}
	exs := readRepoNews(t)
	n := map[string]int{}
	for _, ex := range exs {
		n[Half(ex.ID)] += len(ex.Gold)
	}
	if n[HalfDev] != 148 || n[HalfHeld] != 156 {
		t.Errorf("expected events per half: %v, want dev 148, held 156", n)
	}
}

// TestNewsCasesNoEvent checks that a sentence annotated with no event is
// scored: an event predicted for it is a false positive, and predicting
// nothing makes the sentence right.
func TestNewsCasesNoEvent(t *testing.T) {
	exs, err := ReadNews(strings.NewReader(newsHeader +
		"quiet\t-\t-\t-\thigh\t\tOil prices rose.\t\n" +
		"noisy\t-\t-\t-\thigh\t\tThe match ended in a draw.\t\n" +
		"event\t042\tUSA\tRUS\thigh\t\tS.\t\n"))
	if err != nil {
		t.Fatal(err)
	}
	pred := map[string][]Triple{"noisy": {{"BRA", "ARG", "190"}}, "event": {{"USA", "RUS", "042"}}}
	cases := NewsCases(exs, func(ex *NewsExample) ([]Triple, error) { return pred[ex.ID], nil })
	if cases[0].Category != NoEventCategory || cases[2].Category != "04" {
		t.Errorf("categories = %q, %q; want %q, 04", cases[0].Category, cases[2].Category, NoEventCategory)
	}
	s := ScoreNews(cases).Exact.Total
	if s.Records != 3 || s.Exact != 2 || s.Gold != 1 || s.Predicted != 2 || s.TP != 1 || s.FP != 1 {
		t.Errorf("records/right/gold/pred/tp/fp = %d/%d/%d/%d/%d/%d, want 3/2/1/2/1/1",
			s.Records, s.Exact, s.Gold, s.Predicted, s.TP, s.FP)
	}
}

func TestAnnotationPredict(t *testing.T) {
	read := func(rows string) []NewsExample {
		t.Helper()
		exs, err := ReadNews(strings.NewReader(newsHeader + rows))
		if err != nil {
			t.Fatal(err)
		}
		return exs
	}
	set := read("a\t042\tUSA\tRUS\thigh\t2020-01-02\tA.\t\n" +
		"b\t-\t-\t-\thigh\t2020-01-02\tB.\t\n" +
		"c\t111\tIRN\tSAU\thigh\t2020-01-02\tC.\t\n")
	// A second annotator who did a and c, one the same, one not.
	other := read("a\t042\tUSA\tRUS\thigh\t2020-01-02\tA.\t\n" +
		"c\t112\tIRN\tSAU\thigh\t2020-01-02\tC.\t\nc\t111\tSAU\tIRN\tlow\t2020-01-02\tC.\t\n")
	kept, predict, err := AnnotationPredict(set, other)
	if err != nil {
		t.Fatal(err)
	}
	if len(kept) != 2 || kept[0].ID != "a" || kept[1].ID != "c" {
		t.Fatalf("kept %+v, want a and c", kept)
	}
	r := ScoreNews(NewsCases(kept, predict))
	if s := r.Exact.Total; s.TP != 1 || s.FN != 1 || s.FP != 2 {
		t.Errorf("exact tp/fn/fp %d/%d/%d, want 1/1/2", s.TP, s.FN, s.FP)
	}
	if _, _, err := AnnotationPredict(set, read("d\t042\tUSA\tRUS\thigh\t2020-01-02\tD.\t\n")); err == nil || !strings.Contains(err.Error(), "d: not in the set") {
		t.Errorf("an id the set lacks: %v", err)
	}
	if _, _, err := AnnotationPredict(set, read("a\t042\tUSA\tRUS\thigh\t2020-01-02\tA changed.\t\n")); err == nil || !strings.Contains(err.Error(), "a: the sentence differs") {
		t.Errorf("a changed sentence: %v", err)
	}
}

// The second annotations of the written and fresh sets cover the same
// sentences.
func TestSecondAnnotations(t *testing.T) {
	for _, name := range []string{"written", "fresh"} {
		set := readNewsFile(t, "../testdata/news/"+name+".tsv")
		other := readNewsFile(t, "../testdata/news/"+name+".second.tsv")
		kept, _, err := AnnotationPredict(set, other)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(kept) != len(set) {
			t.Errorf("%s: the second annotation covers %d of %d sentences", name, len(kept), len(set))
		}
	}
}
