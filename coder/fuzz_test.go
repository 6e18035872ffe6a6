package coder

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad/treebank"
)

// FuzzCode: any tree the reader accepts is coded without a panic, and every
// event's spans lie inside the text the tree was aligned to.
func FuzzCode(f *testing.F) {
	_, set := loadDev(f)
	f.Add("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))", "Arnor restored diplomatic ties with Gondor.")
	f.Add("(ROOT (S (NP (NNP Gondor) (CC and) (NNP Osgiliath)) (VP (VBP have) (VP (VBN delayed) (NP (PRP$ their) (NN meeting))))))", "")
	f.Add("(ROOT (NP (NP (NNP CEBU)) (: --) (NP (NNS x))))", "CEBU -- x")
	f.Add("(S (VP (VBN opposed) (PP (IN by) (NP (NNP Osgiliath)))) (, ,) (NP (NN Eriador)))", "")
	f.Add("(, 0)", "") // a tree that is one comma: it has no parent
	// Round thirty-six's rules: a landmark after a locative (landmark.go),
	// whole, cut short inside its name and before a possessive; a passive
	// row's BE of the verb's own and of another conjunct (otherbe.go).
	f.Add("(ROOT (S (NP (NNP Kenyan) (NNP President) (NNP William) (NNP Ruto)) (VP (VBD met) (NP (NNP Trump)) (PP (IN at) (NP (DT the) (NNP White) (NNP House))) (PP (IN on) (NP (NNP Tuesday)))) (. .)))",
		"Kenyan President William Ruto met Trump at the White House on Tuesday.")
	f.Add("(ROOT (S (NP (NNP Ruto)) (VP (VBD met) (NP (NNP Trump)) (PP (IN at) (NP (DT the) (NNP White))))))", "Ruto met Trump at the White")
	f.Add("(ROOT (S (NP (NNP Putin)) (VP (VBD met) (NP (NNP Modi)) (PP (IN at) (NP (NP (DT the) (NNP Kremlin) (POS 's)) (NN invitation)))) (. .)))",
		"Putin met Modi at the Kremlin's invitation.")
	f.Add("(ROOT (S (NP (NNP Putin)) (VP (VBD met) (NP (NNP Modi)) (PP (IN at) (NP (DT the) (NNP Kremlin))))))", "Putin met Modi at the Kremlin")
	f.Add("(ROOT (S (NP (NNP Iran)) (VP (VBD was) (VP (VBN accused) (PP (IN by) (NP (NP (NNP Israel)) (PP (IN of) (S (VP (VBG supplying) (NP (NNS drones)) (PP (TO to) (NP (NNP Russia)))))))))) (. .)))",
		"Iran was accused by Israel of supplying drones to Russia.")
	f.Add("(ROOT (S (NP (NNP Serbia)) (VP (VBD said) (SBAR (S (NP (DT the) (NN report)) (VP (VP (VBD was) (ADJP (JJ false))) (CC and) (VP (VBD accused) (NP (NP (NNP Kosovo)) (PP (IN of) (S (VP (VBG provoking) (NP (DT the) (NNS clashes))))))))))) (. .)))",
		"Serbia said the report was false and accused Kosovo of provoking the clashes.")
	f.Add("(ROOT (S (NP (NNP Serbia)) (VP (VP (VBD was) (ADJP (JJ false))) (CC and) (VP (VBD accused)))))", "Serbia was false and accused")
	opts := []Options{DefaultOptions(), {NewActorLength: 3, CommaMin: 1, CommaMax: 3, CommaBMin: 1, CommaBMax: 3, CommaEMin: 1, CommaEMax: 3}}
	f.Fuzz(func(t *testing.T, tree, text string) {
		n, err := treebank.Parse(tree)
		if err != nil {
			return
		}
		treebank.Align(n, text, 0)
		for _, o := range opts {
			evs, _ := New(set, o).Code(n, time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC))
			for _, e := range evs {
				if !e.Verb.Valid(len(text)) || !e.Source.Span.Valid(len(text)) || !e.Target.Span.Valid(len(text)) {
					t.Fatalf("span outside the text: %+v", e)
				}
			}
		}
	})
}
