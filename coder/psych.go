package coder

// Feelings in the passive. "India was disappointed by the Pakistani
// decision" and "Germany was shocked by the Russian attack" are India's and
// Germany's comments on Pakistan and Russia: with a verb of feeling the
// subject of the passive is the one who feels and speaks (the experiencer),
// and the by-phrase names what the feeling is about. For other verbs the
// by-phrase names the actor ("Eriador was opposed by Osgiliath"), and the
// passive rule made Pakistan the source of India's disappointment (110)
// and Russia the source of Germany's shock. News only (KeepMainVerb): the
// PETRARCH records code the passive as written.

// psychVerbs are the verbs of feeling whose passive keeps its subject as
// the source, by their primary verb as written in the dictionary.
var psychVerbs = map[string]bool{
	"DISAPPOINT": true, "SADDEN": true, "DISMAY": true, "DISHEARTEN": true, "DISCOURAGE": true,
	"SHOCK": true, "ANGER": true, "ENRAGE": true, "INCENSE": true, "EXASPERATE": true, "OUTRAGE": true,
	"APPALL": true, "ALARM": true, "WORRY": true, "CONCERN": true, "DISTURB": true, "UPSET": true,
	"FRUSTRATE": true, "ANNOY": true, "IRRITATE": true, "OFFEND": true, "SURPRISE": true,
}

// psychVerb reports whether verb is a verb of feeling.
func psychVerb(verb string) bool { return psychVerbs[verb] }
