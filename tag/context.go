package tag

// numWordTemplates is the number of feature templates that read words only:
// all but the bias and the three of the previous tags.
const numWordTemplates = numTemplates - 4

// tagContext holds, per pair of previous tags, the summed scores of the
// features that do not read words — the bias, "i-1 tag", "i-2 tag" and
// "i tag+i-2 tag" — which predict would otherwise fetch and add up again for
// every word: four of fourteen table lookups, and the densest weight lists.
// Integer sums in another order are the same sums, so tags do not change.
type tagContext struct {
	index  map[string]int // tag (and sentinel) → number
	n, nc  int            // tags numbered; classes
	sums   []int32        // per pair p1*n+p2: nc scores, filled once done
	filled []bool
}

func (c *tagContext) init(m *Model) {
	c.nc = len(m.classes)
	c.index = make(map[string]int, c.nc+2)
	for _, t := range append([]string{"-START-", "-START2-"}, m.classes...) {
		if _, ok := c.index[t]; !ok {
			c.index[t] = len(c.index)
		}
	}
	c.n = len(c.index)
}

// scores returns the summed scores of the tag features for previous tags
// p1 and p2. Pairs of known tags are summed once per Tagger; any other pair
// (a tag the model does not have) is summed into scratch space each time.
func (c *tagContext) scores(m *Model, p1, p2 string) []int32 {
	i, ok1 := c.index[p1]
	j, ok2 := c.index[p2]
	if !ok1 || !ok2 {
		return sumTagFeatures(m, make([]int32, c.nc), p1, p2)
	}
	if c.sums == nil {
		c.sums = make([]int32, c.n*c.n*c.nc)
		c.filled = make([]bool, c.n*c.n)
	}
	k := i*c.n + j
	out := c.sums[k*c.nc : (k+1)*c.nc : (k+1)*c.nc]
	if !c.filled[k] {
		sumTagFeatures(m, out, p1, p2)
		c.filled[k] = true
	}
	return out
}

// sumTagFeatures adds the weights of the bias and tag features into sc.
func sumTagFeatures(m *Model, sc []int32, p1, p2 string) []int32 {
	for _, key := range [...]uint64{hash0(fBias), hash1(fPrevTag, p1), hash1(fPrev2Tag, p2), hash2(fTagPair, p1, p2)} {
		for _, w := range m.lookup(key) {
			sc[w.cls()] += w.val()
		}
	}
	return sc
}
