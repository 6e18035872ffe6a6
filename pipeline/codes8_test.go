package pipeline_test

import "testing"

// TestRoundEightCodes codes, through the whole pipeline, sentences written
// for the round-eight verb corrections (dict/data/dyad.errata.verbs.txt),
// each beside a shape the correction must leave alone.
func TestRoundEightCodes(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// Leaving a place is no meeting; leaving for a capital is a visit.
		// Foreign troops leaving a state withdraw from it (166, round
		// twenty-nine).
		{"The last French troops left Mali on Monday.", "FRAMIL>MLI 166"},
		{"The Iranian president departed Tehran on Sunday.", ""},
		{"The Iranian president left Tehran for Moscow on Sunday.", "IRNGOV>RUS 042"},
		{"Pakistan ordered Afghan refugees to leave the country.", "PAK>AFGREF 174"},
		// A multinational or international force of any name is peacekeeping;
		// human shields are a war crime.
		{"Rwanda offered to send a multinational police force to Haiti.", "RWA>HTI 0334"},
		{"Mali asked the African Union for an international stabilisation mission.", "MLI>IGOAFRAFU 0234"},
		{"Israel accused Hamas of using schools as human shields.", "ISR>PSEREBHMS 1124"},
		{"Chad offered to send troops to Sudan.", "TCD>SDN 030"},
		// A sale of named weapons is military cooperation; other sales stay economic.
		{"The United States approved the sale of 66 F-16 fighter jets to Taiwan.", "USA>TWN 062"},
		{"Japan approved the sale of rice to China.", "JPN>CHN 061"},
		// Fire opened on a crowd of protesters is repression (175); on fighters a fight.
		{"Uzbek troops opened fire on thousands of protesters.", "UZBMIL>UZBOPP 175"},
		{"Israeli troops opened fire on Hamas militants in Gaza.", "ISRMIL>PSEREBHMS 193"},
		// A thing returned to an actor is property given back, not a trip;
		// information passed on is shared.
		{"France returned 26 royal treasures to Benin.", "FRA>BEN 0842"},
		{"Israel returned control of the border crossing to Egypt.", "ISR>EGY 0842"},
		{"Turkish intelligence passed on information to Iraqi authorities.", "TURSPY>IRQOCCGOV 064"},
		{"Britain passed intelligence to the United States.", "GBR>USA 064"},
		// An ambassador ordered out is a diplomat expelled (161).
		{"Niger ordered the French ambassador to leave the country within 48 hours.", "NER>FRAGOV 161"},
		{"Iran summoned the British ambassador.", "IRN>GBRGOV 114"},
		// A warning about a state of affairs is pessimism; one with a modal a threat.
		{"France warned that Lebanon is heading for civil war.", "FRA>LBN 012"},
		{"Russia warned that Ukraine would face consequences.", "RUS>UKR 130"},
		// Structures or vehicles seized are property confiscated (1711), not an arrest.
		{"Israeli forces seized 24 Palestinian-owned structures in the West Bank.", "ISRMIL>PSE 1711"},
		// Naval or air support asked for is military aid; support voiced is not.
		{"Somalia asked Turkey for drones and naval support to protect its coastline.", "SOM>TUR 0232"},
		{"Germany voiced support for France.", "DEU>FRA 051"},
		// Fighting alongside an actor is military cooperation, not a fight with it.
		{"Seoul said North Korean troops had been sent to Russia to fight alongside its forces.", "KOR>PRKMIL 010; PRKMIL>RUSMIL 062"},
		{"Russian troops fought Ukrainian forces near Bakhmut.", "RUSMIL>UKRMIL 190"},
		// Two parties of other countries hosted for talks: the host mediates.
		// One guest hosted for talks held them with the host, the 046 pair
		// (talks take precedence over the visit and the hosting; round
		// twenty-eight).
		{"Egypt hosted Israeli and Palestinian negotiators for talks in Cairo.", "EGY>ISRGOV 045; EGY>PSEGOV 045"},
		{"Chinese President Xi Jinping hosted Brazil's Lula in Beijing for talks.", "CHNGOV>BRA 046; BRA>CHNGOV 046"},
		// A state or its independence recognised is diplomatic recognition.
		// (The file's "$_*_+" needs the state right after the verb.)
		{"Sweden formally recognised a Palestinian state.", "SWE>PSE 054"},
		{"Spain and Norway recognised a Palestinian state on Tuesday.", "ESP>PSE 054; NOR>PSE 054"},
	}
	checkCodes(t, "2005-06-01", tests)
}
