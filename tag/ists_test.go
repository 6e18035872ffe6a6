package tag

import "testing"

// TestOpeningIsts checks that an unknown capitalised "-ists" word opening a
// sentence is a plural noun, not a name, while other unknown capitalised
// words there stay names.
func TestOpeningIsts(t *testing.T) {
	tests := []wordTag{
		{"Separatists attacked Ukrainian soldiers in Donetsk .", "Separatists", "NNS"},
		{"Jihadists killed 17 soldiers .", "Jihadists", "NNS"},
		{"Osgiliath attacked Gondor .", "Osgiliath", "NNP"},
	}
	checkWordTags(t, tests)
}
