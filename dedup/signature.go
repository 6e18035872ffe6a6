package dedup

import (
	"encoding/binary"
	"math"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Signature is the MinHash signature of a text: for each of the index's hash
// functions, the least hash of the text's word shingles, and the number of
// distinct shingles (to estimate how much of one text another contains).
type Signature struct {
	Min      []uint32
	Shingles int
}

// Sign returns the signature of text: lower-cased words (runs of letters and
// digits) are grouped in overlapping shingles of Options.Shingle words, each
// shingle hashed once and then re-hashed by one multiply-add per signature
// value (multiply-shift hashing with fixed odd multipliers).
// A text without words has an empty signature, which matches nothing.
func (ix *Index) Sign(text string) Signature {
	sig := make([]uint32, len(ix.seeds)/2)
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	mul, add := ix.seeds[:len(sig)], ix.seeds[len(sig):2*len(sig)]
	sh := shingles(text, ix.opts.Shingle)
	for _, h := range sh {
		for i := range sig {
			sig[i] = min(sig[i], uint32((mul[i]*h+add[i])>>32))
		}
	}
	slices.Sort(sh)
	return Signature{Min: sig, Shingles: len(slices.Compact(sh))}
}

// Similarity estimates the Jaccard similarity of the shingle sets behind two
// signatures: the share of positions where they agree.
func Similarity(a, b Signature) float64 {
	if len(a.Min) != len(b.Min) || a.empty() || b.empty() {
		return 0
	}
	n := 0
	for i := range a.Min {
		if a.Min[i] == b.Min[i] {
			n++
		}
	}
	return float64(n) / float64(len(a.Min))
}

// Containment estimates the share of the smaller text's shingles that the
// other text also has, from their Jaccard similarity J and sizes:
// |A∩B| = J·(|A|+|B|)/(1+J). It is near 1 when one text is an excerpt of
// the other (a syndicated copy cut to its first paragraphs).
func Containment(a, b Signature) float64 {
	j := Similarity(a, b)
	if j == 0 {
		return 0
	}
	inter := j * float64(a.Shingles+b.Shingles) / (1 + j)
	return min(1, inter/float64(min(a.Shingles, b.Shingles)))
}

func (s Signature) empty() bool { return s.Shingles == 0 || len(s.Min) == 0 }

const sigVersion = 2

// Bytes encodes the signature for storage: a version byte, the number of
// values (2 bytes), the number of shingles (4 bytes), then the values; all
// little-endian.
func (s Signature) Bytes() []byte {
	b := make([]byte, 7, 7+4*len(s.Min))
	b[0] = sigVersion
	binary.LittleEndian.PutUint16(b[1:], uint16(len(s.Min)))
	binary.LittleEndian.PutUint32(b[3:], uint32(min(s.Shingles, math.MaxUint32)))
	for _, v := range s.Min {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// ParseSignature decodes a signature made by Signature.Bytes.
func ParseSignature(b []byte) (Signature, error) {
	if len(b) < 7 || b[0] != sigVersion {
		return Signature{}, dyad.Errorf(dyad.EINVALID, "dedup: not a signature (version byte %v)", b[:min(len(b), 1)])
	}
	n := int(binary.LittleEndian.Uint16(b[1:]))
	if len(b) != 7+4*n {
		return Signature{}, dyad.Errorf(dyad.EINVALID, "dedup: signature of %d values has %d bytes", n, len(b))
	}
	s := Signature{Min: make([]uint32, n), Shingles: int(binary.LittleEndian.Uint32(b[3:]))}
	for i := range s.Min {
		s.Min[i] = binary.LittleEndian.Uint32(b[7+4*i:])
	}
	return s, nil
}

func errSize(got, want int) error {
	return dyad.Errorf(dyad.EINVALID, "dedup: signature has %d values, the index uses %d", got, want)
}

// shingles returns the hashes of the overlapping k-word shingles of text, or
// of all its words as one shingle when it has fewer than k.
func shingles(text string, k int) []uint64 {
	words := wordHashes(text)
	if len(words) == 0 {
		return nil
	}
	if len(words) < k {
		k = len(words)
	}
	out := make([]uint64, 0, len(words)-k+1)
	for i := 0; i+k <= len(words); i++ {
		h := uint64(k)
		for _, w := range words[i : i+k] {
			h = mix(h ^ w)
		}
		out = append(out, h)
	}
	return out
}

// wordHashes hashes the lower-cased words of text with FNV-1a.
func wordHashes(text string) []uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	out := make([]uint64, 0, len(text)/6)
	h, inWord := uint64(offset), false
	var buf [utf8.UTFMax]byte
	for _, r := range text {
		if r < utf8.RuneSelf {
			c := byte(r)
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				if inWord {
					out = append(out, h)
					h, inWord = offset, false
				}
				continue
			}
			h = (h ^ uint64(c)) * prime
			inWord = true
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if inWord {
				out = append(out, h)
				h, inWord = offset, false
			}
			continue
		}
		for _, c := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
			h = (h ^ uint64(c)) * prime
		}
		inWord = true
	}
	if inWord {
		out = append(out, h)
	}
	return out
}

// mix is the splitmix64 finaliser: a fast, well-spread 64-bit hash of x.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// seeds returns n odd multipliers followed by n addends, the same in every
// run so that stored signatures stay comparable.
func seeds(n int) []uint64 {
	s := make([]uint64, 2*n)
	x := uint64(0x6479616400000000) // "dyad"
	for i := range s {
		x = mix(x + uint64(i))
		s[i] = x
		if i < n {
			s[i] |= 1
		}
	}
	return s
}
