package pipeline_test

import "testing"

// TestRoundTwentyNineThreats pins the rule coder's threats of round
// twenty-nine (branch threats29), with the learned component off so that
// the codes are the coder's, each beside a shape the rule must leave alone.
//
//   - A promise to answer an act reported in another clause ("vowed
//     revenge", "vowed to hit back / respond", "would respond", "would take
//     necessary countermeasures", "would not go unpunished") threatens the
//     state or group that acted: 138 when force is answered, 1313 / 1312
//     "in kind" to an expulsion or a sanction, else 130
//     (coder/retaliate.go). A rebel group answers acts on its country.
//   - A deadline given with "or face" is an ultimatum, not a grant
//     (coder/deadline.go).
//   - A warning that the speaker's own country would act threatens the
//     actor of the "if" clause (coder/selfwarn.go).
func TestRoundTwentyNineThreats(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// Answers to an act before them.
		{"Israeli aircraft bombed a camp in Gaza on Sunday, and Hamas vowed revenge.", "ISR>PSEGZA 195; PSEREBHMS>ISR 138"},
		{"Hezbollah fired rockets at northern Israel on Monday, and Israel vowed to hit back.", "LBNREB>ISR 194; ISR>LBNREB 138"},
		{"Syria shot down a Turkish drone on Tuesday, and Ankara vowed to respond.", "SYR>TUR 190; TUR>SYR 138"},
		{"Egyptian jets struck militant positions in Libya on Friday, and the Libyan government said the raids would not go unpunished.", "EGY>LBYREB 195; LBYGOV>EGY 138"},
		{"The European Union expelled two Russian diplomats on Tuesday, and Moscow said it would respond in kind.", "IGOEUREEC>RUSGOV 161; RUS>IGOEUREEC 1313"},
		{"Japan raised tariffs on South Korean goods on Monday, and Seoul said it would take necessary countermeasures.", "JPN>KOR 163; KOR>JPN 130"},
		// No act to answer: nothing.
		{"Kenya said it would respond to the report next week.", ""},
		{"The minister said the government would take measures to curb inflation.", ""},
		// Deadlines.
		{"ECOWAS gave Mali's government two weeks to set an election date or face sanctions.", "IGOWAFBUSWAS>MLIGOV 1312"},
		{"Ethiopia gave Kenya 30 days to repay the loan.", "ETH>KEN 071"},
		// Warnings that the speaker's side would act.
		{"France's president warned that Paris would respond firmly if Russia attacked Moldova.", "FRAGOV>RUS 130"},
		{"Chile's president warned on Monday that the government could declare a state of emergency in Santiago if the riots continued.", "CHLGOV>CHL 1324"},
	}
	checkRuleCodes(t, "2024-06-01", tests)
}
