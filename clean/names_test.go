package clean

import "github.com/dyadproject/dyad/where"

// gazetteerNames are the names the stages are composed with
// (pipeline.DefaultNames): the benchmarks and fuzz tests run the name-case
// step with them, as production does. Only the tests import where; the
// package itself is handed its names in Options.Names.
var gazetteerNames = NewNames(where.Default().Names("country", "capital", "demonym"))
