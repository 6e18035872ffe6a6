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
	// Round thirty-seven's rules (session twenty-one), whole and cut short
	// where they read ahead of or around a leaf: relincursion.go,
	// verdict.go's saysIncursion and saysFault, penalty.go's "have to" and
	// unpunishedAt, hosted.go's hostedNoVisit, parade.go, ownstrike.go's
	// bareAnnouncer, forceClause's "agreeing".
	f.Add("(ROOT (S (NP (NNP Romania)) (VP (VBD shot) (NP (NP (RB down) (CD two) (JJ Russian) (NNS drones)) (SBAR (WHNP (WDT that)) (S (VP (VBD crossed) (PP (IN into) (NP (PRP$ its) (NN airspace) (NN overnight)))))))) (. .)))",
		"Romania shot down two Russian drones that crossed into its airspace overnight.")
	f.Add("(ROOT (S (NP (NP (JJ Chinese) (NNS jets)) (SBAR (WHNP (WDT that)) (S (VP (VBD entered) (NP (JJ Japanese) (NN airspace)))))) (VP (VBD were) (VP (VBN tracked) (PP (IN by) (NP (NNP Japan))))) (. .)))",
		"Chinese jets that entered Japanese airspace were tracked by Japan.")
	f.Add("(ROOT (S (NP (NNP China)) (VP (VBD said) (SBAR (S (NP (JJ Indian) (NNS troops)) (VP (VBD had) (VP (VBN crossed) (NP (NP (DT the) (NN line)) (PP (IN of) (NP (JJ actual) (NN control)))) (ADVP (RB twice))))))) (. .)))",
		"China said Indian troops had crossed the line of actual control twice.")
	f.Add("(ROOT (S (NP (NNP China)) (VP (VBD said) (SBAR (S (NP (DT the) (NNP U.S.) (NN plane)) (VP (VBD had) (RB deliberately) (VP (VBN intruded) (PP (IN into) (NP (PRP$ its) (NN training) (NN area)))))))) (. .)))",
		"China said the U.S. plane had deliberately intruded into its training area.")
	f.Add("(ROOT (S (S (NP (NNP Britain)) (VP (VBD said) (SBAR (S (NP (NP (NNP China) (POS 's)) (JJ new) (NN law)) (VP (VBD was) (NP (DT a))))))) (NP (NP (`` ``) (ADJP (JJ clear) (CC and) (JJ serious)) (NN breach) ('' '')) (PP (IN of) (NP (DT the) (CD 1984) (NN declaration)))) (. .)))",
		"Britain said China's new law was a \"clear and serious breach\" of the 1984 declaration.")
	f.Add("(ROOT (S (NP (NNP France)) (VP (VBD said) (SBAR (S (NP (NNP Iran)) (VP (VBD had) (VP (VBN made) (NP (DT a) (JJ big) (NN mistake))))))) (. .)))",
		"France said Iran had made a big mistake.")
	f.Add("(ROOT (S (NP (NNP Iran)) (VP (VBD said) (SBAR (S (NP (DT the) (NNP American) (NNS strikes)) (VP (MD will) (RB not) (VP (VB go) (ADJP (JJ unpunished))))))) (. .)))",
		"Iran said the American strikes will not go unpunished.")
	f.Add("(ROOT (S (NP (DT The) (NNP Houthis)) (VP (VBD said) (SBAR (S (NP (DT the) (NNP United) (NNPS States)) (VP (MD will) (VP (VB have) (S (VP (TO to) (VP (VB pay) (NP (DT a) (JJ heavy) (NN price)))))))))) (. .)))",
		"The Houthis said the United States will have to pay a heavy price.")
	f.Add("(ROOT (S (NP (NP (NNS Members)) (PP (IN of) (NP (DT the) (NNP Arab) (NNP League)))) (VP (VBD endorsed) (NP (DT the) (NN plan)) (PP (IN on) (NP (NNP Monday))) (PP (IN at) (NP (NP (DT a) (JJ virtual) (NN summit)) (VP (VBN hosted) (PP (IN by) (NP (NNP Egypt))))))) (. .)))",
		"Members of the Arab League endorsed the plan on Monday at a virtual summit hosted by Egypt.")
	f.Add("(ROOT (S (NP (NP (NP (NNP Sudan) (POS 's)) (NN army) (NN chief)) (CC and) (NP (DT the) (NNP RSF) (NN commander))) (VP (VBD met) (PP (IN in) (NP (NNP Jeddah))) (PP (IN on) (NP (NNP Sunday))) (PP (IN for) (NP (NP (NNS talks)) (VP (VBN hosted) (PP (IN by) (NP (DT the) (NNP Saudi) (JJ foreign) (NN minister))))))) (. .)))",
		"Sudan's army chief and the RSF commander met in Jeddah on Sunday for talks hosted by the Saudi foreign minister.")
	f.Add("(ROOT (S (NP (NNP Lula)) (VP (VBD stood) (NP (JJ beside) (NNP Macron)) (PP (IN at) (NP (DT a) (JJ military) (NN parade))) (PP (IN in) (NP (NNP Paris))) (PP (IN on) (NP (NNP Monday)))) (. .)))",
		"Lula stood beside Macron at a military parade in Paris on Monday.")
	f.Add("(ROOT (S (NP (DT The) (NNP Qatari) (NN emir)) (VP (VBD attended) (NP (NP (DT the) (NN funeral)) (PP (IN of) (NP (NP (NNP Kenya) (POS 's)) (JJ former) (NN president)))) (PP (IN in) (NP (NNP Nairobi))) (PP (IN on) (NP (NNP Wednesday)))) (. .)))",
		"The Qatari emir attended the funeral of Kenya's former president in Nairobi on Wednesday.")
	f.Add("(ROOT (S (S (NP (NNP Egypt)) (VP (VBD struck) (NP (JJ militant) (NNS camps)) (PP (IN in) (NP (JJ eastern) (NNP Libya))) (PP (IN on) (NP (NNP Monday))))) (, ,) (NP (DT the) (NN defence) (NN ministry)) (VP (VBD said)) (. .)))",
		"Egypt struck militant camps in eastern Libya on Monday, the defence ministry said.")
	f.Add("(ROOT (S (NP (NP (JJ Armenian)) (CC and) (NP (NNP Azerbaijani) (NNS negotiators))) (VP (VBD held) (NP (NNS talks)) (PP (IN in) (NP (NNP Vienna))) (PP (IN on) (NP (NNP Monday))) (, ,) (S (VP (VBG agreeing) (S (VP (TO to) (VP (VB exchange) (NP (CD 50) (NNS prisoners)))))))) (. .)))",
		"Armenian and Azerbaijani negotiators held talks in Vienna on Monday, agreeing to exchange 50 prisoners.")
	f.Add("(ROOT (S (NP (NNS drones)) (SBAR (WHNP (WDT that)) (S (VP (VBD crossed))))))", "drones that crossed")
	f.Add("(ROOT (S (NP (NNS drones)) (SBAR (WHNP (WDT that)) (S (VP (VBD had))))))", "drones that had")
	f.Add("(ROOT (S (NP (JJ Russian) (NNS drones)) (SBAR (WHNP (WDT that)) (S (VP (VBD entered) (NP (PRP$ its) (NN air) (NN space)))))))", "Russian drones that entered its air space")
	f.Add("(ROOT (S (NP (NNP China)) (VP (VBD said) (SBAR (S (NP (NNS troops)) (VP (VBD had) (VP (VBN crossed))))))))", "China said troops had crossed")
	f.Add("(ROOT (S (NP (NNP China)) (VP (VBD said) (SBAR (S (NP (NN law)) (VP (VBD was) (NP (DT a))))))))", "China said law was a")
	f.Add("(ROOT (S (NP (NNS strikes)) (VP (MD will) (RB not) (VP (VB go)))))", "strikes will not go")
	f.Add("(ROOT (S (NP (NNS strikes)) (VP (MD will) (RB not) (VP (VB go) (`` ``)))))", "strikes will not go \"")
	f.Add("(ROOT (S (NP (NNP Houthis)) (VP (MD will) (VP (VB have) (S (VP (TO to)))))))", "Houthis will have to")
	f.Add("(ROOT (S (NP (NNS talks)) (VP (VBN hosted) (PP (IN by)))))", "talks hosted by")
	f.Add("(ROOT (S (NP (NNP Lula)) (PP (IN at) (NP (NN parade)))))", "Lula at parade")
	f.Add("(ROOT (NP (NN funeral)))", "funeral")
	f.Add("(ROOT (S (, ,) (NP (DT the) (NN army)) (VP (VBD said))))", ", the army said")
	f.Add("(ROOT (S (NP (NN ministry)) (VP (VBD said))))", "ministry said")
	f.Add("(ROOT (S (NP (NNS negotiators)) (VP (VBD met) (, ,) (S (VP (VBG agreeing))))))", "negotiators met, agreeing")
	// Round thirty-eight's rules (session twenty-two), whole and cut
	// short where they read ahead of a leaf: seizedcity.go's cityObject,
	// dismissedclaim.go's dismissedNoun and authorBefore, owndenial.go,
	// ownstrike.go's closingSay (a time or a comma after the closing
	// verb), nountalks.go's talksStretch.
	f.Add("(ROOT (S (NP (NNP Taliban) (NNS fighters)) (VP (VBD seized) (NP (NNP Kabul)) (PP (IN on) (NP (NNP Sunday)))) (. .)))",
		"Taliban fighters seized Kabul on Sunday.")
	f.Add("(ROOT (S (NP (NNS fighters)) (VP (VBD seized) (NP (DT the)))))", "fighters seized the")
	f.Add("(ROOT (S (NP (NNS fighters)) (VP (VBD captured))))", "fighters captured")
	f.Add("(ROOT (S (NP (NNP Beijing)) (VP (VBD dismissed) (NP (NP (NNP Washington) (POS 's)) (NNS claims)) (PP (IN as) (ADJP (JJ groundless)))) (. .)))",
		"Beijing dismissed Washington's claims as groundless.")
	f.Add("(ROOT (S (NP (NNP Hanoi)) (VP (VBD dismissed) (PP (IN as) (ADJP (JJ baseless))) (NP (DT a) (JJ Chinese) (NN newspaper) (NN report))) (. .)))",
		"Hanoi dismissed as baseless a Chinese newspaper report.")
	f.Add("(ROOT (S (NP (NNP Beijing)) (VP (VBD dismissed) (NP (NNP Washington) (POS 's)))))", "Beijing dismissed Washington's")
	f.Add("(ROOT (S (VP (VBD dismissed) (NP (NNS claims)))))", "dismissed claims")
	f.Add("(ROOT (S (NP (NNP Vucic)) (VP (VBD denied) (SBAR (IN that) (S (NP (NNP Belgrade)) (VP (VBD had) (NP (DT a) (NN role)))))) (. .)))",
		"Vucic denied that Belgrade had a role.")
	f.Add("(ROOT (S (NP (JJ French) (NNS warplanes)) (VP (VBD struck) (NP (NNP Syria))) (, ,) (NP (NNP Macron)) (VP (VBD announced) (PP (IN on) (NP (NNP Friday) (NN night)))) (. .)))",
		"French warplanes struck Syria, Macron announced on Friday night.")
	f.Add("(ROOT (S (NP (NNS warplanes)) (VP (VBD struck) (NP (NNP Syria))) (, ,) (NP (NNP Scholz)) (VP (VBD said)) (, ,)))", "warplanes struck Syria, Scholz said,")
	f.Add("(ROOT (S (NP (NNP Putin) (CC and) (NNP Erdogan)) (VP (VBD agreed) (PP (TO to) (NP (DT a) (NN ceasefire))) (, ,) (PP (IN after) (NP (NP (CD six) (NNS hours)) (PP (IN of) (NP (NNS talks)))))) (. .)))",
		"Putin and Erdogan agreed to a ceasefire, after six hours of talks.")
	f.Add("(ROOT (S (NP (NNP Putin)) (VP (VBD agreed) (, ,) (PP (IN after)))))", "Putin agreed, after")
	f.Add("(ROOT (S (NP (NNP Gazprom)) (VP (VBD cut) (NP (NN gas)) (, ,) (SBAR (IN after) (S (NP (NNS talks)) (VP (VBD collapsed))))) (. .)))",
		"Gazprom cut gas, after talks collapsed.")
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
