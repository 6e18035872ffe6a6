// Package coder turns phrase-structure trees into CAMEO events: it finds actor
// noun phrases with the actor and agent dictionaries, matches the verb
// dictionary's patterns around each verb, and assigns sources and targets,
// following the PETRARCH-1/TABARI rules the PETRARCH unit-test records expect.
//
// A Coder holds only immutable dictionaries and options; every call to Code
// uses its own scratch space, so one Coder serves many goroutines.
package coder
