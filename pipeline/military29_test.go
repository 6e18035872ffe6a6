package pipeline_test

import "testing"

// TestRoundTwentyNineGreyZone codes, through the whole pipeline, sentences
// written for round twenty-nine's grey-zone rows: warplanes intercepting
// another state's bombers or patrol aircraft, and a warship or warplane
// brought "within" some distance of another's, are shows of force (150) by
// the one that acts. Beside them, shapes the rows must leave alone: a
// missile intercepted stays an engagement (190), an airliner intercepted is
// no show of force, and "within" with no actor after it codes nothing.
func TestRoundTwentyNineGreyZone(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Japanese fighter jets intercepted two Russian bombers over the Sea of Okhotsk on Monday.", "JPNMIL>RUSMIL 150"},
		{"Russian fighter jets intercepted a British reconnaissance aircraft over the Black Sea on Friday.", "RUSMIL>GBR 150"},
		{"A Russian warship sailed within 50 metres of a Dutch frigate in the Baltic Sea on Tuesday.", "RUSMIL>NLDMIL 150"},
		{"An Iranian navy vessel came within 100 yards of a British destroyer in the Gulf on Sunday.", "IRNMIL>GBRMIL 150"},
		{"Israeli air defences intercepted a missile fired from Yemen on Monday.", "ISR>YEM 190"},
		{"Belarusian jets intercepted a passenger airliner over Minsk on Sunday.", ""},
		{"The Danish frigate sailed within hours of the order on Monday.", ""},
		// Warplanes flown over another's ship, and a laser pointed at it.
		{"Two Iranian fighter jets flew over a British destroyer in the Gulf on Monday.", "IRNMIL>GBRMIL 150"},
		{"A Chinese navy ship pointed a laser at a Japanese patrol aircraft on Monday.", "CHNMIL>JPN 150"},
		{"The Japanese prime minister flew over the flooded region on Monday.", ""},
	}
	checkCodes(t, "2025-01-01", tests)
}

// TestRoundTwentyNineExercise codes one joint exercise as the sets code
// several: "a joint exercise" or "a naval exercise" held or begun by two
// states, or with a partner, is military cooperation (062) both ways, as
// "joint exercises" were. An exercise of restraint is no drill.
func TestRoundTwentyNineExercise(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"The Egyptian and Greek navies held a joint exercise in the Mediterranean on Monday.", "EGYMIL>GRCMIL 062; GRCMIL>EGYMIL 062"},
		{"Indonesia began a naval exercise with Australia off Bali on Friday.", "IDN>AUS 062; AUS>IDN 062"},
		{"Egypt and Greece held a joint military exercise near Crete on Monday.", "EGY>GRC 062; GRC>EGY 062"},
		{"Egypt urged Greece on Monday to exercise restraint.", "EGY>GRC 0256"},
	}
	checkCodes(t, "2025-01-01", tests)
}

// TestRoundTwentyNineDelivery leaves weapons whose delivery a state "took"
// uncoded where no seller follows FROM: taking delivery is no confiscation
// (APPREHEND's 171). With FROM, the older row still codes the purchase.
func TestRoundTwentyNineDelivery(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Croatia took delivery of its first six Rafale fighter jets on Friday.", ""},
		{"Croatia took delivery of six Rafale fighter jets from France on Friday.", "HRV>FRA 062; FRA>HRV 062"},
	}
	checkCodes(t, "2025-01-01", tests)
}

// TestRoundTwentyNineAdjectiveList codes three states named by adjectives
// before one noun ("French, German and Italian warships") as three
// partners, each pair both ways, as "France, Germany and Italy" is coded;
// the first adjective used to stand alone and drop out. Joint training
// held by two is the exercises' 062, and a future one the intent (0312).
func TestRoundTwentyNineAdjectiveList(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Spanish, Portuguese and Moroccan warships began joint naval drills off Cadiz on Monday.",
			"ESPMIL>PRTMIL 062; PRTMIL>ESPMIL 062; ESPMIL>MARMIL 062; MARMIL>ESPMIL 062; PRTMIL>MARMIL 062; MARMIL>PRTMIL 062"},
		{"Spain, Portugal and Morocco began joint naval drills off Cadiz on Monday.",
			"ESP>PRT 062; PRT>ESP 062; ESP>MAR 062; MAR>ESP 062; PRT>MAR 062; MAR>PRT 062"},
		{"Kenyan and Ugandan troops held joint training near Lake Victoria on Tuesday.", "KENMIL>UGAMIL 062; UGAMIL>KENMIL 062"},
		{"Kenyan and Ugandan troops will hold joint training near Lake Victoria next month.", "KENMIL>UGAMIL 0312; UGAMIL>KENMIL 0312"},
	}
	checkCodes(t, "2025-01-01", tests)
}

// TestRoundTwentyNineTransfers codes intelligence or data begun to be
// shared as the sharing (064): partners named together share with each
// other, a partner after WITH is the one shared with; a missile named in
// the data is no attack. Aircraft or armour handed over to another state's
// forces are military aid (072); weapons handed over by fighters stay
// their demobilisation (0873).
func TestRoundTwentyNineTransfers(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Norway and Sweden began sharing radar data on Russian missile launches on Monday.", "NOR>SWE 064; SWE>NOR 064"},
		{"Kenya began sharing intelligence on al Shabaab with Somalia on Monday.", "KEN>SOM 064"},
		{"Turkey handed over three attack helicopters to the Somali army on Monday.", "TUR>SOMMIL 072"},
		{"ELN rebels handed over their weapons to U.N. monitors on Monday.", "COLREB>IGOUNO 0873"},
	}
	checkCodes(t, "2025-01-01", tests)
}

// TestRoundTwentyNineTroopsLeft codes foreign troops that left a state as
// their withdrawal (166, the codebook's "withdrawals by guest groups").
// LEAVE codes nothing else but a body left: a leader leaving a capital after
// a visit, a delegation leaving for talks are no event. A state leaving an
// international organisation is 161 to it, the convention of the dev gold
// (bugs33 changed this pin from no event): fresh12 u-017, fresh16 z-032,
// fresh22 af-027, fresh31 ao-057, fresh34 ar-031, fresh35 as-026 (Mali,
// Burkina Faso and Niger leaving ECOWAS), fresh14 x-120, fresh30 an-028,
// fresh37 au-182 (the United States leaving the WHO), fresh33 aq-134
// (Nicaragua leaving the OAS); no dev row codes it otherwise.
func TestRoundTwentyNineTroopsLeft(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"The last French troops left Chad on Friday.", "FRAMIL>TCD 166"},
		{"The last American soldiers left Niger on Sunday.", "USAMIL>NER 166"},
		{"The Kenyan president left Nairobi on Friday.", ""},
		{"Britain left the European Union in 2020.", "GBR>IGOEUREEC 161"},
		// A closing clause counts the dead of a clash, not a withdrawal.
		{"Chinese and Indian troops brawled with rocks and batons in the Ladakh region on Tuesday night, leaving 12 Indian soldiers dead in the worst clash between the two armies in years.", ""},
	}
	checkCodes(t, "2025-01-01", tests)
}
