package pipeline_test

import "testing"

// TestFledRole: refugees fleeing a country are that country's refugees, as
// "refugees from Liberia" are; fleeing something that names no country
// gives no country.
func TestFledRole(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"The United Nations will provide food aid to refugees fleeing the civil war in Liberia.", "IGOUNO>LBRREF 0333"},
		{"The United Nations will provide food aid to refugees from Liberia.", "IGOUNO>LBRREF 0333"},
		{"Turkey gave shelter to refugees fleeing Syria.", "TUR>SYRREF 075"},
		{"Kenyan police arrested refugees fleeing Somalia.", "KENCOP>SOMREF 173"},
		// A role that has its country keeps it.
		{"Turkey gave shelter to Iraqi refugees fleeing Syria.", "TUR>IRQOCCREF 075"},
		{"Turkey gave shelter to refugees fleeing the fighting.", ""},
	}
	checkCodes(t, "2005-06-01", tests)
}
