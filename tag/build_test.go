package tag

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/gob"
	"flag"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// buildFrom regenerates data/model.bin.gz from prose's model directory:
//
//	go test ./tag -run TestBuildModel -build-from=$(go env GOMODCACHE)/github.com/jdkato/prose/v2@v2.0.0/model/AveragedPerceptron
var buildFrom = flag.String("build-from", "", "prose AveragedPerceptron model directory to convert into data/model.bin.gz")

func TestBuildModel(t *testing.T) {
	if *buildFrom == "" {
		t.Skip("no -build-from")
	}
	var weights map[string]map[string]float64
	var words map[string]string
	var classes []string
	for name, v := range map[string]any{"weights.gob": &weights, "tags.gob": &words, "classes.gob": &classes} {
		f, err := os.Open(filepath.Join(*buildFrom, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := gob.NewDecoder(f).Decode(v); err != nil {
			t.Fatal(name, err)
		}
		f.Close()
	}
	data, err := encodeModel(weights, words, classes)
	if err != nil {
		t.Fatal(err)
	}
	var z bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	zw.Write(data)
	zw.Close()
	if err := os.WriteFile("data/model.bin.gz", z.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d features, %d words, %d classes, %d bytes", len(weights), len(words), len(classes), z.Len())
}

// parseFeature splits a prose feature name into template and arguments.
func parseFeature(name string) (int, []string, bool) {
	best := -1
	for t, tn := range templateNames {
		if (name == tn || strings.HasPrefix(name, tn+" ")) && (best < 0 || len(tn) > len(templateNames[best])) {
			best = t
		}
	}
	if best < 0 {
		return 0, nil, false
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(name, templateNames[best]), " ")
	switch templateArgs[best] {
	case 0:
		return best, nil, rest == ""
	case 1:
		return best, []string{rest}, true
	}
	a, b, ok := strings.Cut(rest, " ")
	return best, []string{a, b}, ok
}

func encodeModel(weights map[string]map[string]float64, words map[string]string, classes []string) ([]byte, error) {
	classes = append([]string(nil), classes...)
	sort.Strings(classes)
	cls := map[string]uint8{}
	var b bytes.Buffer
	b.WriteString(modelMagic)
	b.WriteByte(byte(len(classes)))
	for i, c := range classes {
		cls[c] = uint8(i)
		b.WriteByte(byte(len(c)))
		b.WriteString(c)
	}
	u32 := func(v uint32) { binary.Write(&b, binary.LittleEndian, v) }
	ws := make([]string, 0, len(words))
	for w := range words {
		if len(w) < 256 {
			ws = append(ws, w)
		}
	}
	sort.Strings(ws)
	u32(uint32(len(ws)))
	for _, w := range ws {
		b.WriteByte(byte(len(w)))
		b.WriteString(w)
		b.WriteByte(cls[words[w]])
	}
	type feat struct {
		key uint64
		cls []uint8
		val []float32
	}
	var feats []feat
	seen := map[uint64]string{}
	nv := 0
	for name, wts := range weights {
		tmpl, args, ok := parseFeature(name)
		if !ok {
			continue
		}
		key := featureKey(tmpl, args)
		if other, dup := seen[key]; dup {
			return nil, &os.PathError{Op: "hash collision", Path: name + " / " + other}
		}
		seen[key] = name
		f := feat{key: key}
		cs := make([]string, 0, len(wts))
		for c, v := range wts {
			if v != 0 {
				cs = append(cs, c)
			}
		}
		sort.Strings(cs)
		for _, c := range cs {
			f.cls = append(f.cls, cls[c])
			f.val = append(f.val, float32(wts[c]))
		}
		if len(f.cls) == 0 || len(f.cls) > 255 {
			continue
		}
		nv += len(f.cls)
		feats = append(feats, f)
	}
	sort.Slice(feats, func(i, j int) bool { return feats[i].key < feats[j].key })
	u32(uint32(len(feats)))
	u32(uint32(nv))
	for _, f := range feats {
		binary.Write(&b, binary.LittleEndian, f.key)
		b.WriteByte(byte(len(f.cls)))
	}
	for _, f := range feats {
		for k := range f.cls {
			b.WriteByte(f.cls[k])
			u32(math.Float32bits(f.val[k]))
		}
	}
	return b.Bytes(), nil
}
