package coder

import (
	"math"
	"slices"

	"github.com/dyadproject/dyad/dict"
)

// patternIndex lets the verb matcher skip, with a few integer compares, the
// patterns that cannot match a sentence. A production verb block holds up to
// several hundred patterns and nearly all of them name literal words or
// synsets; a pattern matches only if every literal word it names occurs on
// its side of the verb (below it for the lower part, above it for the upper
// part), and every synset it names has a member phrase whose words all occur
// there. The index numbers the words of all patterns and synset phrases, so a
// sentence is read once into word ids with their first and last positions,
// and each pattern's requirements become compares against those positions.
//
// The test is a necessary condition only: a pattern that passes is matched
// by seq as before, so the index changes which patterns are tried, never the
// result (TestIndexedMatcher compares both on the dev records and the news
// corpus).
type patternIndex struct {
	vocab   map[string]int32 // pattern and synset words → id
	inVocab dict.WordSet     // the keys of vocab, to skip other words without a map lookup
	synID   map[string]int32 // synset name ("&NAME") → id
	synPh   [][][]int32      // per synset id: its expanded phrases as word ids
	reqs    []req            // all patterns' requirements, back to back
	blocks  [][]patReq       // per block, per pattern
	keyed   []blockKeys      // per block: its patterns by a word each needs
	nWords  int
	nSynset int
}

// req is one thing a pattern needs: a word or a synset, above or below the verb.
type req struct {
	id    int32
	kind  reqKind
	upper bool
}

type reqKind uint8

const (
	reqWord reqKind = iota
	reqSyn
)

// patReq is one pattern's entry: its requirements reqs[from:to] and the
// pattern properties the matcher asks about on every verb.
type patReq struct {
	from, to int32
	byAgent  bool // see sent.byAgent
	negative bool // see sent.negative
}

// newPatternIndex indexes the patterns and synsets of c's verb dictionary.
func newPatternIndex(c *Coder) *patternIndex {
	ix := &patternIndex{vocab: map[string]int32{}, synID: map[string]int32{}}
	if c.d == nil || c.d.Verbs == nil {
		return ix
	}
	word := func(w string) int32 {
		id, ok := ix.vocab[w]
		if !ok {
			id = int32(len(ix.vocab))
			ix.vocab[w] = id
		}
		return id
	}
	syn := func(name string) int32 {
		id, ok := ix.synID[name]
		if ok {
			return id
		}
		id = int32(len(ix.synPh))
		ix.synID[name] = id
		var phs [][]int32
		for _, ph := range c.syn[name] {
			ids := make([]int32, len(ph))
			for k, w := range ph {
				ids[k] = word(w)
			}
			phs = append(phs, ids)
		}
		ix.synPh = append(ix.synPh, phs)
		return id
	}
	probe := &sent{c: c} // byAgent and negative read only the dictionaries
	ix.blocks = make([][]patReq, len(c.d.Verbs.Blocks))
	for b := range c.d.Verbs.Blocks {
		ps := c.d.Verbs.Blocks[b].Patterns
		ix.blocks[b] = make([]patReq, len(ps))
		for i := range ps {
			p := &ps[i]
			from := int32(len(ix.reqs))
			for side, toks := range [2][]dict.Tok{p.Lower, p.Upper} {
				for _, t := range toks {
					switch t.Kind {
					case dict.TWord:
						ix.reqs = append(ix.reqs, req{id: word(t.Word), kind: reqWord, upper: side == 1})
					case dict.TSynset:
						ix.reqs = append(ix.reqs, req{id: syn(t.Word), kind: reqSyn, upper: side == 1})
					}
				}
			}
			ix.blocks[b][i] = patReq{from: from, to: int32(len(ix.reqs)),
				byAgent: probe.byAgent(p), negative: probe.negative(p)}
		}
	}
	ix.nWords, ix.nSynset = len(ix.vocab), len(ix.synPh)
	ix.inVocab = dict.NewWordSet(ix.vocab)
	ix.keyBlocks()
	return ix
}

// blockKeys lists a block's patterns under one literal word each must find
// (the word fewest patterns of the dictionary name, so the lists stay short),
// and those without a literal word in always. A pattern whose key word is
// not in the sentence cannot match, so only the lists of the words present
// need to be read; the block's pattern count no longer matters.
type blockKeys struct {
	words  []int32   // key words
	pats   [][]int32 // per key word: its patterns, ascending
	always []int32   // patterns with no literal word, ascending
}

func (ix *patternIndex) keyBlocks() {
	uses := make([]int, ix.nWords) // patterns naming each word
	for _, b := range ix.blocks {
		for _, pr := range b {
			for _, r := range ix.reqs[pr.from:pr.to] {
				if r.kind == reqWord {
					uses[r.id]++
				}
			}
		}
	}
	ix.keyed = make([]blockKeys, len(ix.blocks))
	for bi, b := range ix.blocks {
		bk := &ix.keyed[bi]
		at := map[int32]int{} // key word → its place in bk.words
		for pi, pr := range b {
			key := int32(-1)
			for _, r := range ix.reqs[pr.from:pr.to] {
				if r.kind == reqWord && (key < 0 || uses[r.id] < uses[key]) {
					key = r.id
				}
			}
			if key < 0 {
				bk.always = append(bk.always, int32(pi))
				continue
			}
			k, ok := at[key]
			if !ok {
				k = len(bk.words)
				at[key] = k
				bk.words = append(bk.words, key)
				bk.pats = append(bk.pats, nil)
			}
			bk.pats[k] = append(bk.pats[k], int32(pi))
		}
	}
}

// candidates returns, ascending, the patterns of block b whose key word is
// in the sentence (and those with none), in the sentence's scratch space.
func (s *sent) candidates(b int32) []int32 {
	x, bk := &s.mx, &s.c.pidx.keyed[b]
	out := append(x.cands[:0], bk.always...)
	sorted := true
	for k, w := range bk.words {
		if x.wStamp[w] == x.gen {
			sorted = sorted && (len(out) == 0 || out[len(out)-1] < bk.pats[k][0])
			out = append(out, bk.pats[k]...)
		}
	}
	if !sorted {
		slices.Sort(out)
	}
	x.cands = out
	return out
}

// sentIndex is a sentence's scratch for the pattern index: where each
// pattern word occurs, and where each synset's phrases may, computed once
// per sentence. Entries are valid when their stamp equals gen, so nothing is
// cleared between sentences.
type sentIndex struct {
	gen         uint32
	wStamp      []uint32
	first, last []int32 // per word id: first and last leaf it is at
	sStamp      []uint32
	synUp       []int32 // per synset id: see synset
	synLow      []int32
	later       []int32 // codeVerbs: patterns for the verb's second pass
	cands       []int32 // candidates
}

// prepare reads the sentence's words into the index's word ids.
func (s *sent) prepareIndex() {
	ix, x := s.c.pidx, &s.mx
	if len(x.wStamp) != ix.nWords || len(x.sStamp) != ix.nSynset {
		*x = sentIndex{
			later:  x.later,
			cands:  x.cands,
			wStamp: make([]uint32, ix.nWords), first: make([]int32, ix.nWords), last: make([]int32, ix.nWords),
			sStamp: make([]uint32, ix.nSynset), synUp: make([]int32, ix.nSynset), synLow: make([]int32, ix.nSynset),
		}
	}
	x.gen++
	if x.gen == 0 { // wrapped: old stamps could look current
		clear(x.wStamp)
		clear(x.sStamp)
		x.gen = 1
	}
	for p, w := range s.words {
		if !ix.inVocab.MayHave(w) {
			continue
		}
		id, ok := ix.vocab[w]
		if !ok {
			continue
		}
		if x.wStamp[id] != x.gen {
			x.wStamp[id] = x.gen
			x.first[id] = int32(p)
		}
		x.last[id] = int32(p)
	}
}

// synset returns, for synset id, the lowest leaf below which some phrase
// could end wholly above a verb (a phrase needs every word somewhere before
// the verb: the largest first position of its words, least over phrases),
// and the highest leaf after which some phrase could lie wholly below a verb
// (the least last position of its words, greatest over phrases).
func (s *sent) synset(id int32) (up, low int32) {
	x := &s.mx
	if x.sStamp[id] == x.gen {
		return x.synUp[id], x.synLow[id]
	}
	up, low = math.MaxInt32, -1
	for _, ph := range s.c.pidx.synPh[id] {
		pu, pl := int32(-1), int32(math.MaxInt32)
		ok := true
		for _, w := range ph {
			if x.wStamp[w] != x.gen {
				ok = false
				break
			}
			pu, pl = max(pu, x.first[w]), min(pl, x.last[w])
		}
		if ok {
			up, low = min(up, pu), max(low, pl)
		}
	}
	x.sStamp[id], x.synUp[id], x.synLow[id] = x.gen, up, low
	return up, low
}

// mayMatch reports whether pattern pr could match for a verb at leaves
// vs..ve whose phrase ends at lowEnd: every literal word occurs on its side,
// and every synset has a phrase whose words all do.
func (s *sent) mayMatch(pr *patReq, vs, ve, lowEnd int) bool {
	x := &s.mx
	for _, r := range s.c.pidx.reqs[pr.from:pr.to] {
		if r.kind == reqWord {
			if x.wStamp[r.id] != x.gen {
				return false
			}
			if r.upper {
				if int(x.first[r.id]) >= vs {
					return false
				}
			} else if int(x.last[r.id]) <= ve || int(x.first[r.id]) > lowEnd {
				return false
			}
			continue
		}
		up, low := s.synset(r.id)
		if r.upper {
			if int(up) >= vs {
				return false
			}
		} else if int(low) <= ve {
			return false
		}
	}
	return true
}

// smallBlock is the most patterns a verb block may have for the matcher to
// try them all: below it, reading the sentence into the index costs more
// than it saves (the validation dictionaries' blocks are of that size).
const smallBlock = 16

// patterns returns the patterns of block b to try, ascending: with the
// index, the candidates; without it (a small block, or Coder.plain), all n
// of them.
func (s *sent) patterns(b int32, n int, indexed bool) []int32 {
	if indexed {
		return s.candidates(b)
	}
	all := s.mx.cands[:0]
	for i := range n {
		all = append(all, int32(i))
	}
	s.mx.cands = all
	return all
}
