package tag

import "testing"

// TestNameParticle checks the lower-case particles inside a person's name
// (nameParticle) and that the same words outside a name keep the model's tag.
func TestNameParticle(t *testing.T) {
	tests := []wordTag{
		{"President Luiz Inacio Lula da Silva met the Chinese leader .", "da", "NNP"},
		{"Former president Fernando Henrique Cardoso da Costa spoke .", "da", "NNP"},
		{"European Commission President Ursula von der Leyen arrived in Kyiv .", "der", "NNP"},
		{"Crown Prince Mohammed bin Salman met Biden .", "bin", "NNP"},
		{"The minister said de facto rule would end .", "de", "FW"},
	}
	checkWordTags(t, tests)
}
