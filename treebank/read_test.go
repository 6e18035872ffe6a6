package treebank

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in, want, err string
	}{
		{"(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))", "(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))", ""},
		{"( (S (NP (PRP It))\n\t(VP (VBZ is)) ) )", "(S (NP (PRP It)) (VP (VBZ is)))", ""},
		{"(NP (-LRB- -LRB-) (NN x) (-RRB- -RRB-))", "(NP (-LRB- -LRB-) (NN x) (-RRB- -RRB-))", ""},
		{"(ROOT (S (NP (NNP Arnor))", "", "missing ')'"},
		{"(ROOT (S (NN a))) x", "", "text after the tree"},
		{"(ROOT (S ()))", "", "empty phrase"},
		{"NP (NNP x))", "", "want '('"},
		{"(ROOT (NNP a b))", "", "want ')' after word"},
		{"", "", "want '('"},
	} {
		n, err := Parse(tc.in)
		switch {
		case tc.err != "":
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Parse(%q) error %v, want %q", tc.in, err, tc.err)
			}
		case err != nil:
			t.Errorf("Parse(%q): %v", tc.in, err)
		case n.String() != tc.want:
			t.Errorf("Parse(%q) = %s, want %s", tc.in, n, tc.want)
		}
	}
}

func TestParseDepth(t *testing.T) {
	deep := strings.Repeat("(X ", MaxDepth+10) + "(NN a)" + strings.Repeat(")", MaxDepth+10)
	if _, err := Parse(deep); err == nil || !strings.Contains(err.Error(), "deeper") {
		t.Errorf("deep tree: %v", err)
	}
}

func TestAlign(t *testing.T) {
	text := `Gondor's army (the "host") left.`
	n, err := Parse("(S (NP (NP (NNP Gondor) (POS 's)) (NN army) (PRN (-LRB- -LRB-) (NP (DT the) (`` ``) (NN host) ('' '')) (-RRB- -RRB-))) (VP (VBD left)) (. .))")
	if err != nil {
		t.Fatal(err)
	}
	if missing := Align(n, text, 100); missing != 0 {
		t.Fatalf("%d words not found", missing)
	}
	for _, l := range n.Leaves() {
		got := text[l.Start-100 : l.End-100]
		if got != Unescape(l.Word) {
			t.Errorf("leaf %q spans %q", l.Word, got)
		}
	}
	if n.Start != 100 || n.End != 100+len(text) {
		t.Errorf("root span %d-%d", n.Start, n.End)
	}
}
