package tag

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"io"
	"math"
	"sync"

	"github.com/dyadproject/dyad"
)

// modelMagic starts a model file.
const modelMagic = "DYADPOS1"

//go:embed data/model.bin.gz
var defaultModel []byte

// Model holds the weights of an averaged-perceptron tagger. It is read-only
// after loading and shared by all Taggers.
type Model struct {
	classes []string         // tag names by class number
	words   map[string]uint8 // unambiguous frequent words and their class
	table   []entry          // open-addressing hash table of features
	mask    uint64
	starts  []uint32 // weights of feature f are w[starts[f]:starts[f+1]]
	w       []weight
}

// entry is one slot of the feature table: the high 32 bits of the feature
// hash (0 = empty) and the feature number. Eight-byte slots keep the table in
// about a megabyte, so lookups mostly hit the cache.
type entry struct {
	check uint32
	feat  uint32
}

// weight is one nonzero weight of a feature for a class, packed in four
// bytes: the weight in thousandths (prose rounds its averaged weights to three
// decimals, so this is exact) shifted left by 6, and the class in the low 6
// bits. Scores add up as integers.
type weight uint32

const clsBits = 6

func (w weight) cls() int   { return int(w & (1<<clsBits - 1)) }
func (w weight) val() int32 { return int32(w) >> clsBits }

func packWeight(v float32, cls uint8) (weight, bool) {
	q := math.Round(float64(v) * 1000)
	if math.Abs(q-float64(v)*1000) > 0.01 || q > 1<<24 || q < -(1<<24) {
		return 0, false
	}
	return weight(uint32(int32(q))<<clsBits | uint32(cls)), true
}

var (
	defaultOnce sync.Once
	defaultM    *Model
	defaultErr  error
)

// Default returns the built-in English model, derived from the averaged
// perceptron weights of github.com/jdkato/prose (MIT), loaded once.
func Default() *Model {
	defaultOnce.Do(func() {
		defaultM, defaultErr = ReadModel(bytes.NewReader(defaultModel))
	})
	if defaultErr != nil {
		panic("tag: built-in model: " + defaultErr.Error())
	}
	return defaultM
}

// Classes returns the tags the model can assign.
func (m *Model) Classes() []string { return m.classes }

// ReadModel reads a gzip-compressed model file.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, dyad.E(dyad.EINVALID, "tag: model", err)
	}
	data, err := io.ReadAll(io.LimitReader(zr, 1<<28))
	if err != nil {
		return nil, dyad.E(dyad.EINVALID, "tag: model", err)
	}
	return decodeModel(data)
}

type reader struct {
	b   []byte
	err bool
}

func (r *reader) n(k int) []byte {
	if r.err || k > len(r.b) {
		r.err = true
		return make([]byte, k)
	}
	out := r.b[:k]
	r.b = r.b[k:]
	return out
}
func (r *reader) u8() uint8   { return r.n(1)[0] }
func (r *reader) u32() uint32 { return binary.LittleEndian.Uint32(r.n(4)) }
func (r *reader) u64() uint64 { return binary.LittleEndian.Uint64(r.n(8)) }
func (r *reader) str() string { return string(r.n(int(r.u8()))) }

func decodeModel(data []byte) (*Model, error) {
	bad := func(what string) (*Model, error) {
		return nil, dyad.Errorf(dyad.EINVALID, "tag: model: %s", what)
	}
	if !bytes.HasPrefix(data, []byte(modelMagic)) {
		return bad("not a dyad tagger model")
	}
	r := &reader{b: data[len(modelMagic):]}
	m := &Model{words: map[string]uint8{}}
	nc := int(r.u8())
	if nc > 1<<clsBits {
		return bad("too many classes")
	}
	for i := 0; i < nc; i++ {
		m.classes = append(m.classes, r.str())
	}
	nw := r.u32()
	if uint64(nw) > uint64(len(r.b)) {
		return bad("word count")
	}
	for i := uint32(0); i < nw && !r.err; i++ {
		w := r.str()
		c := r.u8()
		if int(c) >= nc {
			return bad("word class")
		}
		m.words[w] = c
	}
	nf, nv := r.u32(), r.u32()
	if uint64(nf)*9+uint64(nv)*5 > uint64(len(r.b)) || r.err {
		return bad("truncated")
	}
	size := uint64(1)
	for size < uint64(nf)*2 {
		size <<= 1
	}
	m.table = make([]entry, size)
	m.mask = size - 1
	m.starts = make([]uint32, 0, nf+1)
	m.w = make([]weight, 0, nv)
	start := uint32(0)
	for i := uint32(0); i < nf; i++ {
		key := r.u64()
		n := uint32(r.u8())
		check := checkOf(key)
		j := key & m.mask
		for m.table[j].check != 0 {
			j = (j + 1) & m.mask
		}
		m.table[j] = entry{check: check, feat: i}
		m.starts = append(m.starts, start)
		start += n
	}
	m.starts = append(m.starts, start)
	if start != nv {
		return bad("weight count")
	}
	for i := uint32(0); i < nv; i++ {
		c := r.u8()
		v := math.Float32frombits(r.u32())
		if int(c) >= nc {
			return bad("weight class")
		}
		w, ok := packWeight(v, c)
		if !ok {
			return bad("weight not in thousandths")
		}
		m.w = append(m.w, w)
	}
	if r.err {
		return bad("truncated")
	}
	return m, nil
}

// checkOf is the part of a feature hash kept in the table; never 0.
func checkOf(key uint64) uint32 { return uint32(key>>32) | 1 }

// lookup returns the weights of a feature hash, or nil.
func (m *Model) lookup(key uint64) []weight {
	check := checkOf(key)
	j := key & m.mask
	for {
		e := m.table[j]
		if e.check == check {
			return m.w[m.starts[e.feat]:m.starts[e.feat+1]]
		}
		if e.check == 0 {
			return nil
		}
		j = (j + 1) & m.mask
	}
}
