// Package pipeline runs the text stages on a document — repair, sentence
// splitting, tagging and shallow parsing, coding, dates, places and topics —
// as one plain loop. It implements dyad.Processor.
package pipeline

import (
	"bytes"
	"context"
	"crypto/sha256"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/chunk"
	"github.com/dyadproject/dyad/clean"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/coref"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/learn"
	"github.com/dyadproject/dyad/sentence"
	"github.com/dyadproject/dyad/tag"
	"github.com/dyadproject/dyad/topic"
	"github.com/dyadproject/dyad/treebank"
	"github.com/dyadproject/dyad/when"
	"github.com/dyadproject/dyad/where"
)

// Config chooses the dictionaries and switches of a Pipeline. The zero value
// uses the embedded production dictionaries merged with dyad's 2014–2026
// office holders, and runs every stage.
type Config struct {
	Dicts   *dict.Set        // nil: the embedded production set plus office holders
	Coder   *coder.Options   // nil: coder.DefaultOptions() with KeepMainVerb
	Clean   clean.Options    // Clean.Names nil: DefaultNames()
	NoClean bool             // code the text as given (already clean or pre-split input)
	Topics  *topic.Tagger    // nil: topic.Default()
	Places  *where.Gazetteer // nil: where.Default()
	// NoLearn codes with the rule coder alone. By default the learned
	// component (learn.Default, docs/notes/learn.md) keeps, drops or
	// relabels each sentence's events once they are finished, and the
	// role relabeller (learn.DefaultRoles) then gives each side of those
	// kept its role; NoLearn turns both off. "dyad train" reads the
	// coder's own events, so it sets NoLearn.
	NoLearn bool
}

// Pipeline codes documents. It is safe for concurrent use: the dictionaries
// are shared and each goroutine borrows its own parser.
type Pipeline struct {
	cfg     Config
	coder   *coder.Coder
	topics  *topic.Tagger
	places  *where.Gazetteer
	model   *learn.Model // nil with Config.NoLearn
	roles   *learn.Model // the role relabeller; nil with Config.NoLearn
	dicts   string       // the dictionaries' name in Version
	parsers sync.Pool
}

var (
	defaultOnce    sync.Once
	defaultSet     *dict.Set
	defaultErr     error
	defaultVersion string
)

// DefaultDicts returns the embedded production dictionaries merged with the
// office-holder dictionary, built once and shared. The error lists lines of
// the shipped files that were skipped as malformed ("dyad dict check" shows
// them); the set is usable even then.
func DefaultDicts() (*dict.Set, error) {
	defaultOnce.Do(func() {
		srcs := defaultSources()
		defaultSet, defaultErr = dict.Build(srcs)
		h := sha256.New()
		for _, s := range srcs {
			fmt.Fprintf(h, "%s\x00%d\x00", s.Name, len(s.Data))
			h.Write(s.Data)
		}
		defaultVersion = fmt.Sprintf("embedded-%x (%d files)", h.Sum(nil)[:6], len(srcs))
	})
	return defaultSet, defaultErr
}

// DictVersion names the production dictionary set by a hash of its files, so
// stored events say which set coded them.
func DictVersion() string {
	DefaultDicts()
	return defaultVersion
}

// Version names what codes with p: the dictionary set (DictVersion, or
// "custom dictionaries" for Config.Dicts) and the learned model, or that
// none runs. Runs stored by ingest and worker carry it.
func (p *Pipeline) Version() string {
	if p.model == nil {
		return p.dicts + ", no learned model"
	}
	return p.dicts + ", learned " + learn.Version() + " " + learn.RolesVersion()
}

// defaultSources lists the production dictionary files: the embedded
// Phoenix set with dyad's overlays and verbs, and the office holders.
func defaultSources() []dict.Source {
	// Among date restrictions in force, the one that started last wins,
	// so the dated office holders beat Phoenix's open-ended 2014 terms
	// whatever the reading order.
	var srcs []dict.Source
	lastVerbs := -1
	for _, s := range dict.DefaultSources() {
		if s.Kind == dict.KindDiscards {
			s.Data = withoutYears(s.Data)
		}
		srcs = append(srcs, s)
		if s.Kind == dict.KindVerbs {
			lastVerbs = len(srcs)
		}
	}
	// dyad.verbs.txt comes once, after the last verb file (the errata), so
	// its blocks and extensions see every block read before.
	srcs = slices.Insert(srcs, lastVerbs, dict.Source{Kind: dict.KindVerbs, Name: "dyad.verbs.txt", Data: dyadVerbs},
		dict.Source{Kind: dict.KindVerbs, Name: "dyad.stems.txt", Data: dyadStems})
	srcs = append(srcs, dict.Source{
		Kind: dict.KindActors,
		Name: "dyad.officeholders.actors.txt",
		Data: []byte(actor.Dictionary()),
	})
	return srcs
}

// dyadVerbs adds verb patterns to the CAMEO file (see its comments).
//
//go:embed data/dyad.verbs.txt
var dyadVerbs []byte

// dyadStems spells out the stems the CAMEO file's patterns still use.
//
//go:embed data/dyad.stems.txt
var dyadStems []byte

// withoutYears drops the discard lines that are a bare year (Phoenix
// discards every sentence with a year from 1914 to 2013, to keep history
// out of a daily feed). dyad dates each event from its own words, so "In
// 2019, Bagheri became the first ... to visit China since the 1979
// revolution" is a 2019 visit, not a sentence to throw away. For the same
// reason the relative times ("YEARS AGO", "MONTHS LATER") go too: "release
// the ministers, whom they had taken hostage two weeks ago, on the weekend"
// is this weekend's release. The World Wars go for the same reason: news
// names them as a yardstick ("the biggest military build-up since World War
// Two") or as the subject of today's act ("a resolution labelling the World
// War One killings of Armenians as genocide"), not as the story. The
// storms, floods and tsunamis go too (naturalHazard).
func withoutYears(data []byte) []byte {
	var out bytes.Buffer
	for _, line := range bytes.SplitAfter(data, []byte("\n")) {
		w := bytes.TrimSpace(line)
		if c := bytes.IndexAny(w, "#;"); c >= 0 {
			w = bytes.TrimSpace(w[:c])
		}
		if len(w) == 4 && len(bytes.Trim(w, "0123456789")) == 0 {
			continue
		}
		if bytes.HasSuffix(w, []byte(" AGO")) || bytes.HasSuffix(w, []byte(" LATER")) || bytes.Contains(w, []byte("WORLD WAR")) {
			continue
		}
		if naturalHazard(w) {
			continue
		}
		out.Write(line)
	}
	return out.Bytes()
}

// naturalHazard reports whether discard line w names a storm, flood or
// tsunami. Phoenix throws away every sentence naming one, to keep weather
// news out, but the disaster is most often the occasion of a political act
// told in the same sentence: aid pledged or sent to the stricken country
// ("Taiwan said it would donate $200,000 to the Philippines to help
// communities hit by Tropical Storm Trami"), relief asked of another state
// ("asked Washington for helicopters to ferry typhoon relief"). A sentence
// that only tells the storm's toll names no actor acting on another and
// codes nothing without the discard; earthquakes and hurricanes were never
// discarded.
func naturalHazard(w []byte) bool {
	switch string(w) {
	case "TYPHOON", "TROPICAL STORM", "TROPICAL DEPRESSION", "TSUNAMI", "WIDESPREAD FLOOD":
		return true
	}
	return false
}

// DefaultNames returns the names clean's name-case step restores capitals
// to: the gazetteer's countries, capitals and demonyms (Gazetteer.Names of where.Default),
// and, for a paragraph's lost first letter only, the surnames of the office
// holders in the default dictionaries (officeSurnames), with the tagger's
// lexicon to tell a damaged word from an English one (tag.Model.KnownWord),
// prepared once and shared. New hands them to the repair; "dyad clean" and
// "dyad parse" do the same, so every repair reads the same names.
//
// The surnames come from the default dictionaries, so DefaultDicts' error
// comes back with the names, as DefaultDicts gives it: with a set, the rows
// it had to skip (the names are made from the rest, as New codes with the
// rest); without one, no names at all, since a repair without the surnames
// would differ from every other run's without a word said.
func DefaultNames() (*clean.Names, error) { return defaultNames() }

var defaultNames = sync.OnceValues(func() (*clean.Names, error) {
	set, err := DefaultDicts()
	if set == nil {
		return nil, err
	}
	places := where.Default().Names("country", "capital", "demonym")
	return clean.NewNamesWith(places, officeSurnames(set), tag.Default().KnownWord), err
})

// officeSurnames returns the last words of the dictionaries' people with
// dated codes (office terms: "VLADIMIR_PUTIN_" gives "Putin"), capitalised,
// the names a lead most often opens with ("utin agreed ..." lost its P).
// People without dates are mostly historical or minor and would only make
// a lost letter ambiguous. A surname with other than ASCII letters comes
// out mangled and is left out by clean.NewNamesWith, which reads ASCII
// letters only.
func officeSurnames(set *dict.Set) []string {
	if set == nil || set.Actors == nil {
		return nil
	}
	var out []string // repeats are fine: clean.NewNamesWith keeps the first
	for i := range set.Actors.Entries {
		e := &set.Actors.Entries[i]
		if len(e.Dated) == 0 {
			continue
		}
		ws := strings.Split(strings.Trim(e.Phrase, "_"), "_")
		if len(ws) < 2 {
			continue // one word: no surname of its own
		}
		last := ws[len(ws)-1]
		out = append(out, last[:1]+strings.ToLower(last[1:]))
	}
	return out
}

// New returns a Pipeline for cfg.
func New(cfg Config) (*Pipeline, error) {
	dicts := "custom dictionaries"
	if cfg.Dicts == nil {
		set, err := DefaultDicts()
		if set == nil {
			return nil, err
		}
		cfg.Dicts, dicts = set, DictVersion()
	}
	opts := coder.DefaultOptions()
	opts.KeepMainVerb = true // news sentences, parsed by dyad's own parser
	opts.SubCodes = true     // the sub-code the verb's complement names
	opts.ReportedActs = true // "X said Y attacked Z" is also Y's attack
	opts.LinkedEvents = true // a meeting abroad is also a visit to the host
	// A protest at home that names no target is against the government.
	opts.ImpliedTargets = true
	if cfg.Coder != nil {
		opts = *cfg.Coder
	}
	if cfg.Topics == nil {
		cfg.Topics = topic.Default()
	}
	if cfg.Places == nil {
		cfg.Places = where.Default()
	}
	if cfg.Clean.Names == nil {
		names, err := DefaultNames()
		if names == nil {
			return nil, err
		}
		cfg.Clean.Names = names
	}
	p := &Pipeline{cfg: cfg, coder: coder.New(cfg.Dicts, opts), topics: cfg.Topics, places: cfg.Places, dicts: dicts}
	if !cfg.NoLearn {
		m, err := learn.Default()
		if err != nil {
			return nil, err
		}
		p.model = m
		if p.roles, err = learn.DefaultRoles(); err != nil {
			return nil, err
		}
	}
	p.parsers.New = func() any {
		parser := chunk.New(nil)
		parser.Recycle = true // trees are dropped after coding; reuse their nodes
		return parser
	}
	return p, nil
}

// Coder returns the pipeline's coder.
func (p *Pipeline) Coder() *coder.Coder { return p.coder }

// Process repairs, splits and codes doc. A document the coder must skip (not
// English, nothing left after repair) comes back with a Reject, never dropped.
func (p *Pipeline) Process(ctx context.Context, doc *dyad.Document) (*dyad.Result, error) {
	if !p.cfg.NoClean {
		clean.Repair(doc, p.cfg.Clean)
		if r := clean.Skipped(doc); r != nil {
			return &dyad.Result{Doc: doc, Reject: r}, nil
		}
	}
	if len(doc.Sentences) == 0 {
		sentence.Split(doc)
	}
	res := &dyad.Result{Doc: doc}
	parser := p.parsers.Get().(*chunk.Parser)
	defer p.parsers.Put(parser)
	// References resolve within the document: one resolver, fed with the
	// actor mentions of each sentence in order.
	refs := &coref.Resolver{Capital: p.places.Capital}
	for i := range doc.Sentences {
		if i%64 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if storyBreak(doc.Text, &doc.Sentences[i]) {
			refs.Break()
		}
		res.Events = p.codeSentence(parser, doc, &doc.Sentences[i], refs, res.Events)
	}
	return res, nil
}

// codeSentence codes one sentence and appends its events to out.
func (p *Pipeline) codeSentence(parser *chunk.Parser, doc *dyad.Document, s *dyad.Sentence, refs *coref.Resolver, out []dyad.Event) []dyad.Event {
	tree := parser.Parse(doc.Text, *s)
	date := s.Date
	if date.IsZero() {
		date = doc.Date
	}
	events, err := p.coder.CodeIn(tree, date, refs, s.Index)
	if err != nil || len(events) == 0 {
		return out
	}
	events = firstRoles(events)
	var topics []string
	if p.topics != nil {
		topics = topic.Names(p.topics.Tag(s.Text))
	}
	// The sentence's dates and places, read once for all its events, and
	// its clauses when there is a date or a place to place.
	dates, places := when.Find(s.Text, date), p.places.Find(s.Text)
	var cl clauses
	if len(dates) > 0 || len(places) > 0 {
		cl = clausesOf(tree)
	}
	var redated map[int64][]dyad.Event
	first := len(out)
	if first == 0 {
		// The coder's slice is this call's alone: the document's first
		// events are finished in place (out[k] is events[k]) rather than
		// copied into a new array.
		out = events[:0]
	}
	for k := range events {
		e := &events[k]
		p.finish(e, doc, s, k, date, topics, cl, dates, places)
		if e.DatePrecision != dyad.PrecisionDocument && !e.Date.Equal(date) && (standsForOffice(e.Source) || standsForOffice(e.Target)) {
			redated = p.asOf(tree, e, redated)
		}
		out = append(out, *e)
	}
	if redated != nil {
		// An office holder coded as of the event's own date may make
		// a copy of another event (uniqueTriples).
		out = out[:first+len(uniqueTriples(out[first:]))]
	}
	if p.model != nil {
		// The sentence's events are finished: the learned component
		// keeps, drops or relabels each; a relabelled code may copy
		// another event's triple.
		ls := learn.Sentence{Text: s.Text, Start: s.Span.Start, Events: out[first:]}
		out = out[:first+len(uniqueTriples(p.model.Apply(&ls)))]
		// Then the role relabeller gives each side of the events kept
		// its role, reading their codes as the code relabeller left them;
		// a new role may copy another event too.
		ls.Events = out[first:]
		p.roles.ApplyRoles(&ls)
		out = out[:first+len(uniqueTriples(ls.Events))]
	}
	return out
}

// inOffice reports whether a was coded from an office-holder term.
func inOffice(a dyad.Actor) bool {
	return a.Resolved == "" && strings.HasPrefix(a.Dict, coder.OfficeHolders)
}

// standsForOffice reports whether a side's own mention or one it stands
// for besides (Also) was coded from an office-holder term.
func standsForOffice(a dyad.Actor) bool {
	for x := range a.Mentions() {
		if inOffice(x) {
			return true
		}
	}
	return false
}

// asOf recodes the office holders of e as of the event's own date rather
// than the document's: "In 2019, Rouhani visited China", read in 2022, is
// Rouhani the president (IRNGOV), not the former president (IRNELI). The
// sentence is coded again at that date (once per date, kept in cache) and
// the actors of the same event, same verb and same words, replace e's.
func (p *Pipeline) asOf(tree *treebank.Node, e *dyad.Event, cache map[int64][]dyad.Event) map[int64][]dyad.Event {
	if cache == nil {
		cache = map[int64][]dyad.Event{}
	}
	key := e.Date.Unix()
	evs, ok := cache[key]
	if !ok {
		evs, _ = p.coder.Code(tree, e.Date)
		cache[key] = evs
	}
	for _, x := range evs {
		if x.Verb != e.Verb || x.Code != e.Code || x.Source.Span != e.Source.Span || x.Target.Span != e.Target.Span {
			continue
		}
		// x is coded afresh, so its codes are cut to their first role as
		// e's were (firstRoles); the mentions e stands for besides its
		// own stay, recoded below.
		if inOffice(e.Source) {
			also := e.Source.Also
			e.Source = x.Source
			e.Source.Code, e.Source.Also = firstRole(e.Source.Code), also
		}
		if inOffice(e.Target) {
			also := e.Target.Also
			e.Target = x.Target
			e.Target.Code, e.Target.Also = firstRole(e.Target.Code), also
		}
		break
	}
	// Each also-mention is its copy's side: the event of the same verb and
	// code coded afresh whose side has its span.
	asOfAlso(evs, e, &e.Source, func(x *dyad.Event) *dyad.Actor { return &x.Source })
	asOfAlso(evs, e, &e.Target, func(x *dyad.Event) *dyad.Actor { return &x.Target })
	return cache
}

// asOfAlso recodes the office holders among side.Also from evs, the
// sentence coded as of e's date, where side (e.Source or e.Target) is the
// one of each event that sideOf gives.
func asOfAlso(evs []dyad.Event, e *dyad.Event, side *dyad.Actor, sideOf func(*dyad.Event) *dyad.Actor) {
	copied := false
	for i, a := range side.Also {
		if !inOffice(a) {
			continue
		}
		for k := range evs {
			x := &evs[k]
			if xa := sideOf(x); x.Verb == e.Verb && x.Code == e.Code && xa.Span == a.Span {
				if !copied {
					// The array may be shared with the event before
					// as-of recoding: write into a copy of it.
					side.Also, copied = append([]dyad.Actor(nil), side.Also...), true
				}
				side.Also[i] = *xa
				side.Also[i].Code, side.Also[i].Also = firstRole(xa.Code), nil
				break
			}
		}
	}
}

// finish fills what the coder leaves to the pipeline: identity, codebook
// fields, date, place (chosen among the sentence's dates and places) and
// topics.
func (p *Pipeline) finish(e *dyad.Event, doc *dyad.Document, s *dyad.Sentence, k int, date time.Time, topics []string, cl clauses, dates []when.Date, places []dyad.Location) {
	e.Doc = doc.ID
	e.SentenceID = s.ID
	e.Sentence = s.Index
	e.ID = s.ID + "/" + strconv.Itoa(k+1)
	e.Text = s.Text
	e.Cluster = doc.Cluster
	cameo.Fill(e)
	verb := e.Verb.Start - s.Span.Start // verb offset within the sentence
	if verb < 0 || verb > len(s.Text) {
		verb = 0
	}
	// The date and the place are the expressions nearest the verb among
	// those said in its clause; none there gives the document date and no
	// place. Bounds ("since 2016") limit a period and date no event.
	d := when.Document(date)
	best := -1
	for _, x := range dates {
		if when.IsBound(x) {
			continue
		}
		if dist := distance(verb, x.Span.Start, x.Span.End); cl.same(e.Verb.Start, s.Span.Start+x.Span.Start) && (best < 0 || dist < best) {
			d, best = x, dist
		}
	}
	e.Date, e.DatePrecision, e.DateText = d.Time, d.Precision, d.Text
	best = -1
	for _, loc := range places {
		if dist := distance(verb, loc.Span.Start, loc.Span.End); cl.same(e.Verb.Start, s.Span.Start+loc.Span.Start) && (best < 0 || dist < best) {
			l := loc
			l.Span.Start += s.Span.Start
			l.Span.End += s.Span.Start
			e.Location, best = &l, dist
		}
	}
	e.Topics = topics
}

// distance is how far bytes start..end lie from the verb at byte verb.
func distance(verb, start, end int) int {
	switch {
	case verb < start:
		return start - verb
	case verb >= end:
		return verb - end + 1
	}
	return 0
}
