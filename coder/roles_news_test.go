package coder

import "testing"

// TestNewsRoles: role words of present-day news and the codes they give
// (round four): a state's forces are its military, a national newspaper is
// its country's media, a critic of the government is the opposition.
func TestNewsRoles(t *testing.T) {
	opt := DefaultOptions()
	opt.KeepMainVerb = true
	c := New(newsDicts(t), opt)
	tests := []struct {
		name, date, text, tree, want string
	}{
		{"forces are the military; a national newspaper is its country's", "2022-06-07",
			"Israeli forces arrested a Wall Street Journal reporter.",
			"(ROOT (S (NP (JJ Israeli) (NNS forces)) (VP (VBD arrested) (NP (DT a) (NNP Wall) (NNP Street) (NNP Journal) (NN reporter))) (. .)))",
			"Israeli forces=ISRMIL; a Wall Street Journal reporter=USAMED"},
		{"a Kremlin critic is the opposition, not the Kremlin", "2021-02-02",
			"A Moscow court jailed Kremlin critic Alexei Navalny.",
			"(ROOT (S (NP (DT A) (NNP Moscow) (NN court)) (VP (VBD jailed) (NP (NNP Kremlin) (JJ critic) (NNP Alexei) (NNP Navalny))) (. .)))",
			"A Moscow court=RUSJUD; Kremlin critic Alexei Navalny=RUSOPP"},
		{"government critics are the opposition", "2021-02-02",
			"Iranian police detained government critics.",
			"(ROOT (S (NP (JJ Iranian) (NN police)) (VP (VBD detained) (NP (NN government) (NNS critics))) (. .)))",
			"Iranian police=IRNCOP; government critics=IRNOPP"},
		{"the Islamic State without the article; a regional people is its state's", "2019-10-18",
			"Islamic State fighters attacked Catalans.",
			"(ROOT (S (NP (NNP Islamic) (NNP State) (NNS fighters)) (VP (VBD attacked) (NP (NNPS Catalans))) (. .)))",
			"Islamic State fighters=IMGMUSISI; Catalans=ESP"},
		{"before 2013 the phrase is not the group", "2010-10-18",
			"Islamic State fighters attacked Catalans.",
			"(ROOT (S (NP (NNP Islamic) (NNP State) (NNS fighters)) (VP (VBD attacked) (NP (NNPS Catalans))) (. .)))",
			"Islamic State fighters=---UAF; Catalans=ESP"},
		{"a country's name in lower case is not the country", "2022-11-09",
			"Russian troops left the west bank of the river.",
			"(ROOT (S (NP (JJ Russian) (NN troops)) (VP (VBD left) (NP (NP (DT the) (JJS west) (NN bank)) (PP (IN of) (NP (DT the) (NN river))))) (. .)))",
			"Russian troops=RUSMIL"},
		{"a generic name in lower case still is an actor", "2022-11-09",
			"Russian troops attacked aid agencies.",
			"(ROOT (S (NP (JJ Russian) (NNS troops)) (VP (VBD attacked) (NP (NN aid) (NNS agencies))) (. .)))",
			"Russian troops=RUSMIL; aid agencies=NGO"},
		{"the UN General Assembly is the UN, as Phoenix's UN_GENERAL_ASSEMBLY_", "2022-03-02",
			"The U.N. General Assembly condemned Russia.",
			"(ROOT (S (NP (DT The) (NNP U.N.) (NNP General) (NNP Assembly)) (VP (VBD condemned) (NP (NNP Russia))) (. .)))",
			"The U.N. General Assembly=IGOUNO; Russia=RUS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, tt.date); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}
