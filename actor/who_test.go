package actor

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

func d(s string) time.Time {
	t, err := dyad.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return t
}

// Office holders across the boundaries of their terms: the day before the
// start, the first day, the last day and the day after.
func TestResolveBoundaries(t *testing.T) {
	tests := []struct {
		name, date string
		code       string // "" = no term in force
		since      string
	}{
		{"Ebrahim Raisi", "2021-08-02", "", ""},
		{"Ebrahim Raisi", "2021-08-03", "IRNGOV", "2021-08-03"},
		{"Raisi", "2022-05-02", "IRNGOV", "2021-08-03"},
		{"President Raisi", "2022-05-02", "", ""}, // not an alias: titles are resolved separately
		{"Ebrahim Raeisi", "2024-05-19", "IRNGOV", "2021-08-03"},
		{"Raisi", "2024-05-20", "IRNELI", "2024-05-20"}, // a former official after the last term
		{"Mohammad Bagheri", "2016-06-27", "", ""},
		{"Bagheri", "2016-06-28", "IRNMIL", "2016-06-28"},
		{"Maj. Gen. Mohammad Bagheri", "2025-06-13", "IRNMIL", "2016-06-28"},
		{"Bagheri", "2025-06-14", "IRNELI", "2025-06-14"},
		{"Wei Fenghe", "2018-03-18", "", ""},
		{"Gen. Wei Fenghe", "2018-03-19", "CHNGOV", "2018-03-19"},
		{"WEI_FENGHE", "2023-03-12", "CHNGOV", "2018-03-19"},
		{"Wei Fenghe", "2023-03-13", "CHNELI", "2023-03-13"},
		{"Ashtiani", "2021-08-24", "", ""},
		{"Mohammad Reza Ashtiani", "2021-08-25", "IRNGOV", "2021-08-25"},
		{"Ashtiani", "2024-08-22", "IRNELI", "2024-08-22"},
		// Month-only dates cover the whole month: Atmar 2020-03 to 2021-06.
		{"Atmar", "2020-03-01", "AFGGOV", "2020-03"},
		{"Atmar", "2021-06-30", "AFGGOV", "2020-03"},
		{"Atmar", "2021-07-01", "AFGELI", "2021-07-01"},
		// No ELI while a term is open, nor for non-state codes.
		{"Hemedti", "2019-08-20", "", ""},
		{"Ahmed al-Sharaa", "2024-12-07", "SYRREB", "2017-01-28"},
		// Open-ended terms.
		{"Xi Jinping", "2026-11-29", "CHNGOV", "2013-03-14"},
		// One alias, two people: the date picks the person.
		{"Khamenei", "2026-02-28", "IRNGOV", "1989-06-04"},
		{"Khamenei", "2026-03-05", "", ""},
		{"Khamenei", "2026-03-09", "IRNGOV", "2026-03-09"},
		// One person, two codes: the later office wins while both run.
		{"Hemedti", "2023-04-14", "SDNGOV", "2019-08-21"},
		{"Hemedti", "2023-04-15", "SDNREB", "2023-04-15"},
		{"Hemedti", "2023-05-20", "SDNREB", "2023-04-15"},
		// Accents and case do not matter.
		{"antonio guterres", "2020-01-01", "IGOUNO", "2017-01-01"},
	}
	h := Default()
	for _, tt := range tests {
		a, ok := h.Resolve(tt.name, d(tt.date))
		if tt.code == "" {
			if ok {
				t.Errorf("Resolve(%q, %s) = %s (%s); want no term in force", tt.name, tt.date, a.Code, a.Entry)
			}
			continue
		}
		if !ok || a.Code != tt.code || a.Since != tt.since {
			t.Errorf("Resolve(%q, %s) = %q since %q, ok=%v; want %s since %s", tt.name, tt.date, a.Code, a.Since, ok, tt.code, tt.since)
		}
		if !strings.HasPrefix(a.Entry, "officeholders-2014-2026.tsv:") || a.Dict != "dyad.officeholders" {
			t.Errorf("Resolve(%q): provenance %q %q", tt.name, a.Entry, a.Dict)
		}
	}
}

func TestWhoExplains(t *testing.T) {
	ms := Default().Who("Raisi", d("2019-01-01"))
	if len(ms) != 1 || ms[0].Active {
		t.Fatalf("Who(Raisi, 2019) = %+v; want one inactive term", ms)
	}
	for _, s := range []string{`"Raisi" is an alias of Ebrahim Raisi`, "President (IRN) 2021-08-03 to 2024-05-19 → IRNGOV", "not yet in office on 2019-01-01", "confidence high"} {
		if !strings.Contains(ms[0].Why, s) {
			t.Errorf("Why = %q; lacks %q", ms[0].Why, s)
		}
	}
	ms = Default().Who("Khamenei", d("2026-06-01"))
	if len(ms) != 2 || !ms[0].Active || ms[0].Term.Name != "Mojtaba Khamenei" || ms[1].Active {
		t.Errorf("Who(Khamenei, 2026-06) = %+v; want Mojtaba in force, then Ali", ms)
	}
}

func TestCheck(t *testing.T) {
	const table = "country_iso3\tname\taliases\toffice\tcameo_code\tstart\tend\tconfidence\tsource\n" +
		"IRN\tA One\tAlpha\tPresident\tIRNGOV\t2020-01-01\t2021-01-01\thigh\tk\n" + // line 2
		"IRN\tA One\t\tCommander\tIRNMIL\t2020-06-01\t\thigh\tk\n" + // 3: overlaps line 2, other code
		"IRN\tB Two\tAlpha\tForeign Minister\tIRNGOV\t2020-12-01\t2022-01-01\thigh\tk\n" + // 4: alias Alpha shared with A One in Dec 2020
		"XXX\tC Three\t\tPresident\tXXXGOV\t2020-01-01\t\thigh\tk\n" + // 5: not CAMEO
		"IRN\tD Four\tDelta\tPresident\tIRNGOV\t2019-01-01\t2020-01-01\thigh\tk\n" +
		"IRN\tE Five\tDelta\tPresident\tIRNGOV\t2020-01-01\t2021-01-01\thigh\tk\n" + // handover day: fine
		"IRN\tF Six\t\tPresident\tIRNGOV\t2020-01-01\t2021-01-01\thigh\tk\n" +
		"IRN\tF Six\t\tChief of Staff\tIRNMIL\t2021-01-01\t\thigh\tk\n" + // handover day: fine
		"CHN\tX Seven\t\tPresident\tCHNGOV\t2013-03-14\t\thigh\tk\n" +
		"CHN\tX Seven\t\tGeneral Secretary\tCHNGOV\t2012-11-15\t\thigh\tk\n" + // two offices, one code: fine
		"IGO\tG Eight\t\tSecretary-General\tIGOUNO\t2017-01-01\t\thigh\tk\n" // Phoenix organisation code: fine
	h, err := Load(strings.NewReader(table), "t.tsv")
	if err != nil {
		t.Fatal(err)
	}
	errs, _ := h.Check().(dyad.ErrorList)
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	want := []string{
		"t.tsv:3: A One: IRNMIL 2020-06-01.. (Commander) overlaps IRNGOV 2020-01-01..2021-01-01 (line 2) with a different code",
		`t.tsv:4: alias "alpha" names both A One (line 2, 2020-01-01..2021-01-01) and B Two (2020-12-01..2022-01-01) at the same time`,
		"t.tsv:5: C Three: code XXXGOV is not a CAMEO actor code",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Check:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestValidCode(t *testing.T) {
	for code, want := range map[string]bool{
		"IRNGOV": true, "CHNMIL": true, "IRNGOVMIL": true, "USA": true, "IGOUNO": true,
		"IGOWSTNAT": true, "PSEREBHMS": true, "MEAREB": true, "IRNXYZ": false, "XXXGOV": false,
		"IRNGO": false, "": false, "IRNGOVMI": false,
	} {
		if got := ValidCode(code); got != want {
			t.Errorf("ValidCode(%q) = %v; want %v", code, got, want)
		}
	}
}

// The shipped table has only the overlaps its README documents.
func TestCheckDefault(t *testing.T) {
	errs, _ := Default().Check().(dyad.ErrorList)
	for _, e := range errs {
		if !strings.Contains(e.Msg, "Hemedti") && !strings.Contains(e.Msg, "Dagalo") &&
			!strings.Contains(e.Msg, "Jeong Kyeong-doo") && !strings.Contains(e.Msg, "Akhundzada") {
			t.Errorf("unexpected finding: %v", e)
		}
	}
}

func TestPackageLevel(t *testing.T) {
	if ms := Who("Wei Fenghe", d("2022-05-02")); len(ms) != 1 || !ms[0].Active || ms[0].Term.Code != "CHNGOV" {
		t.Errorf("Who(Wei Fenghe) = %+v", ms)
	}
	if a, ok := Resolve("Mohammad Baqeri", d("2022-05-02")); !ok || a.Code != "IRNMIL" {
		t.Errorf("Resolve(Mohammad Baqeri) = %+v, %v", a, ok)
	}
}
