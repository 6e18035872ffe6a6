package coref

import (
	"strings"

	"github.com/dyadproject/dyad/cameo"
)

// sectorOnly reports whether a three-letter code is a CAMEO role with no
// country ("MED" for a news agency named in a dateline, "BUS", "REB"), not
// a state or region: such a mention is a group or a body, and "the
// country" or "it" said of a state must not resolve to it.
func sectorOnly(code string) bool {
	class, ok := cameo.RoleClass(code)
	return ok && strings.HasSuffix(class, "_role")
}
