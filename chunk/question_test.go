package chunk_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/chunk"
	"github.com/dyadproject/dyad/sentence"
)

// TestQuestionObject: a preposition whose object is a question clause
// ("into how a drone entered", "into whether it had entered") takes it as
// (PP (IN into) (SBAR …)) inside the verb phrase; before, the phrase ended
// at the preposition and the clause hung outside the verb's reach. "How"
// before an infinitive ("talks on how to end the war") is no clause and is
// left as it was.
func TestQuestionObject(t *testing.T) {
	p := chunk.New(nil)
	for _, tc := range []struct {
		text string
		want string // a part of the tree
		in   bool   // whether want must be in the tree
	}{
		{"The military launched an investigation into how a drone entered its airspace.", "(PP (IN into) (SBAR (WHADVP (WRB how)) (S (NP (DT a) (NN drone))", true},
		{"The ministry opened an investigation into whether the drone had entered its airspace.", "(PP (IN into) (SBAR (IN whether) (S (NP (DT the) (NN drone))", true},
		{"Egypt held talks with Israel on how to end the war.", "(PP (IN on) (SBAR", false},
	} {
		doc := &dyad.Document{ID: "d", Text: tc.text}
		got := ""
		for _, s := range sentence.Split(doc) {
			got += p.Parse(doc.Text, s).String()
		}
		if strings.Contains(got, tc.want) != tc.in {
			t.Errorf("%s\n got %s\n want %q in it: %v", tc.text, got, tc.want, tc.in)
		}
	}
}
