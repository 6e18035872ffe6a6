package dict

import "hash/maphash"

// WordSet is a Bloom filter over the keys of a map of words, such as the
// first words of a dictionary's phrases: a few kilobytes that stay in
// cache, asked before the map, whose tens of thousands of entries do not.
// Most words of a sentence start no actor, agent or issue phrase, and for
// them the map lookup was a cache miss. It may say yes for a word that is
// not there (one in twenty or so), never no for one that is, so a matcher
// that asks it first finds what it found without it. The zero WordSet lets
// every word through.
type WordSet struct {
	bits []uint64
	mask uint64
}

var wordSeed = maphash.MakeSeed()

// minWordSet is the fewest keys a WordSet is built for: a smaller map stays
// in cache, and hashing the word for the filter would only add to its
// lookup (the validation dictionaries' maps are of that size).
const minWordSet = 1024

// NewWordSet returns a set of the keys of index, about eight bits per key;
// for a map of fewer than minWordSet keys, the zero WordSet.
func NewWordSet[V any](index map[string]V) WordSet {
	if len(index) < minWordSet {
		return WordSet{}
	}
	n := uint64(4096)
	for n < 8*uint64(len(index)) {
		n <<= 1
	}
	s := WordSet{bits: make([]uint64, n/64), mask: n - 1}
	for w := range index {
		h := maphash.String(wordSeed, w)
		for _, b := range [2]uint64{h & s.mask, (h >> 32) & s.mask} {
			s.bits[b/64] |= 1 << (b % 64)
		}
	}
	return s
}

// MayHave reports whether w may be a key; false is certain. An empty set
// (a dictionary never finished) may have anything.
func (s *WordSet) MayHave(w string) bool {
	if s.bits == nil {
		return true
	}
	h := maphash.String(wordSeed, w)
	b1, b2 := h&s.mask, (h>>32)&s.mask
	return s.bits[b1/64]&(1<<(b1%64)) != 0 && s.bits[b2/64]&(1<<(b2%64)) != 0
}
