package pipeline_test

import (
	"strings"
	"testing"
)

// TestPalestinianFactions: group 1 of mideast44's knowledge rows
// (dict/data/dyad.errata.actors.txt, dyad.actors.txt). "Islamic Jihad" and
// the al-Quds Brigades are Palestinian Islamic Jihad (PSEREB), not Hezbollah
// or Hamas as Phoenix filed them; Hamas's leaders are the movement.
func TestPalestinianFactions(t *testing.T) {
	checkRuleCodes(t, "2024-05-02", []struct{ text, want string }{
		{"Islamic Jihad fired rockets at Israel on Friday.", "PSEREB>ISR 194"},
		{"The Al-Quds Brigades fired rockets at Israel on Friday.", "PSEREB>ISR 194"},
		{"Khalil al-Hayya criticised Israel on Monday.", "PSEREBHMS>ISR 111"},
		{"Ismail Haniyeh criticised Israel on Monday.", "PSEREBHMS>ISR 111"},
	})
	// Haniyeh's premiership stays in force.
	checkRuleCodes(t, "2007-01-10", []struct{ text, want string }{
		{"Ismail Haniyeh criticised Israel on Monday.", "PSEGOV>ISR 111"},
	})
	// Negative: Hezbollah's 1980s front under its full name stays Lebanese,
	// and Hamas's own armed wing stays Hamas's.
	checkRuleCodes(t, "2024-05-02", []struct{ text, want string }{
		{"The Qassam Brigades fired rockets at Israel on Friday.", "PSEREBHMS>ISR 194"},
	})
	got := list(codeWith(t, ruleCoder(t), "The Islamic Jihad for the Liberation of Palestine criticised Israel on Monday.", "1988-05-02"))
	if strings.Contains(got, "PSEREB>") {
		t.Errorf("got %q, want Hezbollah's front (LBNREB), not PIJ", got)
	}
}

// TestIraqFactions: group 2 of mideast44's knowledge rows: Iraq's Iran-aligned
// factions by their own names are IRQUAF, as the PMF and Kataib Hezbollah are;
// the umbrella name no longer matches Hezbollah's "Islamic Resistance".
func TestIraqFactions(t *testing.T) {
	checkRuleCodes(t, "2024-01-30", []struct{ text, want string }{
		{"The Islamic Resistance in Iraq criticised the United States on Monday.", "IRQUAF>USA 111"},
		{"Asaib Ahl al-Haq criticised the United States on Monday.", "IRQUAF>USA 111"},
		{"Harakat al-Nujaba criticised the United States on Monday.", "IRQUAF>USA 111"},
	})
	// Negative: Hezbollah's own "Islamic Resistance" stays Lebanese.
	checkRuleCodes(t, "2024-01-30", []struct{ text, want string }{
		{"The Islamic Resistance criticised Israel on Monday.", "LBNREB>ISR 111"},
	})
}

// TestSyriaAfterAssad: group 3 of mideast44's knowledge rows: Hayat Tahrir
// al-Sham is SYRREB as the news README codes it (it was SYRREBMUS), and
// al-Sharaa's nom de guerre takes his code on the sentence's date.
func TestSyriaAfterAssad(t *testing.T) {
	checkRuleCodes(t, "2024-11-30", []struct{ text, want string }{
		{"Hayat Tahrir al-Sham attacked government forces in Aleppo on Saturday.", "SYRREB>SYRMIL 190"},
		{"Abu Mohammed al-Jolani criticised Russia on Monday.", "SYRREB>RUS 111"},
	})
	checkRuleCodes(t, "2024-12-20", []struct{ text, want string }{
		{"Abu Mohammed al-Jolani criticised Russia on Monday.", "SYRGOV>RUS 111"},
	})
	// Negative: the Golan Heights are a place, not al-Sharaa.
	if got := list(codeWith(t, ruleCoder(t), "Israel criticised Russia over the Golan Heights on Monday.", "2024-12-20")); strings.Contains(got, "SYRGOV") || strings.Contains(got, "SYRREB") {
		t.Errorf("got %q, want no Syrian leader for the Golan Heights", got)
	}
}

// TestLebanonAndIslamistParties: group 4 of mideast44's knowledge rows:
// Hezbollah's Safieddine is the group; the Brotherhood's Jordanian branch and
// party and Tunisia's Ennahda are their own countries' opposition, Ennahda
// the government while it led it.
func TestLebanonAndIslamistParties(t *testing.T) {
	checkRuleCodes(t, "2024-09-30", []struct{ text, want string }{
		{"Hashem Safieddine criticised Israel on Monday.", "LBNREB>ISR 111"},
		{"The Islamic Action Front criticised the government on Monday.", "JOROPP>JORGOV 111"},
		{"Ennahda criticised President Kais Saied on Monday.", "TUNOPP>TUNGOV 111"},
	})
	checkRuleCodes(t, "2013-03-10", []struct{ text, want string }{
		{"Ennahda criticised France on Monday.", "TUNGOV>FRA 111"},
	})
	// Negative: the Brotherhood named bare stays Egypt's opposition.
	checkRuleCodes(t, "2014-03-10", []struct{ text, want string }{
		{"The Muslim Brotherhood criticised the army on Monday.", "EGYOPP>EGYMIL 111"},
	})
}

// TestMideastOfficialsByName: group 6 of mideast44's knowledge rows: named
// Houthi and Hamas spokesmen speak for their movements; Mikati's later
// premierships and Anas Khattab's office after Assad take their dates.
func TestMideastOfficialsByName(t *testing.T) {
	checkRuleCodes(t, "2024-06-01", []struct{ text, want string }{
		{"Yahya Saree criticised the United States on Saturday.", "YEMREB>USA 111"},
		{"Osama Hamdan criticised Israel on Saturday.", "PSEREBHMS>ISR 111"},
		{"Najib Mikati criticised Israel on Saturday.", "LBNGOV>ISR 111"},
	})
	checkRuleCodes(t, "2025-06-01", []struct{ text, want string }{
		{"Anas Khattab criticised Israel on Sunday.", "SYRGOV>ISR 111"},
	})
	// Negative: out of office again after February 2025 Mikati is an elite.
	checkRuleCodes(t, "2025-06-01", []struct{ text, want string }{
		{"Najib Mikati criticised Israel on Sunday.", "LBNELI>ISR 111"},
	})
}
