package coder

// whatSpeaker reports whether actor phrase e is the speaker of a free
// relative that names the object of the verb before it by someone's words:
// "Indian warplanes struck what New Delhi said was a militant camp inside
// Pakistan", "Israeli jets struck what Israel said were Hezbollah weapons
// depots", "Turkish drones hit what Ankara called PKK targets". The speaker
// vouches for the description; the act is done to the thing described, so
// the search for the verb's target (a pattern's "+" or the first actor after
// the verb) passes over the speaker and reaches the described target or its
// place.
func (s *sent) whatSpeaker(e int) bool {
	ne := &s.nes[e]
	a, b := ne.first-1, ne.last+1
	if a < 0 || b >= len(s.words) || s.words[a] != "WHAT" || s.tags[a] != "WP" {
		return false
	}
	return whatVerbs[s.words[b]]
}

// whatVerbs are the verbs of saying and naming after the speaker of "what X
// said was ...".
var whatVerbs = map[string]bool{
	"SAID": true, "SAYS": true, "CALLED": true, "CALLS": true, "DESCRIBED": true, "DESCRIBES": true,
	"TERMED": true, "DUBBED": true, "CLAIMED": true, "CLAIMS": true, "ALLEGED": true, "IDENTIFIED": true,
}
