package coder

import "testing"

// TestImpliedTarget: a curfew or martial law with no target named is
// imposed on the source's own country, and a protest with no government
// named is against the protesters' own government; IGOs, armed groups and
// states protesting get nothing. Civilian victims with no country take the
// sentence's.
func TestImpliedTarget(t *testing.T) {
	c := New(newsDicts(t), impliedOptions())
	tests := []struct {
		name string
		s    sentence
		want string
	}{
		{"martial law on one's own country",
			sentence{"The Thai army declared martial law on Tuesday.",
				"(ROOT (S (NP (DT The) (NNP Thai) (NN army)) (VP (VBD declared) (NP (JJ martial) (NN law)) (PP (IN on) (NP (NNP Tuesday)))) (. .)))"},
			"THAMIL>THA 1724"},
		{"a curfew's target is not people of no country in an after-phrase",
			sentence{"The Sri Lankan government imposed a nationwide curfew on Sunday after clashes between Muslims and Buddhists.",
				"(ROOT (S (NP (DT The) (NNP Sri) (NNP Lankan) (NN government)) (VP (VBD imposed) (NP (DT a) (JJ nationwide) (NN curfew)) (PP (IN on) (NP (NNP Sunday))) (PP (IN after) (NP (NNS clashes))) (PP (IN between) (NP (NNP Muslims) (CC and) (NNP Buddhists)))) (. .)))"},
			"LKAGOV>LKA 1723"},
		{"a curfew lifted",
			sentence{"The government of Pakistan lifted the curfew on Monday.",
				"(ROOT (S (NP (NP (DT The) (NN government)) (PP (IN of) (NP (NNP Pakistan)))) (VP (VBD lifted) (NP (DT the) (NN curfew)) (PP (IN on) (NP (NNP Monday)))) (. .)))"},
			"PAKGOV>PAK 0813"},
		{"a faith's protest is against its country's government (MMRGOV, not MMRBUDGOV)",
			sentence{"Buddhist monks in Myanmar staged a hunger strike on Tuesday.",
				"(ROOT (S (NP (NP (NNP Buddhist) (NNS monks)) (PP (IN in) (NP (NNP Myanmar)))) (VP (VBD staged) (NP (DT a) (NN hunger) (NN strike)) (PP (IN on) (NP (NNP Tuesday)))) (. .)))"},
			"MMRBUD>MMRGOV 142"},
		{"a protest with no government named",
			sentence{"Thousands of Kenyan students marched in the streets on Friday.",
				"(ROOT (S (NP (NP (NNS Thousands)) (PP (IN of) (NP (NNP Kenyan) (NNS students)))) (VP (VBD marched) (PP (IN in) (NP (DT the) (NNS streets))) (PP (IN on) (NP (NNP Friday)))) (. .)))"},
			"KENEDU>KENGOV 140"},
		// The crowd is the state's dissidents, OPP (coder/crowdopp.go; README:
		// protesters are OPP whatever noun names them).
		{"a protest in the protesters' own country is against its government",
			sentence{"Thousands of Kenyans marched in Nairobi on Friday.",
				"(ROOT (S (NP (NP (NNS Thousands)) (PP (IN of) (NP (NNP Kenyans)))) (VP (VBD marched) (PP (IN in) (NP (NNP Nairobi))) (PP (IN on) (NP (NNP Friday)))) (. .)))"},
			"KENOPP>KENGOV 140"},
		{"a strike called off is eased dissent toward one's own government",
			sentence{"Striking Nigerian teachers ended their strike on Monday.",
				"(ROOT (S (NP (VBG Striking) (NNP Nigerian) (NNS teachers)) (VP (VBD ended) (NP (PRP$ their) (NN strike)) (PP (IN on) (NP (NNP Monday)))) (. .)))"},
			"NGAEDU>NGAGOV 082"},
		{"civilian victims take the one country of the sentence",
			sentence{"Congolese soldiers raped dozens of women in the town of Minova.",
				"(ROOT (S (NP (JJ Congolese) (NNS soldiers)) (VP (VBD raped) (NP (NP (NNS dozens)) (PP (IN of) (NP (NNS women)))) (PP (IN in) (NP (NP (DT the) (NN town)) (PP (IN of) (NP (NNP Minova)))))) (. .)))"},
			"CODMIL>CODCVL 1821"},
		{"civilians killed (root 19) take the one country of the sentence too",
			sentence{"Burmese soldiers killed 12 villagers on Friday.",
				"(ROOT (S (NP (NNP Burmese) (NNS soldiers)) (VP (VBD killed) (NP (CD 12) (NNS villagers)) (PP (IN on) (NP (NNP Friday)))) (. .)))"},
			"MMRMIL>MMRCVL 190"},
		{"an IGO has no country of its own",
			sentence{"The United Nations declared a state of emergency.",
				"(ROOT (S (NP (DT The) (NNP United) (NNPS Nations)) (VP (VBD declared) (NP (NP (DT a) (NN state)) (PP (IN of) (NP (NN emergency))))) (. .)))"},
			""},
		{"a state's protest is not against itself",
			sentence{"Japan protested on Monday.",
				"(ROOT (S (NP (NNP Japan)) (VP (VBD protested) (PP (IN on) (NP (NNP Monday)))) (. .)))"},
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := triples(codeDoc(t, c, "2014-05-20", true, tt.s)); got != tt.want {
				t.Errorf("%s: got %q, want %q", tt.s.text, got, tt.want)
			}
		})
	}
}

// TestStateOf: the state an actor code belongs to.
func TestStateOf(t *testing.T) {
	for code, want := range map[string]string{
		"ESP": "ESP", "RUSOPP": "RUS", "SCGSRBLAB": "SCGSRB", "THAMIL": "THA",
		"PSEREBHMS": "", "COLREB": "", "IGOUNO": "", "NGOHRIAMN": "", "IMGMUSISI": "", "AFR": "",
	} {
		if got := stateOf(code); got != want {
			t.Errorf("stateOf(%s) = %q, want %q", code, got, want)
		}
	}
}

// TestPluralDemonymProtest: "Thousands of Israelis protested" is a
// demonstration by people (141), not a state's complaint (110), even when
// the tagger writes NNP for the plural demonym; the crowd marching against
// its own government is its dissidents, OPP (crowdopp.go).
func TestPluralDemonymProtest(t *testing.T) {
	c := New(newsDicts(t), impliedOptions())
	s := sentence{"Thousands of Israelis protested in Tel Aviv on Saturday against the government's judicial overhaul.",
		"(ROOT (S (NP (NP (NNS Thousands)) (PP (IN of) (NP (NNP Israelis)))) (VP (VBD protested) (PP (IN in) (NP (NNP Tel) (NNP Aviv))) (PP (IN on) (NP (NNP Saturday))) (PP (IN against) (NP (NP (DT the) (NN government) (POS 's)) (JJ judicial) (NN overhaul)))) (. .)))"}
	if got, want := triples(codeDoc(t, c, "2023-06-01", true, s)), "ISROPP>ISRGOV 141"; got != want {
		t.Errorf("%s: got %q, want %q", s.text, got, want)
	}
}

// impliedOptions are the default options with implied targets, as the
// pipeline codes news.
func impliedOptions() Options {
	opt := DefaultOptions()
	opt.ImpliedTargets = true
	return opt
}

// Without ImpliedTargets (PETRARCH's records), an event whose clause names
// no target is dropped, as PETRARCH drops it.
func TestImpliedTargetOff(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	s := sentence{"The Thai army declared martial law on Tuesday.",
		"(ROOT (S (NP (DT The) (NNP Thai) (NN army)) (VP (VBD declared) (NP (JJ martial) (NN law)) (PP (IN on) (NP (NNP Tuesday)))) (. .)))"}
	if got := triples(codeDoc(t, c, "2014-05-20", true, s)); got != "" {
		t.Errorf("%s: got %q, want no event", s.text, got)
	}
}

// TestStateOfPopulace: a people or faith after the country is part of its
// population, not a sub-state.
func TestStateOfPopulace(t *testing.T) {
	for code, want := range map[string]string{
		"MMRBUD": "MMR", "IRQMUSSHI": "IRQ", "NGAPPL": "NGA", "RUSGOV": "RUS",
		"SCGSRB": "SCGSRB", "PSEREBHMS": "", "IGOUNO": "",
	} {
		if got := stateOf(code); got != want {
			t.Errorf("stateOf(%s) = %q, want %q", code, got, want)
		}
	}
}
