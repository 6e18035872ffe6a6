package tag

// Feature templates of the averaged perceptron, in the order prose's
// featurize names them. The model file stores features as hashes of a
// template number and its arguments, so tagging hashes bytes it already has
// instead of building feature strings.
const (
	fBias = iota
	fSuffix
	fPref1
	fPrevTag
	fPrev2Tag
	fTagPair
	fWord
	fPrevTagWord
	fPrevWord
	fPrevSuffix
	fPrev2Word
	fNextWord
	fNextSuffix
	fNext2Word
	numTemplates
)

// templateNames are prose's feature names for the templates above.
var templateNames = [numTemplates]string{
	"bias", "i suffix", "i pref1", "i-1 tag", "i-2 tag", "i tag+i-2 tag", "i word",
	"i-1 tag+i word", "i-1 word", "i-1 suffix", "i-2 word", "i+1 word", "i+1 suffix", "i+2 word",
}

// templateArgs is how many arguments each template takes.
var templateArgs = [numTemplates]int{0, 1, 1, 1, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStart(template int) uint64 {
	return (fnvOffset ^ uint64(template)) * fnvPrime
}

// hashArg mixes one argument and a separator into h.
func hashArg(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return (h ^ 0xff) * fnvPrime
}

func hash0(t int) uint64              { return hashArg(hashStart(t), "") }
func hash1(t int, a string) uint64    { return hashArg(hashStart(t), a) }
func hash2(t int, a, b string) uint64 { return hashArg(hashArg(hashStart(t), a), b) }

// Key hashes a feature given its template number and arguments. It is used by
// the model builder; the tagger calls the hash functions directly.
func featureKey(t int, args []string) uint64 {
	switch len(args) {
	case 0:
		return hash0(t)
	case 1:
		return hash1(t, args[0])
	}
	return hash2(t, args[0], args[1])
}
