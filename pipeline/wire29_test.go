package pipeline_test

import "testing"

// TestRoundTwentyNineBrokers codes, through the whole pipeline, sentences
// written for round twenty-nine's mediators: every broker of a list
// mediates with each party of the act it brokered (045), a participle after
// a place phrase modifies the noun before the place, and a deal the act
// only carries out was brokered before it.
func TestRoundTwentyNineBrokers(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// A list of brokers: each mediates with each party.
		{"Sudan and South Sudan agreed to a ceasefire on Monday after talks mediated by Kenya and Ethiopia.",
			"SDN>SSD 0871; SSD>SDN 0871; KEN>SDN 045; KEN>SSD 045; ETH>SDN 045; ETH>SSD 045"},
		{"Serbia and Kosovo signed an energy agreement on Friday in a deal brokered by Norway, Germany and France.",
			"SRB>KSV 057; KSV>SRB 057; NOR>SRB 045; NOR>KSV 045; DEU>SRB 045; DEU>KSV 045; FRA>SRB 045; FRA>KSV 045"},
		// "talks in Doha mediated by": the talks were mediated, not the city.
		{"Chad and Niger agreed to an immediate truce after talks in Doha mediated by Qatar and Turkey.",
			"TCD>NER 0871; NER>TCD 0871; QAT>TCD 045; QAT>NER 045; TUR>TCD 045; TUR>NER 045"},
		// A deal carried out was brokered before the act: the swap alone.
		{"Yemen's government and the Houthis began exchanging prisoners on Friday in a deal brokered by Oman and Qatar.",
			"YEMGOV>YEMREB 0841; YEMREB>YEMGOV 0841"},
		{"Thai and Cambodian troops exchanged fire on Tuesday, hours after a ceasefire brokered by Malaysia and the United States took effect.",
			"THAMIL>KHMMIL 190; KHMMIL>THAMIL 190"},
		// A place after a date names no noun the participle could modify:
		// "on Monday in Niamey mediated by" is left alone.
		{"Chad and Niger agreed to an immediate truce on Monday in Niamey mediated by Qatar and Turkey.", "TCD>NER 0871; NER>TCD 0871"},
	}
	checkCodes(t, "2025-01-01", tests)
}

// TestRoundTwentyNineMassKillings codes killings of a hundred or more
// non-combatants reported as the sentence's own act 202, beside the shapes
// that keep their code: a toll closing another act, fighters or protesters
// killed, a toll under a hundred, an attack described by a relative clause.
func TestRoundTwentyNineMassKillings(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Boko Haram militants killed at least 230 villagers in Borno state on Friday.", "NGAREB>NGACVL 202"},
		{"Al Shabaab fighters killed hundreds of civilians in southern Somalia on Tuesday.", "SOMREB>SOMCVL 202"},
		// Under a hundred: the residual killing.
		{"Boko Haram militants killed at least 23 villagers in Borno state on Friday.", "NGAREB>NGACVL 190"},
		// Soldiers killed in hundreds are combat, not a mass killing.
		{"Al Shabaab fighters killed more than 140 Kenyan soldiers on Tuesday.", "SOMREB>KENMIL 190"},
		// A closing toll belongs to the act before it; protesters killed
		// are repressed (175).
		{"Taliban gunmen stormed a school in Peshawar on Tuesday, killing 141 people.", "AFGREB>PAKEDU 190"},
		{"Nigerian soldiers killed about 300 protesters in Lagos on Tuesday.", "NGAMIL>NGAOPP 175"},
	}
	checkCodes(t, "2025-01-01", tests)
}

// TestRoundTwentyNineCrowds: a crowd of a country's people counted as
// thousands or hundreds, protesting against their own state, is its
// dissidents (OPP); a crowd at a foreign embassy keeps its country, and a
// named group keeps its own code.
func TestRoundTwentyNineCrowds(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Thousands of Georgians rallied outside parliament in Tbilisi on Sunday against the government's decision to suspend EU talks.", "GEOOPP>GEOGOV 1412"},
		{"Hundreds of thousands of Serbians marched in Belgrade on Saturday against President Aleksandar Vucic.", "SRBOPP>SRBGOV 141"},
		{"Hundreds of Iranians protested outside the British embassy in Tehran on Monday.", "IRN>GBRGOV 141"},
	}
	checkCodes(t, "2025-01-01", tests)
}

// TestRoundTwentyNineAssassinations: one official or leader named by a
// title beside the victim and killed is assassinated (186); a toll of
// soldiers stays a killing (190).
func TestRoundTwentyNineAssassinations(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Gunmen killed the head of Mexico's federal police in Mexico City on Friday.", "MEXUAF>MEXCOP 186"},
		{"Al Shabaab fighters killed the governor of Mudug province on Friday.", "SOMREB>SOMGOV 186"},
		{"Al Shabaab fighters killed 12 Somali soldiers on Friday.", "SOMREB>SOMMIL 190"},
	}
	checkCodes(t, "2025-01-01", tests)
}
