package coder

// Praise in an apposed noun phrase. As a criticism does (apposed.go), news
// closes a report of an act with a noun phrase naming it and the actor who
// praised it: "Mexico extradited 29 cartel members to the United States, in
// a move U.S. officials praised as unprecedented", "the EU granted Ukraine
// candidate status, a move Zelensky hailed as historic". Each is the
// praising actor's 051 to the act's author, as "Zelensky hailed the move"
// would be coded.

// praiseVerbs are the verbs of a reduced relative that praise the act.
var praiseVerbs = map[string]bool{
	"PRAISED": true, "HAILED": true, "WELCOMED": true, "APPLAUDED": true, "LAUDED": true, "COMMENDED": true,
}
