package coder

import "testing"

// TestHomeMeasure: a curfew, an emergency or martial law between actors of
// one state goes to the whole country, a bare country as source acting
// through its government; a measure on another state, another code or an
// actor of no state is left alone, and the caller's codes are not changed.
func TestHomeMeasure(t *testing.T) {
	tests := []struct {
		name, code, a, t string
		wantA, wantT     string
	}{
		{"a bare country acts through its government", "1723", "LKA", "LKA", "LKAGOV", "LKA"},
		{"a group of the country becomes the country", "1724", "PERGOV", "PEROPP", "PERGOV", "PER"},
		{"eased at home", "0813", "CHL", "CHLOPP", "CHLGOV", "CHL"},
		{"another state's territory keeps its target", "1723", "ISR", "PSE", "ISR", "PSE"},
		{"not a measure at home", "173", "CHLCOP", "CHLOPP", "CHLCOP", "CHLOPP"},
		{"an armed group is no state's", "1724", "NGAGOV", "NGAREB", "NGAGOV", "NGAREB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &acode{code: tt.a, base: tt.a[:3], hasActor: true}
			tg := &acode{code: tt.t, base: tt.t[:3], hasActor: true}
			ga, gt := homeMeasure(ownTerritory(tt.code), a, tg)
			if ga.code != tt.wantA || gt.code != tt.wantT {
				t.Errorf("homeMeasure(%s, %s, %s) = %s, %s; want %s, %s", tt.code, tt.a, tt.t, ga.code, gt.code, tt.wantA, tt.wantT)
			}
			if a.code != tt.a || tg.code != tt.t {
				t.Errorf("the caller's codes were changed: %s, %s", a.code, tg.code)
			}
		})
	}
	if a, tg := homeMeasure(true, &nullActor, &nullActor); a != &nullActor || tg != &nullActor {
		t.Error("the null actor was replaced")
	}
}
