package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
)

func init() {
	register(&Command{Name: "show", Summary: "show a stored event with every mention in its document context", Run: runShow})
}

func runShow(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("show", "--db FILE EVENT_ID | --doc DOC_ID | --rejects")
	db := fs.String("db", "dyad.db", "event store `file`")
	doc := fs.String("doc", "", "show this document with its events instead")
	rejects := fs.Bool("rejects", false, "list the recorded rejects instead")
	limit := fs.Int("limit", 100, "rejects to list")
	around := fs.Int("context", 1, "sentences shown before and after each mention")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	store, err := openStore(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	hl := plainMarks
	if isTerminal(m.Stdout) {
		hl = ansiMarks
	}
	switch {
	case *rejects:
		rs, err := store.Rejects(ctx, 0, *limit)
		if err != nil {
			return err
		}
		for _, r := range rs {
			where := r.Input
			if r.Line > 0 {
				where += ":" + strconv.Itoa(r.Line)
			} else {
				where += "@" + strconv.FormatInt(r.Offset, 10)
			}
			fmt.Fprintf(m.Stdout, "%s\t%s\t%s\t%s\t%s\n", where, r.Kind, r.DocID, r.Reason, r.Detail)
		}
		return nil
	case *doc != "":
		d, err := store.Document(ctx, *doc)
		if err != nil {
			return err
		}
		showDocument(m.Stdout, d, hl)
		return nil
	}
	if len(rest) != 1 {
		fs.Usage()
		return dyad.Errorf(dyad.EINVALID, "want one EVENT_ID")
	}
	id, err := strconv.ParseInt(rest[0], 10, 64)
	if err != nil {
		return dyad.Errorf(dyad.EINVALID, "event id %q: want a number", rest[0])
	}
	e, err := store.Event(ctx, id)
	if err != nil {
		return err
	}
	showEvent(m.Stdout, e)
	docs := map[string]*dyad.StoredDocument{}
	for i, mn := range e.Mentions {
		d := docs[mn.Doc]
		if d == nil {
			if d, err = store.Document(ctx, mn.Doc); err != nil {
				return err
			}
			docs[mn.Doc] = d
		}
		fmt.Fprintf(m.Stdout, "\nmention %d of %d: %s\n", i+1, len(e.Mentions), mn.ID)
		showMention(m.Stdout, d, &mn, *around, hl)
	}
	return nil
}

func showEvent(w io.Writer, e *dyad.StoredEvent) {
	date := "(no date)"
	if !e.Date.IsZero() {
		date = e.Date.Format(dyad.DateLayout)
		if e.DatePrecision != "" {
			date += " (" + e.DatePrecision + ")"
		}
	}
	fmt.Fprintf(w, "event %d\n", e.ID)
	fmt.Fprintf(w, "  date       %s\n", date)
	fmt.Fprintf(w, "  dyad       %s → %s\n", e.Source, e.Target)
	fmt.Fprintf(w, "  code       %s %s (root %s, %s, Goldstein %+.1f)\n", e.Code, codeName(e), e.Root, cameo.QuadName(e.Quad), e.Goldstein)
	if e.PLOVER != "" {
		fmt.Fprintf(w, "  PLOVER     %s\n", e.PLOVER)
	}
	if l := e.Location; l != nil {
		fmt.Fprintf(w, "  place      %s %s (%.4f, %.4f)\n", l.Place, l.Country, l.Lat, l.Lon)
	}
	if len(e.Topics) > 0 {
		fmt.Fprintf(w, "  topics     %s\n", strings.Join(e.Topics, ", "))
	}
	fmt.Fprintf(w, "  reported   %d mentions in %d articles from %d sources (story %s)\n", e.NumMentions, e.NumArticles, e.NumSources, e.Cluster)
}

// showMention prints where a mention comes from and its sentence, marked up,
// between the sentences around it.
func showMention(w io.Writer, d *dyad.StoredDocument, mn *dyad.Mention, around int, hl marks) {
	fmt.Fprintf(w, "  document   %s", d.ID)
	if d.Source != "" {
		fmt.Fprintf(w, " — %s", d.Source)
	}
	if !d.Date.IsZero() {
		fmt.Fprintf(w, ", %s", d.Date.Format(dyad.DateLayout))
	}
	fmt.Fprintln(w)
	if d.URL != "" {
		fmt.Fprintf(w, "  url        %s\n", d.URL)
	}
	if d.Input != "" {
		fmt.Fprintf(w, "  input      %s@%d (%s)\n", d.Input, d.InputOffset, d.Format)
	}
	fmt.Fprintf(w, "  source     %s %q\n", mn.Source.Code, mn.Source.Text)
	showAlso(w, mn.Source.Also)
	fmt.Fprintf(w, "  target     %s %q\n", mn.Target.Code, mn.Target.Text)
	showAlso(w, mn.Target.Also)
	if mn.Pattern != "" {
		fmt.Fprintf(w, "  pattern    %s\n", mn.Pattern)
	}
	if mn.DateText != "" {
		fmt.Fprintf(w, "  date from  %q\n", mn.DateText)
	}
	if mn.DictVersion != "" {
		fmt.Fprintf(w, "  dicts      %s\n", mn.DictVersion)
	}
	idx := -1
	for i, s := range d.Sentences {
		if s.Index == mn.Sentence {
			idx = i
		}
	}
	if idx < 0 {
		fmt.Fprintf(w, "\n    %s\n", mn.Text)
		return
	}
	fmt.Fprintln(w)
	for i := max(0, idx-around); i <= min(len(d.Sentences)-1, idx+around); i++ {
		s := d.Sentences[i]
		if i != idx {
			fmt.Fprintf(w, "    %s\n", hl.dim(s.Text))
			continue
		}
		fmt.Fprintf(w, "  > %s\n", highlight(s, []*dyad.Mention{mn}, hl))
	}
}

// showDocument prints a document sentence by sentence with its events marked.
func showDocument(w io.Writer, d *dyad.StoredDocument, hl marks) {
	fmt.Fprintf(w, "document %s\n", d.ID)
	for _, kv := range [][2]string{{"title", d.Title}, {"source", d.Source}, {"url", d.URL}, {"cluster", d.Cluster},
		{"input", d.Input + "@" + strconv.FormatInt(d.InputOffset, 10)}, {"format", d.Format}} {
		if kv[1] != "" && kv[1] != "@0" {
			fmt.Fprintf(w, "  %-8s %s\n", kv[0], kv[1])
		}
	}
	if d.Reject != nil {
		fmt.Fprintf(w, "  rejected %s %s\n", d.Reject.Reason, d.Reject.Detail)
	}
	bySentence := map[int][]*dyad.Mention{}
	for i := range d.Mentions {
		mn := &d.Mentions[i]
		bySentence[mn.Sentence] = append(bySentence[mn.Sentence], mn)
	}
	fmt.Fprintln(w)
	for _, s := range d.Sentences {
		ms := bySentence[s.Index]
		if len(ms) == 0 {
			fmt.Fprintf(w, "    %s\n", s.Text)
			continue
		}
		fmt.Fprintf(w, "  > %s\n", highlight(s, ms, hl))
		for _, mn := range ms {
			fmt.Fprintf(w, "      event %d: %s → %s %s %s\n", mn.EventID, mn.Source.Code, mn.Target.Code, mn.Code, mn.Name)
		}
	}
}

// marks wrap the highlighted parts of a sentence.
type marks struct {
	source, target, verb [2]string
	dimOn, dimOff        string
}

func (m marks) dim(s string) string { return m.dimOn + s + m.dimOff }

var (
	plainMarks = marks{source: [2]string{"[", "]S"}, target: [2]string{"[", "]T"}, verb: [2]string{"[", "]V"}}
	ansiMarks  = marks{source: [2]string{"\x1b[1;34m", "\x1b[0m"}, target: [2]string{"\x1b[1;31m", "\x1b[0m"},
		verb: [2]string{"\x1b[1;32m", "\x1b[0m"}, dimOn: "\x1b[2m", dimOff: "\x1b[0m"}
)

// highlight marks the source, target and verb of each mention in the
// sentence. Spans are bytes of the document text; those outside the
// sentence or overlapping an earlier mark are left unmarked.
func highlight(s dyad.Sentence, ms []*dyad.Mention, hl marks) string {
	type mark struct {
		span dyad.Span
		tag  [2]string
	}
	var all []mark
	for _, mn := range ms {
		all = append(all, mark{mn.Source.Span, hl.source}, mark{mn.Target.Span, hl.target}, mark{mn.Verb, hl.verb})
		for _, a := range mn.Source.Also {
			all = append(all, mark{a.Span, hl.source})
		}
		for _, a := range mn.Target.Also {
			all = append(all, mark{a.Span, hl.target})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].span.Start < all[j].span.Start })
	var b strings.Builder
	pos := 0
	for _, mk := range all {
		start, end := mk.span.Start-s.Span.Start, mk.span.End-s.Span.Start
		if mk.span.IsZero() || start < pos || end > len(s.Text) || start >= end {
			continue
		}
		b.WriteString(s.Text[pos:start])
		b.WriteString(mk.tag[0] + s.Text[start:end] + mk.tag[1])
		pos = end
	}
	b.WriteString(s.Text[pos:])
	return b.String()
}

// showAlso prints the other people a side stands for (dyad.Actor.Also),
// one line each under the side, with the entry and term that coded them.
func showAlso(w io.Writer, also []dyad.Actor) {
	for _, a := range also {
		fmt.Fprintf(w, "    also     %s %q", a.Code, a.Text)
		if a.Entry != "" {
			fmt.Fprintf(w, " %s", a.Entry)
		}
		if a.Since != "" || a.Until != "" {
			fmt.Fprintf(w, " (%s…%s)", a.Since, a.Until)
		}
		fmt.Fprintln(w)
	}
}
