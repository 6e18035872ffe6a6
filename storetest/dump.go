package storetest

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// Dump writes what a store holds — counts, every event with its counts and
// every mention with its document, sentence and actors — as sorted text
// lines, leaving out run ids and times. Two stores that hold the same data
// dump the same, whatever order or runs filled them.
func Dump(t testing.TB, s dyad.EventStore) string {
	t.Helper()
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	var lines []string
	f := dyad.EventFilter{Limit: dyad.MaxLimit}
	for {
		evs, next, err := s.Events(ctx, f)
		if err != nil {
			t.Fatalf("Events: %v", err)
		}
		for _, e := range evs {
			full, err := s.Event(ctx, e.ID)
			if err != nil {
				t.Fatalf("Event(%d): %v", e.ID, err)
			}
			lines = append(lines, fmt.Sprintf("event %d %s %s>%s %s %s n=%d/%d/%d rep=%s topics=%v", e.ID, e.Cluster, e.Source, e.Target,
				e.Code, day(e.Date), e.NumMentions, e.NumArticles, e.NumSources, e.Mention.ID, e.Topics))
			for _, m := range full.Mentions {
				lines = append(lines, fmt.Sprintf("mention %d %s %s %q %s:%q %s:%q %v %q", e.ID, m.Doc, m.ID, m.Text,
					m.Source.Code, m.Source.Text, m.Target.Code, m.Target.Text, m.Verb, m.Pattern))
			}
		}
		if next == "" {
			break
		}
		f.Cursor = next
	}
	rejects, err := s.Rejects(ctx, 0, dyad.MaxLimit)
	if err != nil {
		t.Fatalf("Rejects: %v", err)
	}
	for _, r := range rejects {
		lines = append(lines, fmt.Sprintf("reject %s@%d:%d %s %s %s %s", r.Input, r.Offset, r.Line, r.DocID, r.Kind, r.Reason, r.Detail))
	}
	sort.Strings(lines)
	head := fmt.Sprintf("documents=%d rejected=%d rejects=%d sentences=%d events=%d mentions=%d\n",
		st.Documents, st.Rejected, st.Rejects, st.Sentences, st.Events, st.Mentions)
	return head + strings.Join(lines, "\n") + "\n"
}
