package pipeline_test

import "testing"

// TestSeizedCity: a city or capital that is the whole object of SEIZE or
// CAPTURE is territory taken, 192, not the arrest block's 173 (coder/
// seizedcity.go; round thirty-eight, targets44, seize42's form C declared
// afresh with the whole-object check it lacked). Dev rows of the
// construction: "Syrian rebels seized Damascus" (fresh21, fresh39), "the M23
// first captured Goma". Run with the rule coder alone.
func TestSeizedCity(t *testing.T) {
	checkRuleCodes(t, "2021-08-16", []struct{ text, want string }{
		{"Taliban fighters seized Kabul on Sunday.", "AFGREB>AFG 192"},
		{"M23 rebels captured Goma on Tuesday.", "CODREB>COD 192"},
		{"Wagner fighters seized Rostov on Saturday.", "RUSUAF>RUS 192"},
		// Negatives: things seized in a city keep their code; a city inside
		// the object's "in" phrase, or owning the object, is not the
		// object; an object that names the city with a noun before it is
		// outside the declared form.
		{"Syrian troops seized weapons in Aleppo.", "SYRMIL>SYR 1711"},
		{"Taliban fighters seized Kabul's weapons depots on Sunday.", "AFGREB>AFG 1711"},
		{"Taliban fighters seized the Afghan capital Kabul on Sunday.", "AFGREB>AFG 173"},
		{"Kenyan police said they had seized 40 houses in Nairobi belonging to a former minister.", "KENCOP>KEN 173"},
	})
}

// TestCountedVictims: a count of armed or uniformed people of no country,
// the object of an assault or killing (roots 18-20), takes the country of
// the place the target slot read instead of them, with its own role
// (coder/countedvictims.go; round thirty-eight, targets44, victims42's D
// narrowed to people and declared afresh). Dev rows: f-228 (fresh),
// ae-059 (fresh21), aj-145 (fresh26). Run with the rule coder alone.
func TestCountedVictims(t *testing.T) {
	checkRuleCodes(t, "2023-08-15", []struct{ text, want string }{
		{"Jihadists killed 17 soldiers in an ambush near Niger's border with Burkina Faso.", "NERREB>NERMIL 190"},
		{"Pakistani soldiers killed 11 militants in a gunfight in North Waziristan near the Afghan border.", "PAKMIL>PAKREB 193"},
		{"Turkish drones killed at least 12 fighters in northern Syria near the Iraqi border.", "TUR>SYRUAF 195"},
		// Negatives: no place keeps what it had (no target, no event);
		// sites named by a role word are things, not people; people and
		// civilians are victimsOf's, not this rule's.
		{"Militants killed 17 soldiers on Sunday.", ""},
		{"Israeli jets struck military sites in three Iranian provinces.", "ISR>IRN 195"},
		{"Gunmen killed 12 people in a village near Niger's border.", "NERCVL>NER 190"},
	})
}
