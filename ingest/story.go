package ingest

import (
	"context"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dedup"
)

// Story clusters across runs. Run uses these; so does the work queue
// (package queue, "dyad enqueue"), which assigns clusters where it reads
// the inputs and codes the documents elsewhere.

// StoryDate is the date the events of d dated only by their document take:
// the publication date of the story d joined in ix, when that story was
// first published before d and within the index's Options.Days (without
// that limit a cluster may span years and its first date says nothing).
// A copy republished a day later then counts toward the story's events
// instead of making new ones. ok is false when d keeps its own date.
func StoryDate(ix *dedup.Index, d *dyad.Document) (first time.Time, ok bool) {
	if ix == nil || d == nil {
		return time.Time{}, false
	}
	days := ix.Options().Days
	if days <= 0 {
		return time.Time{}, false
	}
	first, ok = ix.Date(d.Cluster)
	if !ok || !first.Before(d.Date) || first.AddDate(0, 0, days).Before(d.Date) {
		return time.Time{}, false
	}
	return first, true
}

// DateByStory gives the events of r dated by their document, not by the
// text, the story's date first (from StoryDate).
func DateByStory(r *dyad.Result, first time.Time) {
	if r == nil || r.Reject != nil || first.IsZero() {
		return
	}
	for i := range r.Events {
		if e := &r.Events[i]; e.DatePrecision == dyad.PrecisionDocument {
			e.Date = first
		}
	}
}

// storyDated dates the document-dated events of r by their story.
func storyDated(cfg Config, r *dyad.Result) {
	if r.Reject != nil || r.Doc == nil {
		return
	}
	if first, ok := StoryDate(cfg.Stories, r.Doc); ok {
		DateByStory(r, first)
	}
}

// restoreStories puts the stored documents of earlier runs back into the
// story index, when there is one.
func restoreStories(ctx context.Context, cfg Config) (int, error) {
	if cfg.Stories == nil {
		return 0, nil
	}
	return RestoreStories(ctx, cfg.Store, cfg.Stories)
}

// RestoreStories puts the stored documents of earlier runs published within
// the index's Options.Days of the newest back into ix, when the store keeps
// them (dyad.StoryStore), and returns how many.
func RestoreStories(ctx context.Context, s dyad.EventStore, ix *dedup.Index) (int, error) {
	ss, ok := s.(dyad.StoryStore)
	if !ok {
		return 0, nil
	}
	n := 0
	err := ss.Stories(ctx, ix.Options().Days, func(st dyad.Story) error {
		sig, err := dedup.ParseSignature(st.Signature)
		if err == nil {
			err = ix.Restore(st.Doc, st.Cluster, st.Date, sig)
		}
		if err != nil {
			// Signatures of other index options cannot be compared:
			// the document is left out, as before signatures were kept.
			return nil
		}
		n++
		return nil
	})
	return n, err
}
