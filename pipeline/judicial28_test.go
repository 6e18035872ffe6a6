package pipeline_test

import "testing"

// TestJudicialRequestedArrests codes, through the whole pipeline, an arrest
// or seizure made at another's request or on another's warrant with the
// judicial cooperation it is: 063 from the arresting state, bare (the sixth
// harmonisation, session thirteen), to the one that asked, a state by its
// bare country, a court by its own code
// (coder/requested.go). Beside them, arrests the rule must leave alone: no
// request named, and a warrant from the arresting state's own court.
func TestJudicialRequestedArrests(t *testing.T) {
	tests := []struct {
		text string
		date string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Argentine police arrested a Lebanese banker in Buenos Aires on Monday at the request of France.", "2021-03-08", "ARGCOP>LBN 173; ARG>FRA 063"},
		{"Dutch police arrested a former Congolese militia leader on Thursday on an International Criminal Court warrant.", "2021-03-08", "NLDCOP>CODUAF 173; NLD>IGOJUDICC 063"},
		{"Spanish police seized the yacht of a Russian businessman in Mallorca at the request of U.S. prosecutors.", "2022-04-04", "ESPCOP>RUSBUS 1711; ESP>USA 063"},

		// No request named: the arrest alone.
		{"Argentine police arrested a Lebanese banker in Buenos Aires on Monday.", "2021-03-08", "ARGCOP>LBN 173"},
		// A warrant of the arresting state's own court names no other party.
		{"Kenyan police arrested an opposition leader on Monday on a warrant from a Nairobi court.", "2021-03-08", "KENCOP>KENOPP 173"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestJudicialHeldPeople codes people of no role that a state's police,
// courts or government arrest, detain, charge or sentence ("three men", "a
// 41-year-old man") as that state's (coder/lawobject.go); before, the
// arrest had no target and was dropped. People named in another act of
// the sentence keep no country.
func TestJudicialHeldPeople(t *testing.T) {
	tests := []struct {
		text string
		date string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// The coder gives such men the bare state; the role relabeller
		// gives them the state's civilians, as the dev gold does in
		// three sets of four (ac-046 INDCVL, ah-080 JPNCVL, ay-016
		// IRNCVL; bare m-114 DEU), under rule 4 (d). The same country
		// either way, so family+countries is unchanged.
		{"Turkish police arrested four men on Friday.", "2023-05-05", "TURCOP>TURCVL 173"},
		{"Japanese police detained a 52-year-old man at the station on Sunday.", "2023-05-05", "JPNCOP>JPN 173"},
		{"Egyptian police arrested 12 women on Sunday.", "2023-05-05", "EGYCOP>EGYCVL 173"},

		// Not the object of a custody verb: no country, no event.
		{"Turkish police said four men were killed in the blast.", "2023-05-05", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestJudicialCourtRulings codes a state's court setting aside its
// government's act or removing its head of government as 116 from the
// court to that government (coder/courtruling.go), the government
// implied where the act set aside names no actor. A court's verdict on a
// person set aside, and a court acting on another role, are left alone.
func TestJudicialCourtRulings(t *testing.T) {
	tests := []struct {
		text string
		date string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Malawi's Constitutional Court annulled the presidential election result on Monday, citing widespread irregularities.", "2020-02-03", "MWIJUD>MWIGOV 116"},
		{"Pakistan's Supreme Court dismissed Prime Minister Nawaz Sharif on Friday.", "2017-07-28", "PAKJUD>PAKGOV 116"},
		// An office-holder's act set aside: the government, whatever role
		// the object's words add ("re-election"); "overturned" is no coup.
		{"Malawi's Constitutional Court overturned President Peter Mutharika's re-election on Monday.", "2020-02-03", "MWIJUD>MWIGOV 116"},

		// A verdict on a person set aside is no ruling against the government.
		{"Malawi's Constitutional Court quashed the conviction on Monday.", "2020-02-03", ""},
		// Passive: no court named as the subject.
		{"The election result was annulled on Monday.", "2020-02-03", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestJudicialFreedDetainees codes political prisoners or detainees that
// a state frees as its own opposition (coder/lawobject.go), even where a
// second country named leaves the sentence no sole country. Prisoners a
// state frees that are not named as political keep no country.
func TestJudicialFreedDetainees(t *testing.T) {
	tests := []struct {
		text string
		date string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// Flying the freed to Spain is no visit by Cuba (removal31, +FLY's
		// "- * THEM TO [---]"): the dev gold codes freed political
		// prisoners put on a plane abroad as 0841 and 174 with no 042 or
		// 043 (fresh16 z-086, fresh26 aj-164), and a state flying a captive
		// abroad with no visit (z-070, ae-194, aj-040); the README's
		// coup convention gives 174 for flying a deposed president abroad.
		{"Cuba freed 50 political prisoners on Friday and flew them to Spain.", "2015-01-09", "CUB>CUBOPP 0841"},

		// No political prisoners or detainees named: no country given, no
		// release coded, and the flight is no visit.
		{"Cuba freed 50 inmates on Friday and flew them to Spain.", "2015-01-09", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
