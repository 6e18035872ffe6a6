package tag

import "testing"

// TestNounOnly checks that envoys and hostages stay nouns after a name or
// a nationality, where the model made them verbs or a conjunction.
func TestNounOnly(t *testing.T) {
	checkWordTags(t, []wordTag{
		{"U.S. envoy Jeffrey Feltman urged Ethiopia to halt the offensive .", "envoy", "NN"},
		{"EU envoy Josep Borrell criticized Israel over the strikes .", "envoy", "NN"},
		{"U.N. envoy Tor Wennesland called for restraint .", "envoy", "NN"},
		{"French envoy Jean-Yves Le Drian arrived in Beirut .", "envoy", "NN"},
		{"Russian envoys held talks with Taliban officials in Kabul .", "envoys", "NNS"},
		{"Turkish envoys met Syrian Kurdish leaders .", "envoys", "NNS"},
		{"Turkish envoys met Syrian Kurdish leaders .", "met", "VBD"},
		{"Ethiopian envoys met Eritrean officials in Asmara .", "envoys", "NNS"},
		{"Hamas said it would free Israeli hostages `` within days '' .", "hostages", "NNS"},
		{"The hostage talks stalled on Sunday .", "hostage", "NN"},
		{"KABUL , Aug 15 ( Reuters ) -- Thousands of Afghans fled to the airport .", "Thousands", "NNS"},
		{"HAVANA ( Reuters ) -- Thousands of Cubans took to the streets on Sunday .", "Thousands", "NNS"},
	})
}

// TestAdverbNotVerb checks that "overnight" is never tagged as a verb.
func TestAdverbNotVerb(t *testing.T) {
	checkWordTags(t, []wordTag{
		{"Israeli air strikes killed at least 20 people in Khan Younis overnight , the Gaza health ministry said .", "overnight", "RB"},
		{"Police arrested 40 protesters overnight in Tbilisi .", "overnight", "RB"},
		{"Georgian troops shelled Tskhinvali , the capital of South Ossetia overnight , officials said .", "overnight", "RB"},
	})
}

// TestWordNotSymbol checks that a word of letters never gets a symbol tag.
func TestWordNotSymbol(t *testing.T) {
	checkWordTags(t, []wordTag{
		{"TEGUCIGALPA , March 26 ( Reuters ) -- Honduras established diplomatic relations with China on Sunday .", "Honduras", "NNP"},
	})
}

// TestAdjectiveNotVerb checks that "loyal", "dead", "worth", "towards" and
// "toward" never get a verb tag, and that their adjective and preposition
// readings stay as the model gives them.
func TestAdjectiveNotVerb(t *testing.T) {
	checkWordTags(t, []wordTag{
		{"Kurdish fighters clashed with militiamen loyal to the former governor in Kirkuk on Friday .", "loyal", "JJ"},
		{"Clashes broke out in Aden between units loyal to the council and the presidential guard .", "loyal", "JJ"},
		{"Ethiopia rejected on Monday a Kenyan offer of grain worth nearly $ 40 million , officials said .", "worth", "IN"},
		{"Kenya rejected on Friday a British decision to suspend security assistance worth nearly $ 2 billion .", "worth", "JJ"},
		{"The envoy said both sides would work towards a lasting settlement .", "towards", "IN"},
		{"Protesters marched toward the parliament building on Saturday .", "toward", "IN"},
		// Guards: the model's own readings, and "shot dead" (dead.go).
		{"Gunmen shot dead a village chief in Mindanao on Tuesday .", "dead", "JJ"},
		{"The militia remained loyal to the president .", "loyal", "JJ"},
		{"Five people were found dead in the river .", "dead", "JJ"},
		{"Soldiers fired at the crowd .", "fired", "VBD"},
	})
}
