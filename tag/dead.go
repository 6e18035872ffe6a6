package tag

import "github.com/dyadproject/dyad/token"

// killedDead are the verb forms news writes with a resultative "dead":
// "gunmen shot dead a policeman", "was stabbed dead".
var killedDead = map[string]bool{
	"shot": true, "stabbed": true, "hacked": true, "beaten": true, "beat": true,
	"clubbed": true, "bludgeoned": true, "kicked": true, "stoned": true,
}

// auxBefore are the forms of "be" and "have" that make the verb before
// "dead" a participle: "was shot dead", "have shot dead".
var auxBefore = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "been": true, "being": true, "be": true,
	"has": true, "have": true, "had": true, "got": true, "get": true,
}

// resultativeDead retags "shot dead" and its kind. The model has seen
// "dead" mostly as an adjective before a noun or after "be", and around the
// verb of killing it read "Gunmen shot/NN dead/VBD a policeman" or "troops
// shot/VBN dead/VBP a Palestinian", which hid the killing. "dead" after such
// a verb is an adjective, and the verb is a past tense unless a form of
// "be" or "have" stands before it (then a participle).
func resultativeDead(toks []token.Token) {
	for i := 1; i < len(toks); i++ {
		if toks[i].Word != "dead" || !killedDead[toks[i-1].Word] {
			continue
		}
		toks[i].Tag = "JJ"
		switch {
		case i >= 2 && auxBefore[toks[i-2].Word]:
			toks[i-1].Tag = "VBN"
		case i >= 2 && (toks[i-2].Tag == "RB" || toks[i-2].Tag == "MD"):
		default:
			toks[i-1].Tag = "VBD"
		}
	}
}
