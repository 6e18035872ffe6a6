package pipeline_test

import "testing"

// TestAnnouncedOwnOperation: the news README's fourteenth harmonisation
// (session twenty-one) gives a state's army, ministry or leader announcing
// its own forces' strike, killing, capture or seizure on the story day the
// announcer's low 015 beside the operation, against the state's own
// insurgents too, and with the announcer named by its office alone ("the
// army said"), whose country is the operation's (coder/ownstrike.go,
// bareAnnouncer, homeRebels, ownOpCodes). Run with the rule coder alone.
// Dev rows: g-203, h-177, m-084, al-170, as-116, f-147.
func TestAnnouncedOwnOperation(t *testing.T) {
	checkRuleCodes(t, "2025-03-03", []struct{ text, want string }{
		// A trailing office with no country: the army is the act's state's.
		{"Egypt struck militant camps in eastern Libya on Monday, the military said.", "EGY>LBYREB 190; EGYMIL>LBYREB 015"},
		// Against the state's own insurgents.
		{"Colombian soldiers killed 10 FARC dissidents in a raid on Monday, the army said.", "COLMIL>COLREB 190; COLMIL>COLREB 015"},
		{"Pakistan's military said its forces had killed 19 militants in two operations in North Waziristan.", "PAKMIL>PAKREB 190; PAKMIL>PAKREB 015"},
		// A ministry named by its office alone is the state's GOV.
		{"Colombian forces killed a senior ELN commander in an air strike in Choco, the defence ministry said.", "COLMIL>COLREB 186; COLGOV>COLREB 015"},
		// Negatives. Another state's operation, reported by the army.
		{"Russia struck Kharkiv with missiles on Monday, the Ukrainian military said.", "RUS>UKR 194"},
		// A rebel group's attack: "the military" is not the group's.
		{"Hezbollah fired rockets at northern Israel on Monday, the military said.", "LBNREB>ISR 194"},
		// An operation of an earlier day (earlierDay).
		{"Israel struck Hezbollah targets in southern Lebanon in 2006, the military said.", "ISR>LBNREB 190"},
		{"Israel's military said it had struck Hezbollah targets in southern Lebanon last year.", "ISRMIL>LBNREB 190"},
		// Civilians of the same country are not its insurgents.
		{"Nigerian troops shot dead three villagers in Zamfara on Monday, the army said.", "NGAMIL>NGACVL 193"},
		// A ministry of no named office, and a denial: no claim.
		{"Egypt struck militant camps in eastern Libya on Monday, the ministry said.", "EGY>LBYREB 190"},
		{"Israel's military denied on Monday that it had struck a hospital in Gaza.", "ISRMIL>PSEGZA 016"},
		// A coup's detention and a deployment are not operations claimed.
		{"Sudanese soldiers detained the prime minister on Monday, the army said.", "SDNMIL>SDNGOV 173"},
		{"Egypt deployed troops to the Libyan border on Monday, the military said.", "EGY>LBY 154"},
	})
}

// TestRelativeIncursion: an incursion told in a subject relative ("drones
// that crossed into its airspace") is the intruder's 150 to the state whose
// airspace or waters were entered, as in a main clause (coder/
// relincursion.go). Dev rows: ao-095, ar-052 (RUS>POL 150, medium since the
// fourteenth harmonisation). Run with the rule coder alone.
func TestRelativeIncursion(t *testing.T) {
	checkRuleCodes(t, "2025-09-10", []struct{ text, want string }{
		// "its" is the subject of the clause holding the drones.
		{"Romania shot down two Russian drones that crossed into its airspace overnight.", "ROU>RUS 190; RUS>ROU 150"},
		// A country word before the noun.
		{"Chinese jets that entered Japanese airspace were tracked by Japan.", "CHN>JPN 150"},
		{"Estonia summoned the envoy over Russian jets that violated Estonian airspace.", "EST>RUS 114; RUS>EST 150"},
		// Negatives: no airspace or waters named; a verb of no incursion.
		{"Romania shot down two Russian drones that crossed the Danube overnight.", "ROU>RUS 190"},
		{"Romania shot down two Russian drones that flew over its airspace overnight.", "ROU>RUS 190"},
	})
}

// TestClosingAttributionAfterDateline: after a dateline the comma options
// set a short closing attribution aside ("…, President X said."), yet it
// names who announces the act: the announcer's 015 is read from the
// set-aside clause's actor (coder/ownstrike.go, closingSay,
// closingSpeaker). Dev rows: ba-050, ar-109. Run with the rule coder alone.
func TestClosingAttributionAfterDateline(t *testing.T) {
	checkRuleCodes(t, "2025-09-02", []struct{ text, want string }{
		{"WASHINGTON (AP) — The U.S. military struck a boat carrying drugs from Venezuela on Tuesday, killing 11 people, President Donald Trump said.", "USAMIL>VEN 190; USAGOV>VEN 015"},
		// Negatives: the struck side's speaker, and a speaker of another
		// state.
		{"CARACAS (AP) — The U.S. military struck a boat carrying drugs from Venezuela on Tuesday, killing 11 people, Venezuela's government said.", "USAMIL>VEN 190"},
		{"WASHINGTON (AP) — The U.S. military struck a boat carrying drugs from Venezuela on Tuesday, killing 11 people, Colombia's president said.", "USAMIL>VEN 190"},
	})
}
