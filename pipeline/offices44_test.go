package pipeline_test

import (
	"strings"
	"testing"
)

// TestArmedGroupsSouthAsiaMyanmar: group 2 of round thirty-eight's knowledge
// rows (dict/data/dyad.actors.txt): Myanmar's Three Brotherhood Alliance, the
// Pakistani Taliban under their Urdu name and Kashmir's Resistance Front are
// their countries' rebels. Before the rows the first and last gave no source.
func TestArmedGroupsSouthAsiaMyanmar(t *testing.T) {
	checkRuleCodes(t, "2024-05-02", []struct{ text, want string }{
		{"The Three Brotherhood Alliance attacked army posts in Shan state on Friday.", "MMRREB>MMRMIL 190"},
		{"Tehreek-e-Taliban Pakistan claimed responsibility for the attack on the police station.", "PAKREB>PAKCOP 015"},
		{"The Resistance Front killed two policemen in Srinagar on Monday.", "INDREB>INDCOP 190"},
	})
	// Negative: Afghanistan's National Resistance Front is another group; the
	// Kashmiri row needs "the" right before "Resistance Front".
	got := list(codeWith(t, ruleCoder(t), "The National Resistance Front attacked Taliban fighters in Panjshir on Monday.", "2021-09-06"))
	if strings.Contains(got, "IND") {
		t.Errorf("got %q, want no Indian actor for Afghanistan's National Resistance Front", got)
	}
}

// TestLatinGangsAndCartels: group 3 of round thirty-eight's knowledge rows:
// Haiti's gang coalition and its leader, Brazil's and Ecuador's largest
// gangs are their countries' CRM. Before the rows they gave no actor.
func TestLatinGangsAndCartels(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Gang leader Jimmy Cherizier threatened the police on Tuesday.", "HTICRM>HTICOP 130"},
		{"Haitian police arrested members of Viv Ansanm in Port-au-Prince.", "HTICOP>HTICRM 173"},
		{"Police killed three members of the Comando Vermelho in Rio de Janeiro.", "BRACOP>BRACRM 190"},
		{"Ecuadorian soldiers arrested leaders of Los Choneros in Guayaquil.", "ECUMIL>ECUCRM 173"},
	})
	// Negative: a first name the row contains is not the gang leader.
	got := list(codeWith(t, ruleCoder(t), "Haitian police arrested a man named Jimmy in Port-au-Prince.", "2024-03-05"))
	if strings.Contains(got, "CRM") {
		t.Errorf("got %q, want no gang (CRM) for a man named Jimmy", got)
	}
}

// TestLatinOfficeHolders: group 4 of round thirty-eight's knowledge rows:
// Haiti's, Peru's and Brazil's office holders take the code of the office
// they held on the sentence's date (GOV in office, ELI after).
func TestLatinOfficeHolders(t *testing.T) {
	checkRuleCodes(t, "2020-05-05", []struct{ text, want string }{
		{"Jovenel Moise criticised the United States on Tuesday.", "HTIGOV>USA 111"},
	})
	checkRuleCodes(t, "2023-05-05", []struct{ text, want string }{
		{"Ariel Henry criticised the United States on Tuesday.", "HTIGOV>USA 111"},
		{"Dina Boluarte criticised Mexico on Tuesday.", "PERGOV>MEX 111"},
	})
	// Negative, out of office: after their terms they are ELI.
	checkRuleCodes(t, "2025-12-05", []struct{ text, want string }{
		{"Ariel Henry criticised the United States on Tuesday.", "HTIELI>USA 111"},
		{"Dina Boluarte criticised Mexico on Tuesday.", "PERELI>MEX 111"},
	})
	// Negative, a bare surname shared by many: "Henry" alone is no one.
	if got := list(codeWith(t, ruleCoder(t), "Henry criticised the United States on Tuesday.", "2023-05-05")); strings.Contains(got, "HTI") {
		t.Errorf("got %q, want no Haitian actor for a bare Henry", got)
	}
}

// TestMiddleEastCommanders: group 6 of round thirty-eight's knowledge rows:
// the Syrian Democratic Forces' commander is SYRREB, as the SDF are.
func TestMiddleEastCommanders(t *testing.T) {
	checkRuleCodes(t, "2025-03-10", []struct{ text, want string }{
		{"Mazloum Abdi criticised Turkey on Monday.", "SYRREB>TUR 111"},
	})
	// Negative: the bare surname, shared by many, is no one.
	if got := list(codeWith(t, ruleCoder(t), "Abdi criticised Turkey on Monday.", "2025-03-10")); strings.Contains(got, "SYRREB") {
		t.Errorf("got %q, want no SYRREB for a bare Abdi", got)
	}
}
