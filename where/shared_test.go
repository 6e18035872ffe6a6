package where

import "testing"

// TestSharedDemonym: a demonym mledoze gives two countries reads as the
// sovereign state's ("the French capital" is Paris, not the French Southern
// Territories'), and between two sovereign states as the larger's; a demonym
// only a territory has still reads as the territory's.
func TestSharedDemonym(t *testing.T) {
	for _, tc := range []struct{ text, country, place string }{
		{"Crowds gathered in the French capital.", "FRA", "Paris"},
		{"Envoys arrived in the American capital.", "USA", "Washington"},
		{"Envoys arrived in the British capital.", "GBR", "London"},
		{"Envoys arrived in the Dutch capital.", "NLD", "Amsterdam"},
		{"Envoys arrived in the Chinese capital.", "CHN", "Beijing"},
		{"Envoys arrived in the Indian capital.", "IND", "New Delhi"},
		{"Envoys arrived in the Norwegian capital.", "NOR", "Oslo"},
		{"Envoys arrived in the Dominican capital.", "DOM", "Santo Domingo"},
		{"Envoys arrived in the Greenlandic capital.", "GRL", "Nuuk"},
		{"Envoys arrived in the Puerto Rican capital.", "PRI", "San Juan"},
	} {
		ls := Default().Find(tc.text)
		if len(ls) != 1 || ls[0].Country != tc.country || ls[0].Place != tc.place {
			t.Errorf("Find(%q) = %+v, want %s %s", tc.text, ls, tc.country, tc.place)
		}
	}
}

// TestSharedCityName: of two cities of different countries that share a
// name, the larger is read; a country still wins over a capital and a capital
// over a city, and a city of one name stays its own.
func TestSharedCityName(t *testing.T) {
	for name, want := range map[string]string{
		"Guadalajara":    "MEX", // 5.5 million, not Spain's 160,000
		"Salt Lake City": "USA", // not the Kolkata suburb
		"Mérida":         "MEX",
		"Brest":          "BLR", // 340,000; France's is 140,000
		"Kingston":       "JAM", // both capitals: Jamaica's, not Norfolk Island's
		"Tripoli":        "LBY", // a capital over Lebanon's city
		"Lyon":           "FRA",
	} {
		p, ok := Default().Lookup(name)
		if !ok || p.Country != want {
			t.Errorf("Lookup(%q) = %+v, %v; want %s", name, p, ok, want)
		}
	}
}
