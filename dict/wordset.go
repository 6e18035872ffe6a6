package dict

import "hash/maphash"

// wordSet is a Bloom filter over the first words of a dictionary's
// phrases: a few kilobytes that stay in cache, asked before the index map,
// whose tens of thousands of entries do not. Most words of a sentence
// start no actor, agent or issue phrase, and for them the map lookup was a
// cache miss. It may say yes for a word that is not there (one in twenty or
// so), never no for one that is, so the matchers find what they found.
type wordSet struct {
	bits []uint64
	mask uint64
}

var wordSeed = maphash.MakeSeed()

// newWordSet returns a set of the keys of index, about eight bits per key.
func newWordSet[V any](index map[string]V) wordSet {
	n := uint64(4096)
	for n < 8*uint64(len(index)) {
		n <<= 1
	}
	s := wordSet{bits: make([]uint64, n/64), mask: n - 1}
	for w := range index {
		h := maphash.String(wordSeed, w)
		for _, b := range [2]uint64{h & s.mask, (h >> 32) & s.mask} {
			s.bits[b/64] |= 1 << (b % 64)
		}
	}
	return s
}

// mayHave reports whether w may be a key; false is certain. An empty set
// (a dictionary never finished) may have anything.
func (s *wordSet) mayHave(w string) bool {
	if s.bits == nil {
		return true
	}
	h := maphash.String(wordSeed, w)
	b1, b2 := h&s.mask, (h>>32)&s.mask
	return s.bits[b1/64]&(1<<(b1%64)) != 0 && s.bits[b2/64]&(1<<(b2%64)) != 0
}
