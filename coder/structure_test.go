package coder

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// TestSentenceStructure codes, with the embedded production dictionaries,
// parser-shaped trees of sentence structures that decide which clauses give
// events and who their actors are. Each rule is shown beside the shape it
// must leave alone.
func TestSentenceStructure(t *testing.T) {
	set, _ := dict.Default()
	opt := DefaultOptions()
	opt.KeepMainVerb = true // as the pipeline codes news
	c := New(set, opt)
	date := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, tree string
		want       []string // "SRC TGT CODE"
	}{
		// ACCORD [060] is agreeing; "according to" only cites a source.
		{"according to is a preposition",
			"(ROOT (S (NP (JJ Iranian) (NNS exports)) (VP (VBD rose) (ADVP (RB sharply)) (PP (VBG according) (PP (TO to) (NP (NP (DT a) (NN study)) (PP (IN by) (NP (NNP France))))))) (. .)))",
			nil},
		{"accord as a verb",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD accorded) (NP (NNP France)) (NP (NN help))) (. .)))",
			[]string{"IRN FRA 060"}},
		// A verb inside a noun phrase is about that noun, not the
		// sentence's subject, and its pattern slots stay inside it.
		{"a reduced relative's by phrase is its source",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD yawned) (PP (IN about) (NP (NP (NNPS Iraqis)) (VP (VBN detained) (PP (IN by) (NP (NNP Turkey))))))) (. .)))",
			[]string{"TUR IRQ 173"}},
		{"a reduced relative without a by phrase has no source",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD yawned) (PP (IN about) (NP (NP (NNS talks)) (VP (VBN expected) (S (VP (TO to) (VP (VB be) (VP (VBN held) (PP (IN in) (NP (NNP China))))))))))) (. .)))",
			nil},
		{"a relative clause of a named actor",
			"(ROOT (S (NP (NNP Syria)) (VP (VBD yawned) (PP (IN about) (NP (NP (NNP Israel)) (SBAR (WHNP (WDT which)) (S (VP (VBD attacked) (NP (NNP Lebanon)))))))) (. .)))",
			[]string{"ISR LBN 190"}},
		// An opening participle clause is done by the subject after it.
		{"fronted participle clause",
			"(ROOT (S (PP (IN After) (S (VP (VBG meeting) (NP (JJ Syrian) (NNS officials)) (PP (IN in) (NP (NNP Damascus)))))) (, ,) (NP (NNP Iran)) (VP (VBD criticized) (NP (NNP Israel))) (. .)))",
			[]string{"IRN SYRGOV 040", "IRN ISR 111"}},
		{"fronted participle without a preposition",
			"(ROOT (S (S (VP (VBG Speaking) (PP (TO to) (NP (JJ Egyptian) (NNS officials))))) (, ,) (NP (NNP Iran)) (VP (VBD criticized) (NP (NNP Israel))) (. .)))",
			[]string{"IRN EGYGOV 040", "EGYGOV IRN 040", "IRN ISR 111"}},
		{"a finite clause before the attribution is not fronted",
			"(ROOT (S (S (VP (VBD accused) (NP (NNP Israel)))) (, ,) (NP (NNP Iran)) (VP (VBD said)) (. .)))",
			nil},
		// An unrealised act's gerund object is not done either.
		{"a gerund inside an unrealised infinitive",
			"(ROOT (S (NP (DT The) (NNP Macedonian) (NN army)) (VP (VBD prepared) (S (VP (TO to) (VP (VB resume) (NP (VBG shelling) (JJ Albanian) (NNS positions)))))) (. .)))",
			nil},
		// A struck military site is its owner's MIL since the fifteenth
		// harmonisation (round thirty-eight, sites44; dev rows t-222, bd-050
		// military sites in Iran IRNMIL; am-153, ay-147 Pakistani border posts
		// PAKMIL; f-235, y-025 Armenian positions ARMMIL).
		{"a gerund object of a done act",
			"(ROOT (S (NP (DT The) (NNP Macedonian) (NN army)) (VP (VBD resumed) (NP (VBG shelling) (JJ Albanian) (NNS positions))) (. .)))",
			[]string{"MKDMIL ALBMIL 190"}},
		// Another verb's null pattern ("- * SINCE [---]  # CLASH") does not
		// blank this verb's event.
		{"another verb's null pattern",
			"(ROOT (S (NP (NNP Iran)) (VP (VBZ has) (VP (VBN attacked) (NP (NNP Iraq)) (ADVP (RB twice)) (PP (IN since) (NP (DT the) (NN ceasefire))))) (. .)))",
			[]string{"IRN IRQ 190"}},
		// A passive's by-phrase names the actor: no $ elsewhere after it.
		{"passive with a by-phrase and another actor after",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD was) (VP (VBN condemned) (PP (IN by) (NP (NNP Iran))) (PP (IN for) (NP (NP (PRP$ its) (NN invasion)) (PP (IN of) (NP (NNP Kuwait))))))) (. .)))",
			[]string{"IRN IRQ 112"}},
		// What an accusation names is a claim, not an event.
		{"the act of an accusation",
			"(ROOT (S (NP (NNP Kenya)) (VP (VBD urged) (NP (NNP Uganda)) (, ,) (S (VP (VBG accusing) (NP (NP (PRP them)) (PP (IN of) (S (VP (VBG killing) (NP (JJ Ugandan) (NNS policemen))))))))) (. .)))",
			[]string{"KEN UGA 020"}},
		{"an alleged act",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD alleged) (SBAR (IN that) (S (NP (NNP Iraq)) (VP (VBD attacked) (NP (NNP Kuwait)))))) (. .)))",
			[]string{"IRN IRQ 112"}},
		{"an accusation beside an act",
			"(ROOT (S (NP (NNP Iran)) (VP (VP (VBD accused) (NP (NNP Iraq))) (CC and) (VP (VBD attacked) (NP (NNP Kuwait)))) (. .)))",
			[]string{"IRN IRQ 112", "IRN KWT 190"}},
		{"a participial clause is not the subject's act",
			"(ROOT (S (S (NP (JJ French) (NNS warships)) (VP (VBD yawned))) (S (VP (VBN expected) (PP (IN in) (NP (NNP Egypt))))) (. .)))",
			nil},
		// A reported obligation is the speaker's demand, its sub-code from
		// what was demanded; the demanded act has not happened.
		{"said that another actor must act",
			"(ROOT (S (NP (NNP Britain)) (VP (VBD said) (SBAR (S (NP (NNP Iran) (CC and) (NNP Iraq)) (VP (MD must) (VP (VB reach) (NP (DT an) (NN agreement))))))) (. .)))",
			[]string{"GBR IRN 107", "GBR IRQ 107"}},
		{"an obligation before a closing said",
			"(ROOT (S (S (NP (NNP Iran)) (VP (VBZ has) (S (VP (TO to) (VP (VB stop) (NP (NN support)) (PP (IN for) (NP (NNP Hamas)))))))) (, ,) (NP (NNP France)) (VP (VBD said)) (. .)))",
			[]string{"FRA IRN 100"}},
		{"said that another actor will act",
			"(ROOT (S (NP (NNP Britain)) (VP (VBD said) (SBAR (S (NP (NNP Iran) (CC and) (NNP Iraq)) (VP (MD will) (VP (VB reach) (NP (DT an) (NN agreement))))))) (. .)))",
			[]string{"GBR IRN 010", "GBR IRQ 010", "IRN IRQ 037", "IRQ IRN 037"}},
		// What a mandative verb asks for has not happened; the verb takes
		// its sub-code.
		{"a demand for a subjunctive act",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD insisted) (SBAR (IN that) (S (NP (NNP Iraq)) (VP (VB withdraw) (NP (PRP$ its) (NNS troops)) (PP (IN from) (NP (NNP Kuwait))))))) (. .)))",
			[]string{"IRN IRQ 1056"}},
		{"an appeal for a subjunctive act",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD urged) (SBAR (IN that) (S (NP (NNP Iraq)) (VP (VB release) (NP (DT the) (NNS prisoners)))))) (. .)))",
			[]string{"IRN IRQ 0253"}},
		{"a claim about a past act is no demand",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD insisted) (SBAR (IN that) (S (NP (NNP Iraq)) (VP (VBD withdrew) (NP (PRP$ its) (NNS troops)) (PP (IN from) (NP (NNP Kuwait))))))) (. .)))",
			[]string{"IRN IRQ 016", "IRQ KWT 0874"}},
		// A denied act is not an event.
		{"a denial",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD denied) (SBAR (IN that) (S (NP (NNP Syria)) (VP (VBD had) (VP (VBN attacked) (NP (NNP Kuwait))))))) (. .)))",
			[]string{"IRN SYR 016"}},
		// The reported event stands for the statement, even when its $
		// passed over a pronoun subject to the speaker.
		{"a reported event whose source is the speaker",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (VBD attacked) (NP (NNP Kuwait)))))) (. .)))",
			[]string{"IRN KWT 190"}},
		// The second of two coordinated verbs shares the subject; the
		// first verb's object is not its source.
		{"coordinated verb phrases share the subject",
			"(ROOT (S (NP (NNP Iran)) (VP (VP (VBD recalled) (NP (PRP$ its) (NN ambassador)) (PP (IN from) (NP (NNP Iraq)))) (CC and) (VP (VBD expelled) (NP (CD two) (NNP Iraqi) (NNS diplomats)))) (. .)))",
			[]string{"IRN IRQ 161", "IRN IRQGOV 174"}},
		// An active pattern does not read a passive backwards.
		{"a passive with an active pattern",
			"(ROOT (S (NP (NNP Israel)) (VP (VBD was) (VP (VBN criticized) (PP (IN by) (NP (NNP France))))) (. .)))",
			[]string{"FRA ISR 111"}},
		{"a passive with a target pattern",
			"(ROOT (S (NP (NNP Israel)) (VP (VBD was) (VP (VBN criticized) (PP (IN by) (NP (NNP France))) (PP (IN for) (NP (PRP$ its) (NN raid))))) (. .)))",
			[]string{"FRA ISR 111"}},
		{"the active voice",
			"(ROOT (S (NP (NNP France)) (VP (VBD criticized) (NP (NNP Israel)) (PP (IN for) (NP (PRP$ its) (NN raid)))) (. .)))",
			[]string{"FRA ISR 111"}},
		// A pronoun subject stands for the subject above, not for the
		// actor nearest before it.
		{"a pattern source past a pronoun subject",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD told) (NP (NNP Iraq)) (SBAR (IN that) (S (NP (PRP it)) (VP (MD would) (VP (VB attack) (NP (NNP Kuwait))))))) (. .)))",
			[]string{"IRN KWT 190"}},
		{"a pattern does not read a negated verb",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD told) (NP (NNP Iraq)) (SBAR (IN that) (S (NP (NNP Syria)) (VP (MD would) (RB not) (VP (VB attack) (NP (NNP Kuwait))))))) (. .)))",
			[]string{"IRN IRQ 010"}},
		// "- + * IN $ [173]" reads "militants arrested in Pakistan".
		{"an active verb does not take a passive place pattern",
			"(ROOT (S (NP (NNP Pakistani) (NNS police)) (VP (VBD apprehended) (NP (NNP Indian) (NNS militants)) (PP (IN in) (NP (NNP Karachi)))) (. .)))",
			[]string{"PAKCOP INDREB 173"}},
		// A compound acts on itself only when nothing else is acted on,
		// and only in a mutual event.
		{"a compound with an object is not reciprocal",
			"(ROOT (S (NP (NNP France) (, ,) (NNP Germany) (CC and) (NNP Britain)) (VP (VBD urged) (NP (NNP Iran)) (S (VP (TO to) (VP (VB suspend) (NP (NN enrichment)))))) (. .)))",
			[]string{"FRA IRN 020", "DEU IRN 020", "GBR IRN 020"}},
		{"a compound that meets",
			"(ROOT (S (NP (NNP Iran) (CC and) (NNP Syria)) (VP (VBD met) (PP (IN in) (NP (NNP Damascus)))) (. .)))",
			[]string{"IRN SYR 044", "SYR IRN 044"}},
		{"a compound that rejects something is not rejecting itself",
			"(ROOT (S (NP (NNP Russia) (CC and) (NNP China)) (VP (VBD vetoed) (NP (DT the) (NN resolution))) (. .)))",
			nil},
		// A condition is not an event.
		{"a conditional clause",
			"(ROOT (S (SBAR (IN If) (S (NP (NNP Iraq)) (VP (VBZ attacks) (NP (NNP Kuwait))))) (, ,) (NP (DT the) (NNP United) (NNPS States)) (VP (MD will) (VP (VB respond))) (. .)))",
			nil},
		{"a reporting pattern yields to the reported verb's own pattern",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (MD would) (VP (VB attack) (NP (NNP Iraq))))))) (. .)))",
			[]string{"IRN IRQ 138"}},
		// "We" in a quotation is the speaker named after it.
		{"the speaker of a quotation",
			"(ROOT (S (`` ``) (S (NP (PRP We)) (VP (MD will) (VP (VB negotiate) (PP (IN with) (NP (NNP Israel)))))) (, ,) ('' '') (NP (DT the) (JJ Syrian) (NN president)) (VP (VBD said)) (. .)))",
			[]string{"SYRGOV ISR 036"}},
		{"a reported event whose synset matched the speaker's noun",
			"(ROOT (S (NP (DT The) (NNP Israeli) (NN army)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (VBD had) (VP (VBN arrested) (NP (CD five) (NNPS Palestinians))))))) (. .)))",
			[]string{"ISRMIL PSE 173"}},
		{"a place is not the source of a later verb",
			"(ROOT (S (NP (NNS Protesters)) (VP (VBD marched) (PP (IN in) (NP (NNP Cairo))) (S (VP (TO to) (VP (VB protest) (NP (DT the) (NN war)) (PP (IN in) (NP (NNP Iraq))))))) (. .)))",
			nil},
		{"said that another actor should act is an appeal",
			"(ROOT (S (NP (NNP Britain)) (VP (VBD said) (SBAR (S (NP (NNP Iran) (CC and) (NNP Iraq)) (VP (MD should) (VP (VB reach) (NP (DT an) (NN agreement))))))) (. .)))",
			[]string{"GBR IRN 027", "GBR IRQ 027"}},
		// The target names one of the compound's own members.
		{"a compound acting on one of its members acts on itself",
			"(ROOT (S (NP (NNPS Palestinians) (CC and) (NNPS Israelis)) (VP (VBD met) (PP (IN on) (NP (NP (DT the) (NN fate)) (PP (IN of) (NP (JJ Palestinian) (NNS offices)))))) (. .)))",
			[]string{"PSE ISR 040", "ISR PSE 040"}},
		// The infinitive of "failed", "prepared", "threatened" ... is not
		// an act, even when that verb codes nothing itself.
		{"a failed act is no act",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD failed) (S (VP (TO to) (VP (VB release) (NP (DT the) (NNP Iraqi) (NNS prisoners)))))) (. .)))",
			nil},
		{"a prepared act is no act",
			"(ROOT (S (NP (DT The) (JJ Macedonian) (NN army)) (VP (VBD prepared) (S (VP (TO to) (VP (VB shell) (NP (NNP Albanian) (NNS villages)))))) (. .)))",
			nil},
		// A refused act is the refusal of it.
		{"a refusal to release",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD refused) (S (VP (TO to) (VP (VB release) (NP (DT the) (NNP Iraqi) (NNS prisoners)))))) (. .)))",
			[]string{"IRN IRQ 1243"}},
		{"as well as coordinates actors",
			"(ROOT (S (NP (NP (NNP Britain)) (CONJP (RB as) (RB well) (IN as)) (NP (NNP France))) (VP (VBD condemned) (NP (NNP Iran))) (. .)))",
			[]string{"GBR IRN 111", "FRA IRN 111"}},
		{"the members a subject's including list names act",
			"(ROOT (S (NP (NP (JJ Several) (NNS countries)) (, ,) (PP (VBG including) (NP (NNP Britain) (CC and) (NNP France))) (, ,)) (VP (VBD condemned) (NP (NNP Iran))) (. .)))",
			[]string{"GBR IRN 111", "FRA IRN 111"}},
		{"a time phrase inside a multi-word verb",
			"(ROOT (S (NP (NNP Syria)) (VP (VBD called) (NP-TMP (NNP Thursday)) (PP (IN on) (NP (NNP Iraq))) (S (VP (TO to) (VP (VB withdraw))))) (. .)))",
			[]string{"SYR IRQ 0256"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := codeTree(t, c, tt.tree, date), strings.Join(tt.want, "; "); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestDemandOf(t *testing.T) {
	tests := []struct{ action, want dyad.Code }{
		{"", "100"},      // nothing coded in the clause
		{"0842", "1053"}, // return property: demand its release
		{"037", "107"},   // settle a dispute
		{"0331", "1031"}, // economic aid
		{"036", "106"},   // meet
		{"042", "106"},   // visit
		{"062", "1012"},  // cooperate militarily
		{"073", "1033"},  // humanitarian aid
		{"0832", "1042"}, // accede to a policy change
		{"0871", "1056"}, // truce
		{"190", "100"},   // a conflict act has no demand of its own
		{"030", "100"},
	}
	for _, tt := range tests {
		if got := demandOf(tt.action); got != tt.want {
			t.Errorf("demandOf(%q) = %q, want %q", tt.action, got, tt.want)
		}
	}
}

func TestRefuseOf(t *testing.T) {
	tests := []struct{ act, want dyad.Code }{
		{"0841", "1243"}, // release persons
		{"086", "1245"},  // allow international involvement
		{"0832", "1232"}, // accede to a policy change
		{"062", "1212"},  // military cooperation
		{"073", "1223"},  // humanitarian aid
		{"036", "125"},   // meet
		{"190", "120"},
	}
	for _, tt := range tests {
		if got := refuseOf(tt.act); got != tt.want {
			t.Errorf("refuseOf(%q) = %q, want %q", tt.act, got, tt.want)
		}
	}
}
