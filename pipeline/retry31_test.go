package pipeline_test

import "testing"

// TestRoundThirtyOneLeadershipAndMonitors: power handed over and a
// leader's departure, asked for, are a change of leadership (0241, 1411);
// an inspectorate's cameras removed curtail inspection (1662). A departure
// of troops, and cameras of no inspectorate, are neither. Round thirty's
// codes30 form D (coder/data/subcodes.txt, LEADERSHIP and INSPECT), its
// test as written then; rule coder alone, since the relabeller may move a
// code either way.
func TestRoundThirtyOneLeadershipAndMonitors(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Bolivia's opposition urged the army to hand power to an interim government.", "BOLOPP>BOLMIL 0241"},
		{"Thousands of Peruvians marched in Lima on Sunday to demand the departure of the president.", "PEROPP>PERGOV 1411"},
		{"Syria began removing IAEA surveillance cameras from its reactor site.", "SYR>IGOUNOIAE 1662"},
		// Not a leader: troops.
		{"Thousands of Malians marched in Bamako on Sunday to demand the departure of French troops.", "MLIOPP>MLIGOV 141"},
	})
}

// TestRoundThirtyOneParliamentSite: a crowd that rallies outside, at or
// in front of a parliament, or marches on it, protests against the
// government (coder/parliamentsite.go); a parliament stormed or set on
// fire is the target itself, and a crowd outside an embassy protests
// against the embassy's state. The sentences are written for the test;
// the first three rows fail without the rule. Rule coder alone.
func TestRoundThirtyOneParliamentSite(t *testing.T) {
	checkRuleCodes(t, "2024-05-05", []struct{ text, want string }{
		{"Thousands of Serbians rallied outside parliament in Belgrade on Sunday to protest against the new tax law.", "SRBOPP>SRBGOV 1412"},
		{"Thousands of Romanians marched on parliament on Sunday to protest against corruption.", "ROUOPP>ROUGOV 1412"},
		{"Hundreds of Hungarian students rallied in front of parliament in Budapest on Monday.", "HUNEDU>HUNGOV 141"},
		// Guards: the building as the object; another state's embassy.
		{"Protesters stormed parliament in Belgrade on Tuesday.", "SRBOPP>SRBLEG 145"},
		{"Thousands of Romanians protested outside the Russian embassy in Bucharest on Sunday.", "ROU>RUSGOV 141"},
	})
}
