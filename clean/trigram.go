package clean

import (
	"cmp"
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// detectLang is whatlanggo.Detect with a faster path for Latin script,
// where whatlanggo looks up each of 300 trigrams of each of 48 language
// profiles in a map of the text's trigrams (about 14,400 map lookups a
// text, a quarter of the pipeline's time on one-sentence documents). Here
// each trigram of the text is looked up once in an index of the profiles,
// and a language's distance is its maximum less what the text's trigrams
// found in its profile save: the same sums, so the same answer
// (TestDetectLikeWhatlanggo). unique reports that no other language was
// equally near; whatlanggo then picks one of them at random.
func detectLang(text string) (info whatlanggo.Info, unique bool) {
	script := detectScript(text)
	if script != unicode.Latin {
		return whatlanggo.Detect(text), true
	}
	m := latinModel()
	x := trigramBufs.Get().(*trigramScratch)
	defer trigramBufs.Put(x)
	grams := x.textTrigrams(text)
	dist := append(x.dist[:0], make([]int, len(m.langs))...)
	x.dist = dist
	for i, n := range m.sizes {
		dist[i] = n * maxTrigramDistance
	}
	for pos, g := range grams {
		for _, p := range m.index[g] {
			dist[p.lang] -= maxTrigramDistance - abs(pos-int(p.pos))
		}
	}
	first, second := -1, -1
	for i, d := range dist {
		switch {
		case first < 0 || d < dist[first]:
			first, second = i, first
		case second < 0 || d < dist[second]:
			second = i
		}
	}
	unique = dist[first] < dist[second]
	info = whatlanggo.Info{Lang: m.langs[first], Script: script}
	// whatlanggo's calculateConfidence, step by step.
	score1 := maxTotalDistance - dist[first]
	score2 := maxTotalDistance - dist[second]
	switch {
	case score1 == 0:
		return whatlanggo.Info{Lang: -1, Script: script}, unique
	case score2 == 0:
		info.Confidence = min(float64(score1/500), 1) // integer division, as there
		return info, unique
	}
	rate := float64(score1-score2) / float64(score2)
	confidentRate := 12.0/float64(len(grams)) + 0.05
	if rate > confidentRate {
		info.Confidence = 1
	} else {
		info.Confidence = rate / confidentRate
	}
	return info, unique
}

// detectScript is whatlanggo.DetectScript, which tries two dozen scripts on
// every letter. In ASCII text it counts only Latin letters (Latin is the
// first script it tries), so the script is Latin if there is a letter at
// all.
func detectScript(text string) *unicode.RangeTable {
	letter := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			return whatlanggo.DetectScript(text)
		}
		letter = letter || 'a' <= c|0x20 && c|0x20 <= 'z'
	}
	if letter {
		return unicode.Latin
	}
	return nil
}

const (
	maxTrigramDistance = 300   // whatlanggo's penalty for a profile trigram the text lacks
	maxTotalDistance   = 90000 // and its 300 trigrams' worth
)

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// trigram is three lower-cased runes (punctuation, digits and spaces as
// ' '), 21 bits each, the first highest: their order is the order of their
// text (code point order is UTF-8 byte order).
type trigram uint64

func mkTrigram(a, b, c rune) trigram {
	return trigram(a)<<42 | trigram(b)<<21 | trigram(c)
}

// textTrigrams returns the text's distinct trigrams ordered as whatlanggo
// ranks them: most frequent first, ties in reverse order of their text.
// A trigram's rank is its index. They are counted by sorting rather than
// in a map, in x's buffers, valid until x is used again.
func (x *trigramScratch) textTrigrams(text string) []trigram {
	all := x.all[:0]
	r1, r2 := ' ', rune(-1)
	add := func(r3 rune) {
		if r2 >= 0 && !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			all = append(all, mkTrigram(r1, r2, r3))
		}
		if r2 >= 0 {
			r1 = r2
		}
		r2 = r3
	}
	for _, r := range text {
		if isStopChar(r) {
			r = ' '
		}
		add(unicode.ToLower(r))
	}
	add(' ')
	slices.Sort(all)
	byCount := x.byCount[:0]
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j] == all[i] {
			j++
		}
		byCount = append(byCount, counted{all[i], j - i})
		i = j
	}
	slices.SortFunc(byCount, func(a, b counted) int {
		if d := b.n - a.n; d != 0 {
			return d
		}
		return cmp.Compare(b.g, a.g)
	})
	grams := all[:len(byCount)]
	for i := range byCount {
		grams[i] = byCount[i].g
	}
	x.all, x.byCount = all, byCount
	return grams
}

// trigramScratch is detectLang's scratch space, reused through a pool.
type trigramScratch struct {
	all     []trigram
	byCount []counted
	dist    []int
}

type counted struct {
	g trigram
	n int
}

var trigramBufs = sync.Pool{New: func() any { return new(trigramScratch) }}

// isStopChar is whatlanggo's: symbols, spaces, punctuation and digits.
func isStopChar(r rune) bool {
	return unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r)
}

//go:embed data/latin_trigrams.txt
var latinTrigrams []byte

// trigramModel indexes the Latin-script profiles by trigram.
type trigramModel struct {
	langs []whatlanggo.Lang
	sizes []int // trigrams in each profile
	index map[trigram][]posting
}

type posting struct {
	lang uint8
	pos  uint16 // rank of the trigram in the language's profile
}

var latinModel = sync.OnceValue(func() *trigramModel {
	m := &trigramModel{index: map[trigram][]posting{}}
	for _, line := range strings.Split(string(latinTrigrams), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		l := uint8(len(m.langs))
		m.langs = append(m.langs, whatlanggo.CodeToLang(f[0]))
		m.sizes = append(m.sizes, len(f)-1)
		for pos, s := range f[1:] {
			r := []rune(s)
			if len(r) != 3 {
				continue // no text trigram can equal it: only the penalty counts
			}
			g := mkTrigram(r[0], r[1], r[2])
			m.index[g] = append(m.index[g], posting{l, uint16(pos)})
		}
	}
	return m
})

// iso6391 is Lang.Iso6391, which builds a map of every language on each
// call; here the codes are read once.
func iso6391(l whatlanggo.Lang) string {
	return iso6391Codes()[l]
}

var iso6391Codes = sync.OnceValue(func() map[whatlanggo.Lang]string {
	codes := make(map[whatlanggo.Lang]string, len(whatlanggo.Langs))
	for l := range whatlanggo.Langs {
		codes[l] = l.Iso6391()
	}
	return codes
})
