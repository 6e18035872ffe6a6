// Package dedup groups near-duplicate documents — syndicated copies of one
// story with different boilerplate, headlines and small edits — into story
// clusters, using MinHash signatures of word shingles and LSH banding.
package dedup

import (
	"math"
	"slices"
	"sync"
	"time"
)

// Options tune the index. The zero value gives the defaults.
type Options struct {
	Shingle   int     // words per shingle; default 3
	Bands     int     // LSH bands; default 60
	Rows      int     // signature values per band; default 2 (so 120 values)
	Threshold float64 // least estimated Jaccard similarity to join a cluster; default 0.5
	// Containment is the least share of the smaller text's shingles found in
	// the other that also joins a cluster (an excerpt of a story is the
	// story); default 0.8, above 1 turns it off. Texts of fewer than
	// MinShingles shingles (default 40) join only by Threshold.
	Containment float64
	MinShingles int
	// Window, when positive, keeps only the last Window documents: older
	// ones are forgotten (a later copy of their story starts a new cluster).
	// It bounds memory: about 2 KB per document kept (1.8 KB measured).
	Window int
	// Days, when positive, is the most publication days two copies of a
	// story may lie apart: documents further apart never join, however
	// alike, so that site boilerplate around short, unrelated stories of
	// different years does not merge them. Undated documents are
	// compared with everything.
	Days int
}

func (o Options) withDefaults() Options {
	if o.Shingle <= 0 {
		o.Shingle = 3
	}
	if o.Bands <= 0 {
		o.Bands = 60
	}
	if o.Rows <= 0 {
		o.Rows = 2
	}
	if o.Threshold <= 0 {
		o.Threshold = 0.5
	}
	if o.Containment <= 0 {
		o.Containment = 0.8
	}
	if o.MinShingles <= 0 {
		o.MinShingles = 40
	}
	return o
}

// Index assigns documents to story clusters. A cluster's id is the id of
// its first document. Assignments depend only on the order of additions, and
// an Index is safe for concurrent use.
type Index struct {
	opts  Options
	seeds []uint64 // multipliers then addends of the signature hashes

	mu      sync.Mutex
	docs    []entry // the documents kept; docs[i] has sequence number base+i
	base    int64
	byID    map[string]int64     // document id → sequence number
	buckets []map[uint64][]int64 // per band: band hash → sequence numbers
}

type entry struct {
	id, cluster string
	day         int32 // publication day since 1970, or undated
	sig         Signature
}

// undated marks an entry without a publication date.
const undated = math.MinInt32

// dayOf is the publication day of t, or undated for the zero time.
func dayOf(t time.Time) int32 {
	if t.IsZero() {
		return undated
	}
	return int32(t.Unix() / 86400)
}

// New returns an empty index.
func New(opts Options) *Index {
	opts = opts.withDefaults()
	ix := &Index{
		opts:    opts,
		seeds:   seeds(opts.Bands * opts.Rows),
		byID:    map[string]int64{},
		buckets: make([]map[uint64][]int64, opts.Bands),
	}
	for i := range ix.buckets {
		ix.buckets[i] = map[uint64][]int64{}
	}
	return ix
}

// Add signs text and assigns docID to a cluster: the cluster of the most
// similar earlier document when it is at least Options.Threshold similar,
// else a new cluster named docID. Adding a known docID again returns its
// cluster.
func (ix *Index) Add(docID, text string) string {
	return ix.AddSignature(docID, time.Time{}, ix.Sign(text))
}

// AddSignature is Add for a signature made by Sign, so that callers can keep
// the signature (Signature.Bytes) to restore the index later, and for a
// document published on date (zero when unknown; see Options.Days).
func (ix *Index) AddSignature(docID string, date time.Time, sig Signature) string {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if i, ok := ix.byID[docID]; ok {
		return ix.doc(i).cluster
	}
	day := dayOf(date)
	cluster := docID
	if best := ix.nearest(sig, day); best >= 0 {
		cluster = ix.doc(best).cluster
	}
	ix.insert(docID, cluster, day, sig)
	return cluster
}

// Restore puts a document back with the cluster it was given before, as when
// a later run reloads stored signatures. It returns an error when the
// signature was made with other options.
func (ix *Index) Restore(docID, cluster string, date time.Time, sig Signature) error {
	if len(sig.Min) != ix.opts.Bands*ix.opts.Rows {
		return errSize(len(sig.Min), ix.opts.Bands*ix.opts.Rows)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if _, ok := ix.byID[docID]; !ok {
		ix.insert(docID, cluster, dayOf(date), sig)
	}
	return nil
}

// Options returns the options the index was made with, defaults filled in.
func (ix *Index) Options() Options { return ix.opts }

// Cluster returns the cluster of a document added before.
func (ix *Index) Cluster(docID string) (string, bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	i, ok := ix.byID[docID]
	if !ok {
		return "", false
	}
	return ix.doc(i).cluster, true
}

// Date returns the publication date a kept document was added with; false
// when the document is not kept or was added undated.
func (ix *Index) Date(docID string) (time.Time, bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	i, ok := ix.byID[docID]
	if !ok || ix.doc(i).day == undated {
		return time.Time{}, false
	}
	return time.Unix(int64(ix.doc(i).day)*86400, 0).UTC(), true
}

// Len returns the number of documents the index keeps.
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.docs)
}

// doc returns the document with sequence number i.
func (ix *Index) doc(i int64) *entry { return &ix.docs[i-ix.base] }

// nearest returns the sequence number of the most similar indexed document
// that shares a band with sig, is close enough (Threshold or Containment)
// and was published within Options.Days of day, or -1. Ties go to the
// earlier document.
func (ix *Index) nearest(sig Signature, day int32) int64 {
	if !ix.fits(sig) {
		return -1
	}
	var cand []int64
	for b := range ix.buckets {
		cand = append(cand, ix.buckets[b][ix.bandKey(sig, b)]...)
	}
	slices.Sort(cand)
	cand = slices.Compact(cand)
	best, bestSim := int64(-1), -1.0
	for _, c := range cand {
		d := ix.doc(c)
		if !ix.near(day, d.day) {
			continue
		}
		other := d.sig
		s := Similarity(sig, other)
		if s > bestSim && ix.close(sig, other, s) {
			best, bestSim = c, s
		}
	}
	return best
}

// close reports whether two signatures of Jaccard estimate j are copies of
// one story.
func (ix *Index) close(a, b Signature, j float64) bool {
	if j >= ix.opts.Threshold {
		return true
	}
	return min(a.Shingles, b.Shingles) >= ix.opts.MinShingles && Containment(a, b) >= ix.opts.Containment
}

// near reports whether two publication days are within Options.Days.
func (ix *Index) near(a, b int32) bool {
	if ix.opts.Days <= 0 || a == undated || b == undated {
		return true
	}
	return max(a-b, b-a) <= int32(ix.opts.Days)
}

// fits reports whether sig can go into the buckets.
func (ix *Index) fits(sig Signature) bool {
	return !sig.empty() && len(sig.Min) == ix.opts.Bands*ix.opts.Rows
}

// insert adds a document to the buckets of its bands. A bucket keeps one
// document per cluster, the latest added: a story syndicated a thousand
// times gives a new copy one document to compare with, and the latest is
// the one nearest in publication date and least likely to leave the window.
// With a window, the oldest document is then forgotten.
func (ix *Index) insert(docID, cluster string, day int32, sig Signature) {
	i := ix.base + int64(len(ix.docs))
	ix.docs = append(ix.docs, entry{id: docID, cluster: cluster, day: day, sig: sig})
	ix.byID[docID] = i
	if ix.fits(sig) {
		for b := range ix.buckets {
			k := ix.bandKey(sig, b)
			bucket := ix.buckets[b][k]
			if at := slices.IndexFunc(bucket, func(j int64) bool { return ix.doc(j).cluster == cluster }); at >= 0 {
				bucket[at] = i
				continue
			}
			ix.buckets[b][k] = append(bucket, i)
		}
	}
	if ix.opts.Window > 0 && len(ix.docs) > ix.opts.Window {
		ix.evict()
	}
}

// evict forgets the oldest document.
func (ix *Index) evict() {
	old := ix.docs[0]
	seq := ix.base
	if ix.byID[old.id] == seq {
		delete(ix.byID, old.id)
	}
	if ix.fits(old.sig) {
		for b := range ix.buckets {
			k := ix.bandKey(old.sig, b)
			bucket := slices.DeleteFunc(ix.buckets[b][k], func(j int64) bool { return j == seq })
			if len(bucket) == 0 {
				delete(ix.buckets[b], k)
			} else {
				ix.buckets[b][k] = bucket
			}
		}
	}
	ix.docs[0] = entry{}
	ix.docs = ix.docs[1:]
	ix.base++
}

// bandKey hashes the rows of band b of sig.
func (ix *Index) bandKey(sig Signature, b int) uint64 {
	h := uint64(b) + 0x9e3779b97f4a7c15
	for _, v := range sig.Min[b*ix.opts.Rows : (b+1)*ix.opts.Rows] {
		h = mix(h ^ uint64(v))
	}
	return h
}
