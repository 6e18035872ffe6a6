package tag

import "github.com/dyadproject/dyad/token"

// nameParticles are the lower-case words that join the parts of a
// person's name: "Lula da Silva", "Charles de Gaulle", "Ursula von der
// Leyen", "Mohammed bin Salman".
var nameParticles = map[string]bool{
	"da": true, "de": true, "do": true, "dos": true, "das": true, "del": true, "della": true,
	"di": true, "van": true, "von": true, "der": true, "den": true, "bin": true, "ibn": true,
	"al": true, "el": true, "ben": true,
}

// nameParticle reports whether token i is a name particle inside a name:
// after a proper noun and before a capitalised word or another particle.
// The model, which saw few of them, tags "da" a noun, and the name's last
// part and the verb after it went with it: "Lula da/NN Silva/NN leapt/NN".
func nameParticle(toks []token.Token, i int) bool {
	if !nameParticles[toks[i].Word] || i == 0 || i+1 >= len(toks) {
		return false
	}
	if toks[i-1].Tag != "NNP" {
		return false // "von der": "von" is already NNP
	}
	n := toks[i+1].Word
	return n != "" && ('A' <= n[0] && n[0] <= 'Z') || nameParticles[n]
}
