package topic

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
)

// word is one word of the tagged text: its bytes and its vocabulary id, -1
// when no dictionary phrase uses it.
type word struct {
	start, end int
	id         int32
}

// hit is one dictionary form found in the text, from word i to word j
// (exclusive).
type hit struct {
	i, j  int32
	entry int32
}

type scratch struct {
	words  []word
	hits   []hit
	excl   []hit
	kept   []hit
	vetoed []int32
	buf    []byte
}

// Tag returns the topics text mentions, ordered by start, longer phrases
// first, then by topic; spans are byte offsets into text. Give it one
// sentence at a time: a "~~" veto applies to the whole text. A phrase inside
// a longer phrase of the same topic, or of one of its descendants, is
// reported only as the longer one.
func (t *Tagger) Tag(text string) []Match {
	if len(t.entries) == 0 {
		return nil
	}
	s := t.pool.Get().(*scratch)
	defer t.put(s)
	s.words = t.scan(s.words[:0], &s.buf, text)
	s.hits = t.find(s.hits[:0], s.words)
	if len(s.hits) == 0 {
		return nil
	}
	return t.resolve(s, text)
}

// put returns s to the pool unless a very long text grew it: one huge
// input should not pin its buffers for the life of the process.
func (t *Tagger) put(s *scratch) {
	if cap(s.words) > 1<<14 || cap(s.hits) > 1<<14 {
		return
	}
	t.pool.Put(s)
}

// scan splits text into words and looks each up in the vocabulary.
func (t *Tagger) scan(dst []word, buf *[]byte, text string) []word {
	for i := 0; ; {
		start, end := nextWord(text, i)
		if start == len(text) {
			return dst
		}
		i = end
		id := int32(-1)
		if end-start <= 4*t.maxWord { // lower-casing may shrink a word, never by 4x
			var h uint32
			*buf, h = lowerHash((*buf)[:0], text[start:end])
			if t.known.has(h) {
				if v, ok := t.vocab[string(*buf)]; ok {
					id = v
				}
			}
		}
		dst = append(dst, word{start, end, id})
	}
}

// find walks the trie from every word and records each phrase that ends.
func (t *Tagger) find(dst []hit, words []word) []hit {
	for i := range words {
		if id := words[i].id; id >= 0 && t.root[id] >= 0 {
			dst = t.walk(dst, words, i, i, t.root[id])
		}
	}
	return dst
}

// walk records the phrases ending at node, reached by words[i..j], and goes
// on along the edge of the next word and the wild edge. A trie node stands
// for one word sequence, so each node is visited at most once per start.
func (t *Tagger) walk(dst []hit, words []word, i, j int, node int32) []hit {
	for {
		for _, e := range t.final[node] {
			dst = append(dst, hit{int32(i), int32(j + 1), e})
		}
		j++
		if j == len(words) {
			return dst
		}
		next := int32(-1)
		if id := words[j].id; id >= 0 {
			if n, ok := t.edges[edgeKey(node, id)]; ok {
				next = n
			}
		}
		w := t.wild[node]
		switch {
		case next >= 0 && w >= 0:
			dst = t.walk(dst, words, i, j, w)
		case next < 0 && w >= 0:
			next = w
		case next < 0:
			return dst
		}
		node = next
	}
}

// resolve applies vetoes and exclusions to the hits and turns what is left
// into matches.
func (t *Tagger) resolve(s *scratch, text string) []Match {
	hits, words := s.hits, s.words
	vetoed, excl, kept := s.vetoed[:0], s.excl[:0], s.kept[:0]
	defer func() { s.vetoed, s.excl, s.kept = vetoed, excl, kept }()
	for _, h := range hits {
		switch e := &t.entries[h.entry]; e.kind {
		case Veto:
			vetoed = append(vetoed, e.scope)
		case Exclude:
			excl = append(excl, h)
		}
	}
next:
	for _, h := range hits {
		e := &t.entries[h.entry]
		if e.kind != Signal {
			continue
		}
		for _, v := range vetoed {
			if v == e.scope {
				continue next
			}
		}
		for _, x := range excl {
			if t.entries[x.entry].scope == e.scope && x.i <= h.i && h.j <= x.j {
				continue next
			}
		}
		kept = append(kept, h)
	}
	// Where phrases of one topic lie inside each other keep the longest; the
	// earliest entry wins a tie. Matches come out grouped by topic, each
	// group sorted by start.
	slices.SortFunc(kept, func(x, y hit) int {
		if c := strings.Compare(t.entries[x.entry].topic, t.entries[y.entry].topic); c != 0 {
			return c
		}
		if x.i != y.i {
			return cmp.Compare(x.i, y.i)
		}
		if x.j != y.j {
			return cmp.Compare(y.j, x.j)
		}
		return cmp.Compare(x.entry, y.entry)
	})
	var out []Match
	reach, topic := int32(-1), ""
	for _, h := range kept {
		e := &t.entries[h.entry]
		if e.topic != topic {
			reach, topic = -1, e.topic
		}
		if h.j <= reach {
			continue
		}
		reach = h.j
		start, end := words[h.i].start, words[h.j-1].end
		out = append(out, Match{
			Topic:  e.topic,
			Phrase: text[start:end],
			Span:   dyad.Span{Start: start, End: end},
			Entry:  e.where,
		})
	}
	out = dropCoveredAncestors(out)
	slices.SortFunc(out, func(a, b Match) int {
		if a.Span.Start != b.Span.Start {
			return cmp.Compare(a.Span.Start, b.Span.Start)
		}
		if a.Span.End != b.Span.End {
			return cmp.Compare(b.Span.End, a.Span.End)
		}
		return strings.Compare(a.Topic, b.Topic)
	})
	return out
}

// dropCoveredAncestors drops a match whose words lie inside a match of one
// of its descendants: "cyber-attack" is CYBER/ATTACK, not CYBER as well. ms
// is grouped by topic and sorted by start within a topic.
func dropCoveredAncestors(ms []Match) []Match {
	nested := false
	for _, m := range ms {
		if strings.IndexByte(m.Topic, '/') >= 0 {
			nested = true
			break
		}
	}
	if !nested || len(ms) < 2 {
		return ms
	}
	groups := map[string][]Match{}
	for i := 0; i < len(ms); {
		j := i
		for j < len(ms) && ms[j].Topic == ms[i].Topic {
			j++
		}
		groups[ms[i].Topic] = ms[i:j]
		i = j
	}
	var covered map[dyad.Span]map[string]bool
	for topic, desc := range groups {
		for a := Parent(topic); a != ""; a = Parent(a) {
			anc, ok := groups[a]
			if !ok {
				continue
			}
			// reach[k] is the furthest end of desc[0..k].
			reach := make([]int, len(desc))
			for k, m := range desc {
				reach[k] = m.Span.End
				if k > 0 {
					reach[k] = max(reach[k], reach[k-1])
				}
			}
			for _, m := range anc {
				k := sort.Search(len(desc), func(k int) bool { return desc[k].Span.Start > m.Span.Start }) - 1
				if k >= 0 && reach[k] >= m.Span.End {
					if covered == nil {
						covered = map[dyad.Span]map[string]bool{}
					}
					if covered[m.Span] == nil {
						covered[m.Span] = map[string]bool{}
					}
					covered[m.Span][m.Topic] = true
				}
			}
		}
	}
	if covered == nil {
		return ms
	}
	kept := ms[:0]
	for _, m := range ms {
		if !covered[m.Span][m.Topic] {
			kept = append(kept, m)
		}
	}
	return kept
}
