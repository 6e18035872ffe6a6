// Package dict reads the PETRARCH/TABARI dictionaries — verb patterns (both the
// PETRARCH-1 and the PETRARCH2 CAMEO.2.0 layouts), actors with date-restricted
// codes, agents, discards and issues — into immutable, indexed values the coder
// shares between goroutines, and reports every malformed line as file:line.
//
// The production Phoenix set ships inside the binary (see Default); a set named
// by a PETR XML <Environment> is read from a directory with Load.
package dict
