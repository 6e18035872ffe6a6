package coder

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/dict"
)

// TestReportedActs codes, with the production dictionaries and the options
// the pipeline uses, reported clauses: the act a neutral report names is
// coded (Y>Z of "X said Y did Z"), the act a denial or doubt names is not,
// and a speaker is never made to do the reported act. Each tree is the one
// dyad's parser gives the sentence.
func TestReportedActs(t *testing.T) {
	set, _ := dict.Default()
	opt := DefaultOptions()
	opt.KeepMainVerb, opt.SubCodes, opt.ReportedActs = true, true, true
	c := New(set, opt)
	date := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	// clause builds "(ROOT (S (NP (NNP subj)) (VP (VBD verb) [obj] (SBAR [(IN comp)] (S (NP rep) (VP ...))))) (. .)))".
	clause := func(subj, verb, obj, comp, rep, vp string) string {
		if obj != "" {
			obj = " " + obj
		}
		if comp != "" {
			comp = "(IN " + comp + ") "
		}
		return "(ROOT (S (NP (NNP " + subj + ")) (VP (VBD " + verb + ")" + obj + " (SBAR " + comp + "(S " + rep + " " + vp + "))) (. .)))"
	}
	attacked := func(tgt string) string {
		return "(VP (VBD had) (VP (VBN attacked) (NP (NNP " + tgt + "))))"
	}
	tests := []struct {
		name, tree string
		want       []string // "SRC TGT CODE"
	}{
		// ATTACK's "- SAID + * [111]" reads the speaker's accusation; the
		// attack it reports is news as well.
		{"a reported attack is coded beside the accusation",
			clause("Syria", "said", "", "", "(NP (NNP Israel))", attacked("Lebanon")),
			[]string{"SYR ISR 010", "SYR ISR 111", "ISR LBN 190"}},
		{"with a that and an agent",
			clause("Egypt", "said", "", "that", "(NP (JJ Israeli) (NNS troops))", attacked("Lebanon")),
			[]string{"EGY ISRMIL 010", "EGY ISRMIL 111", "ISRMIL LBN 190"}},
		// CRITICIZE's "- SAID + * [112]": the same for a verbal act.
		{"a reported criticism",
			clause("Egypt", "said", "", "", "(NP (NNP Israel))", "(VP (VBD had) (VP (VBN criticized) (NP (NNP Lebanon))))"),
			[]string{"EGY ISR 010", "EGY ISR 112", "ISR LBN 111"}},
		// BEAT's "- SAID + * [182]" would make Syria the assailant. (The
		// clause's 190 is what BEAT's block, DESTROY, gives "beat" alone.)
		{"the speaker does not do a material act",
			clause("Syria", "said", "", "", "(NP (NNP Israeli) (NNS police))", "(VP (VBD had) (VP (VBN beaten) (NP (NNP Lebanese) (NNS protesters))))"),
			[]string{"SYR ISRCOP 010", "ISRCOP LBNOPP 190"}},
		// The speaker's own pronoun: the pattern's reading is the act.
		{"a speaker's own future act is its threat",
			clause("Iran", "said", "", "", "(NP (PRP it))", "(VP (MD would) (VP (VB attack) (NP (NNP Iraq))))"),
			[]string{"IRN IRQ 1384"}},
		// A report whose pattern stays in the clause was coded already.
		{"a neutral report with no reporting pattern",
			clause("Syria", "confirmed", "", "that", "(NP (NNP Israel))", "(VP (VBD had) (VP (VBN bombed) (NP (NNP Lebanon))))"),
			[]string{"ISR LBN 190"}},
		{"a report welcomed",
			clause("Iran", "welcomed", "(NP (NNS reports))", "that", "(NP (NNP Iraq))", "(VP (VBD had) (VP (VBN released) (NP (NNP Kuwaiti) (NNS prisoners))))"),
			[]string{"IRN IRQ 051", "IRQ KWT 0841"}},
		// Denials and doubts report no act.
		{"a denial",
			clause("Iran", "denied", "", "that", "(NP (NNP Iraq))", attacked("Kuwait")),
			[]string{"IRN IRQ 016"}},
		{"claims dismissed",
			clause("Iran", "dismissed", "(NP (NNS claims))", "that", "(NP (NNP Israel))", attacked("Lebanon")),
			nil},
		{"claims dismissed as baseless",
			clause("Iran", "dismissed", "(PP (IN as) (NP (NN baseless) (NNS claims)))", "that", "(NP (NNP Israel))", attacked("Lebanon")),
			nil},
		{"an allegation rejected",
			clause("Iran", "rejected", "(NP (DT the) (NN allegation))", "that", "(NP (NNP Iraq))", attacked("Kuwait")),
			[]string{"IRN IRQ 016"}},
		{"a doubt",
			clause("Iraq", "questioned", "", "whether", "(NP (NNP Iran))", "(VP (VBD had) (VP (VBN shelled) (NP (NNP Kuwait))))"),
			[]string{"IRQ IRN 020"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := codeTree(t, c, tt.tree, date), strings.Join(tt.want, "; "); got != want {
				t.Errorf("got %q, want %q\n%s", got, want, tt.tree)
			}
		})
	}
	// PETRARCH's reading, without the option: one event for the verb.
	c = New(set, DefaultOptions())
	tree := clause("Syria", "said", "", "", "(NP (NNP Israel))", attacked("Lebanon"))
	if got, want := codeTree(t, c, tree, date), "SYR ISR 010; SYR ISR 111"; got != want {
		t.Errorf("without ReportedActs: got %q, want %q", got, want)
	}
}
