package topic

import (
	"sort"
	"strconv"
	"sync"

	"github.com/dyadproject/dyad"
)

// Match is one topic found in a text: which topic, the words that signalled
// it and where they are.
type Match struct {
	Topic  string    `json:"topic"`
	Phrase string    `json:"phrase"` // the matched text as written
	Span   dyad.Span `json:"span"`   // bytes of the tagged text
	Entry  string    `json:"entry"`  // the dictionary line that fired, "file:line"
}

// Tagger finds topics in text. It is built once by New and is safe for
// concurrent use.
type Tagger struct {
	vocab   map[string]int32 // lower-cased word → word id
	maxWord int              // longest vocabulary word in bytes
	known   *filter          // Bloom filter of the vocabulary
	root    []int32          // word id → trie node after that word, -1 none
	edges   map[uint64]int32 // node<<32 | word id → next node
	final   [][]int32        // node → entries ending there
	wild    []int32          // node → node after a * word, -1 none
	entries []compiled
	scopes  []string // scope id → category
	defs    map[string]string
	defined []Definition // sorted by code
	topics  []string     // every topic code that can be reported, sorted
	pool    sync.Pool
}

type compiled struct {
	kind  Kind
	topic string
	scope int32
	words int32 // length of the phrase in words
	where string
}

// New compiles dictionaries into a Tagger. Later dictionaries add to earlier
// ones; blocks with the same CATEGORY share their exclusions. The first
// definition of a topic wins.
func New(dicts ...*Dictionary) *Tagger {
	t := &Tagger{
		vocab: map[string]int32{},
		edges: map[uint64]int32{},
		final: [][]int32{nil}, // node 0 is the root
		wild:  []int32{-1},
		defs:  map[string]string{},
		known: new(filter),
	}
	scopeOf := map[string]int32{}
	seen := map[string]bool{}
	for _, d := range dicts {
		if d == nil {
			continue
		}
		for _, def := range d.Definitions {
			if _, ok := t.defs[def.Code]; !ok {
				t.defs[def.Code] = def.Text
				t.defined = append(t.defined, def)
			}
		}
		for _, e := range d.Entries {
			sc, ok := scopeOf[e.Category]
			if !ok {
				sc = int32(len(t.scopes))
				scopeOf[e.Category] = sc
				t.scopes = append(t.scopes, e.Category)
			}
			if e.Kind == Signal && !seen[e.Topic] {
				seen[e.Topic] = true
				t.topics = append(t.topics, e.Topic)
			}
			where := d.Name + ":" + strconv.Itoa(e.Line)
			for _, form := range e.forms {
				id := int32(len(t.entries))
				t.entries = append(t.entries, compiled{
					kind: e.Kind, topic: e.Topic, scope: sc, words: int32(len(form)), where: where,
				})
				n := t.insert(form)
				t.final[n] = append(t.final[n], id)
			}
		}
	}
	sort.Strings(t.topics)
	sort.Slice(t.defined, func(i, j int) bool { return t.defined[i].Code < t.defined[j].Code })
	t.pool.New = func() any { return new(scratch) }
	return t
}

// insert adds a word sequence to the trie and returns its last node. The
// wildcard word follows a node's wild edge.
func (t *Tagger) insert(words []string) int32 {
	node := int32(0)
	for i, w := range words {
		if w == wildcard {
			if t.wild[node] < 0 {
				t.wild[node] = t.newNode()
			}
			node = t.wild[node]
			continue
		}
		id, ok := t.vocab[w]
		if !ok {
			id = int32(len(t.vocab))
			t.vocab[w] = id
			t.root = append(t.root, -1)
			t.maxWord = max(t.maxWord, len(w))
			_, h := lowerHash(nil, w)
			t.known.add(h)
		}
		var next int32
		if i == 0 {
			next = t.root[id]
		} else {
			var ok bool
			if next, ok = t.edges[edgeKey(node, id)]; !ok {
				next = -1
			}
		}
		if next < 0 {
			next = t.newNode()
			if i == 0 {
				t.root[id] = next
			} else {
				t.edges[edgeKey(node, id)] = next
			}
		}
		node = next
	}
	return node
}

func (t *Tagger) newNode() int32 {
	t.final = append(t.final, nil)
	t.wild = append(t.wild, -1)
	return int32(len(t.final) - 1)
}

func edgeKey(node, word int32) uint64 { return uint64(node)<<32 | uint64(uint32(word)) }

// Topics returns every topic code the tagger can report, sorted.
func (t *Tagger) Topics() []string { return append([]string(nil), t.topics...) }

// Definition returns the definition of a topic code, if a dictionary gave one.
func (t *Tagger) Definition(code string) (string, bool) {
	d, ok := t.defs[code]
	return d, ok
}

// Definitions returns the topics the dictionaries define, parents included
// ("NUCLEAR" as well as "NUCLEAR/TALKS"), sorted by code: the list a user
// interface offers for filtering.
func (t *Tagger) Definitions() []Definition { return append([]Definition(nil), t.defined...) }
