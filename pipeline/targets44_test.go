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
