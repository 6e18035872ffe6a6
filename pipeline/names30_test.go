package pipeline_test

import "testing"

// TestRoundThirtyGivenName: a surname the office-holder overlay lists alone
// ("+BENNETT_" under NAFTALI_BENNETT_) is not that person when a given name
// he does not bear stands before it, in the mention or earlier in the
// sentence (coder/givenname.go), on the rule coder alone. The sentences are
// written for the test; the first three code Naftali Bennett or Donald
// Trump without the rule.
func TestRoundThirtyGivenName(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"U.N. rights envoy Richard Bennett accused Iran of torturing prisoners.", "IGOUNO>IRN 1122"},
		{"Richard Bennett met Iranian officials in Geneva, and Bennett later accused Iran of torturing prisoners.", ""},
		// Guards: a day before the surname is no given name.
		{"Iran rejected on Friday Bennett's offer of talks.", "IRN>ISRELI 125"},
	})
	checkRuleCodes(t, "2021-09-01", []struct{ text, want string }{
		{"Ivanka Trump praised Israel for its vaccine drive.", ""},
		// Guards: the person's own given name, a title, a country, the
		// surname alone.
		{"Donald Trump praised Israel for its vaccine drive.", "USAELI>ISR 051"},
		{"Prime Minister Naftali Bennett accused Iran of funding terror groups.", "ISRGOV>IRN 112"},
		{"Israel's Bennett accused Iran of funding terror groups.", "ISRGOV>IRN 112"},
		{"Bennett accused Iran of funding terror groups.", "ISRGOV>IRN 112"},
	})
}
