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

// RolesVersion names the embedded role model (learn/data/roles.txt) the
// same way.
func RolesVersion() string {
	return fmt.Sprintf("roles-%x", sha256.Sum256(rolesFile))[:18]
}
