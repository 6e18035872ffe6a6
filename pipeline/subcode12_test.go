package pipeline_test

import "testing"

// TestRoundTwelveSubcodes codes, through the whole pipeline, sentences written
// for the round-twelve sub-code rows (coder/data/subcodes.txt), each beside a
// shape the rule must leave alone.
func TestRoundTwelveSubcodes(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// A demand for an end to violence, or that weapons be destroyed, is a
		// demand for de-escalation (1056: "ceasefires, military withdrawals,
		// and demobilization"; 0873 "hand over arms, weapons").
		{"The United Nations demanded an end to violence in Sudan on Wednesday.", "IGOUNO>SDN 1056"},
		{"NATO demanded that Russia destroy its new cruise missiles.", "IGOWSTNAT>RUS 1056"},
		// Weapons destroyed in a strike are the strike's, not disarmament.
		{"Israeli warplanes destroyed Hamas rocket launchers in Gaza on Monday.", "ISRMIL>PSEREBHMS 195"},
		// A killing the text calls a massacre is a mass killing (202's note:
		// "the specific terminology used by reporters"); a killing in
		// fighting stays 190.
		{"Ethiopian troops killed dozens of civilians in a massacre in Tigray on Monday.", "ETHMIL>ETHCVL 202"},
		{"Ethiopian troops killed dozens of rebels in fighting in Tigray on Monday.", "ETHMIL>ETHREB 190; ETHREB>ETHMIL 190"},
		// A security law is a law (0242 Appeal for policy change), not
		// security (0234); security cooperation stays military (0212).
		{"The European Union urged Hong Kong on Friday to repeal its national security law.", "IGOEUREEC>HKG 0242"},
		{"China urged Japan to strengthen its security cooperation with the Philippines.", "CHN>JPN 0212"},
		// Demonstrators arrested are arrested (173), not repressed (175)
		// nor protesting against the police (141); tear gas stays 175.
		{"Kenyan police arrested dozens of demonstrators in Nairobi on Saturday.", "KENCOP>KENOPP 173"},
		{"Kenyan police fired tear gas at demonstrators in Nairobi on Saturday.", "KENCOP>KENOPP 175"},
		// "will pay a heavy price" is no payment (061); a payment stays.
		// It is the speaker's threat (coder/penalty.go, round thirty-six,
		// future41), as the dev gold codes it: fresh9 r-021 and fresh24
		// ah-014 ("the plotters would pay a heavy price") 130, fresh33
		// aq-025 ("would pay dearly") 130, fresh17 aa-140 ("America and
		// Britain would pay a heavy price") 138 to each, fresh28 al-081
		// ("Hamas would pay an unprecedented price") 138; none a bare
		// statement. The rule threatens only the first member of a
		// compound subject (left: Britain is missed here).
		{"Iran said the United States and Britain would pay a heavy price.", "IRN>USA 130"},
		{"Germany paid Poland 2 billion euros for the land.", "DEU>POL 061"},
		// A parade held is no detention (173); a person held stays 173.
		{"North Korea held a military parade in Pyongyang on Saturday.", ""},
		{"Myanmar's army held two Reuters journalists for a month.", "MMRMIL>MED 173"},
		// A party blamed for attacks is accused of aggression (1123), not
		// criticised (CONDEMN's 111 row); condemning them is no accusation.
		{"India blamed Pakistan on Monday for attacks in Kashmir.", "IND>PAK 1123"},
		{"France condemned Russia on Monday for attacks on Ukrainian cities.", "FRA>UKR 018"},
		// A tour of another party's country or site is a visit (042).
		{"Kim Jong Un toured a Russian aircraft factory with Putin on Friday.", "PRKGOV>RUS 042"},
		// A weekday after a demand is its date, not PRESS ON (190): the
		// demand is refined by what it asks.
		{"Kenya demanded on Friday that Somalia withdraw troops that crossed into the Gedo region, calling the incursion a violation of its sovereignty.", "KEN>SOM 1056"},
		{"Kenya demanded on Friday that Somalia release the detained fishermen.", "KEN>SOM 1053"},
		// A crackdown on protest investigated or alleged is a rights abuse
		// (092 / 1122); threatened, it stays repression (137). Airspace
		// entered is an intrusion (093 / 1123).
		{"The U.N. Human Rights Council voted on Thursday to set up an investigation into Iran's deadly crackdown on protests.", "IGOUNO>IRN 092"},
		{"Amnesty International accused Iran of a brutal crackdown on protesters.", "NGOHRIAMN>IRN 1122"},
		{"Belarus threatened a crackdown on protesters.", "BLR>BLROPP 137"},
		{"Taiwan accused China of entering its airspace.", "TWN>CHN 1123"},
	}
	checkCodes(t, "2024-06-01", tests)
}
