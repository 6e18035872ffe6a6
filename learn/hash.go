package learn

// featureSet collects the features of one event, either as strings (for
// training and for the model file) or as 64-bit FNV-1a hashes of the same
// lower-cased strings (for scoring, which then allocates nothing per
// feature). A feature is the concatenation of up to four parts.
type featureSet struct {
	hashed bool
	names  []string
	hashes []uint64
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func (f *featureSet) add(parts ...string) {
	if !f.hashed {
		n := 0
		for _, p := range parts {
			n += len(p)
		}
		b := make([]byte, 0, n)
		for _, p := range parts {
			b = appendLower(b, p)
		}
		f.names = append(f.names, string(b))
		return
	}
	f.hashes = append(f.hashes, hashParts(parts...))
}

// hashParts is the hash featureSet gives the feature made of parts: the
// FNV-1a hash of their lower-cased concatenation.
func hashParts(parts ...string) uint64 {
	h := uint64(fnvOffset)
	for _, p := range parts {
		h = hashLower(h, p)
	}
	return h
}

// hashString is the hash featureSet gives the feature named s.
func hashString(s string) uint64 { return hashParts(s) }

func hashLower(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
