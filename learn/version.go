package learn

import (
	"crypto/sha256"
	"fmt"
)

// Version names the embedded model by a hash of its file, so stored
// events can say which model decided them.
func Version() string {
	return fmt.Sprintf("model-%x", sha256.Sum256(modelFile))[:18]
}
