package pipeline_test

import "testing"

// TestRoundNineDefence codes, through the whole pipeline, sentences written for
// the round-nine defence and security rules (the "Round nine (defence9)" block of
// pipeline/data/dyad.verbs.txt and the defence cues of coder/data/subcodes.txt),
// each beside a shape the rule must leave alone.
func TestRoundNineDefence(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// Strikes carried out or conducted on an actor are military force;
		// a labour strike begun against a government is not.
		{"Pakistan carried out strikes on militant hideouts in Iran on Thursday.", "PAK>IRNREB 190"},
		{"The army conducted strikes against rebel positions in Mali.", "MLIMIL>MLIREB 190"},
		{"Workers began strikes against the government on Monday.", ""},
		// Missiles fired into the waters off a state are a show of force;
		// missiles fired at it an attack.
		{"China fired ballistic missiles into waters around Taiwan on Thursday.", "CHN>TWN 150"},
		{"North Korea fired two rockets into the sea off Japan.", "PRK>JPN 150"},
		{"Hezbollah fired rockets at Israel on Sunday.", "LBNREB>ISR 194"},
		// Drills held between two states are posturing towards both.
		{"Chinese navy ships conducted live-fire drills in the Tasman Sea between Australia and New Zealand.", "CHNMIL>AUS 150; CHNMIL>NZL 150"},
		// Bombers named are aerial weapons (195); a suicide bomber is not.
		{"The United States struck three Iranian nuclear sites with B-2 bombers.", "USA>IRN 195"},
		{"A suicide bomber killed 12 people in Kabul.", "AFGREB>AFG 1831"},
		// The first weapon named decides: artillery before mortars is 194,
		// mortars alone small arms (193).
		{"Afghan forces fired artillery and mortars at the Pakistani town of Chaman.", "AFGMIL>PAK 194"},
		{"Afghan forces fired mortars at the Pakistani town of Chaman.", "AFGMIL>PAK 193"},
		// A ban on delivering goods is an embargo: lifting it is 085.
		{"Russia lifted its ban on delivering the S-300 system to Iran on Monday.", "RUS>IRN 085"},
		{"Russia lifted its travel ban on Iranian officials.", "RUS>IRNGOV 081"},
		// Soldiers killed in a clash with another force fought it, both ways;
		// soldiers killed by a force were attacked by it.
		{"Three Thai soldiers were killed in a border clash with Cambodian troops.", "KHMMIL>THAMIL 190; THAMIL>KHMMIL 190"},
		{"Five Afghan soldiers were killed by Taliban fighters on Monday.", "AFGREB>AFGMIL 190"},
		// An envoy summoned is a formal protest (114, the sets' convention);
		// a rally to protest stays a demonstration.
		{"Germany summoned Russia's ambassador over the case.", "DEU>RUSGOV 114"},
		{"Pakistan summoned India's deputy high commissioner on Tuesday to lodge a strong protest.", "PAK>INDGOV 114"},
		{"Opposition supporters rallied in Dhaka to protest against the government.", "BGDOPP>BGDGOV 141"},
		// Weapons bought, or their delivery taken, are military cooperation
		// both ways; rice bought is trade. A contract signed to buy weapons
		// is a formal agreement both ways.
		{"India bought five S-400 missile systems from Russia.", "IND>RUS 062; RUS>IND 062"},
		{"Egypt took delivery of two frigates from France.", "EGY>FRA 062; FRA>EGY 062"},
		{"Vietnam bought rice from Thailand.", "VNM>THA 061"},
		{"Greece signed a contract to buy 24 Rafale fighter jets from France.", "GRC>FRA 057; FRA>GRC 057"},
		{"Seoul signed a deal to buy K2 tanks from Poland.", "KOR>POL 057; POL>KOR 057"},
		{"Qatar signed a deal to buy gas from Russia.", "QAT>RUS 061"},
		// A ship seized or captured by force is hijacked (181); an aircraft
		// seized is property confiscated.
		{"The Houthis captured a Japanese cargo ship in the Red Sea.", "YEMREB>JPNBUS 181"},
		{"Iran seized a tanker belonging to Greece in the Gulf.", "IRN>GRC 181"},
		{"Iran seized a British aircraft.", "IRN>GBR 1711"},
		// A carrier group sent towards a state is a mobilisation (154).
		{"The United States sent a carrier strike group toward Iran on Sunday.", "USA>IRN 154"},
		// Warning shots and missiles fired over or test-fired towards a state
		// are a show of force (150); shots fired at soldiers a fight.
		{"South Korean troops fired warning shots at North Korean soldiers.", "KORMIL>PRKMIL 150"},
		{"South Korean troops fired shots at North Korean soldiers.", "KORMIL>PRKMIL 190"},
		{"North Korea launched a missile over Japan.", "PRK>JPN 150"},
		{"North Korea test-fired a ballistic missile toward Japan on Thursday.", "PRK>JPN 150"},
		// An arrest for suspected espionage carries the accusation (1125)
		// against the arrested; another arrest does not.
		{"Russia arrested a French citizen on suspicion of spying for Ukraine.", "RUS>FRA 173; RUS>FRA 1125"},
		{"Iran arrested a British national on espionage charges.", "IRN>GBR 173; IRN>GBR 1125"},
		{"Iran arrested a British national on fraud charges.", "IRN>GBR 173"},
		// Secrets passed on or research stolen are espionage (1125); helping
		// a bombing is a plain accusation.
		{"Britain accused Russia of trying to steal vaccine research.", "GBR>RUS 1125"},
		{"Poland accused a Belarusian man of passing secrets to Minsk.", "POL>BLR 1125"},
		{"Kabul accused Pakistan's spy service of helping the militants.", "AFG>PAKSPY 112"},
		// Military agreements revoked are military cooperation rejected
		// (1212); a trade agreement cancelled is not.
		{"Niger revoked military agreements with France.", "NER>FRA 1212"},
		{"The Philippines terminated its visiting forces agreement with the United States.", "PHL>USA 1212"},
		{"India cancelled a trade agreement with Malaysia.", ""},
		// A ceasefire agreed to be observed, or a cessation of hostilities
		// agreed, is a truce (0871). A ceasefire merely agreed to is the
		// codebook's 0356 example in the rule coder, which the news sets'
		// gold codes 0871 by that code's usage note; the learned
		// component's verdict on it is not pinned (conv28_test.go).
		{"India and Pakistan agreed to strictly observe the ceasefire along the Line of Control.", "IND>PAK 0871; PAK>IND 0871"},
		{"Ethiopia and Eritrea agreed to a permanent cessation of hostilities.", "ETH>ERI 0871; ERI>ETH 0871"},
		// Bombers intercepted are not property seized (1711); since round
		// twenty-nine the interception is a show of force (150).
		{"NATO jets intercepted Russian bombers over the Baltic Sea.", "IGOWSTNAT>RUSMIL 150"},
		// Troops moved to a border and reinforcements sent are a build-up
		// (154); joint air or naval patrols are military cooperation.
		{"Belarus moved troops to its border with Lithuania.", "BLR>LTU 154"},
		{"India sent reinforcements to the Line of Actual Control with China.", "IND>CHN 154"},
		{"Russia staged joint air patrols with China over the Sea of Japan.", "RUS>CHN 062; CHN>RUS 062"},
		{"Moscow and Beijing conducted joint naval patrols in the Pacific.", "RUS>CHN 062; CHN>RUS 062"},
	}
	checkCodes(t, "2024-06-01", tests)
}
