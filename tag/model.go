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
	wcls    []uint8 // class of each nonzero weight
	wval    []float32
}

// entry is one feature: its hash and its weights wcls/wval[start:start+n].
type entry struct {
	key   uint64
	start uint32
	n     uint32
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
	m.wcls = make([]uint8, 0, nv)
	m.wval = make([]float32, 0, nv)
	start := uint32(0)
	for i := uint32(0); i < nf; i++ {
		key := r.u64()
		n := uint32(r.u8())
		if key == 0 {
			return bad("zero feature key")
		}
		j := key & m.mask
		for m.table[j].key != 0 {
			j = (j + 1) & m.mask
		}
		m.table[j] = entry{key: key, start: start, n: n}
		start += n
	}
	if start != nv {
		return bad("weight count")
	}
	for i := uint32(0); i < nv; i++ {
		c := r.u8()
		v := math.Float32frombits(r.u32())
		if int(c) >= nc {
			return bad("weight class")
		}
		m.wcls = append(m.wcls, c)
		m.wval = append(m.wval, v)
	}
	if r.err {
		return bad("truncated")
	}
	return m, nil
}

// lookup returns the table entry of a feature hash, or nil.
func (m *Model) lookup(key uint64) *entry {
	j := key & m.mask
	for {
		e := &m.table[j]
		if e.key == key {
			return e
		}
		if e.key == 0 {
			return nil
		}
		j = (j + 1) & m.mask
	}
}
