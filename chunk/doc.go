// Package chunk is dyad's shallow parser: it turns a sentence of raw English
// into a Penn Treebank-shaped phrase-structure tree like the Stanford parses
// the coder's patterns were written for.
//
// The parser is a deterministic recursive descent over part-of-speech tags
// (package tag) with a few closed word lists (auxiliaries, subordinators,
// verbs of saying). It builds noun phrases with possessives, coordination,
// appositions, prepositional phrases and relative clauses; verb groups with
// modals, auxiliaries, negation and passives nested the way Stanford nests
// them; infinitival, "that" and bare clausal complements; fronted adjuncts;
// and the ", X said." tail of news sentences. It never fails: what it cannot
// place is attached flat, so every token is a leaf exactly once, in order,
// with its byte offsets into the document.
package chunk
