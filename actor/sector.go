package actor

// Sector returns the role a phrase's words say with no country ("leaders",
// "foreign ministers", "army chiefs"): the strongest sector cue among them,
// as Title ranks them, or "" when none is said. It serves phrases whose
// country comes from elsewhere: "their leaders" after the parties were
// named ("Ethiopia and Somalia agreed ..., Erdogan said after hosting their
// leaders").
func Sector(words []string) string {
	titleOnce.Do(loadCues)
	sector, rank := "", 0
	for i := 0; i < len(words); i++ {
		w := normWord(words[i])
		var hit *cue
		for k := range cues[w] {
			c := &cues[w][k]
			if i+len(c.words) > len(words) {
				continue
			}
			same := true
			for j, cw := range c.words {
				same = same && normWord(words[i+j]) == cw
			}
			if same {
				hit = c
				break
			}
		}
		if hit == nil {
			continue
		}
		if hit.sector != "" && hit.rank > rank {
			sector, rank = hit.sector, hit.rank
		}
		i += len(hit.words) - 1
	}
	return sector
}
