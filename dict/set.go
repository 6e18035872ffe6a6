package dict

import (
	"embed"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/dyadproject/dyad"
)

// Set is a complete dictionary set for coding. It is immutable once built and
// safe for concurrent use.
type Set struct {
	Verbs    *Verbs
	Actors   *Actors
	Agents   *Agents
	Discards *Discards
	Issues   *Issues
	Files    []string // names of the files read, in order

	verbText map[string][]byte // the verb files' text, by name (see VerbText)
}

// VerbText returns the text of the verb file name as read into s, or nil.
// The reader drops comments; the coder reads them again from here (a
// pattern's comment may scope it to one verb of its block).
func (s *Set) VerbText(name string) []byte {
	return s.verbText[name]
}

// Kind says which reader a dictionary file needs.
type Kind string

// Dictionary kinds.
const (
	KindVerbs    Kind = "verbs"
	KindActors   Kind = "actors"
	KindAgents   Kind = "agents"
	KindDiscards Kind = "discards"
	KindIssues   Kind = "issues"
)

// Source is one dictionary file to read.
type Source struct {
	Kind Kind
	Name string // file name used in error messages and provenance
	Data []byte
}

// Build reads the sources into a Set. Actor files are merged in order: a phrase
// already defined keeps its default code and gains the later file's date
// restrictions. Malformed lines are skipped and returned as a dyad.ErrorList;
// the Set is usable even then.
func Build(srcs []Source) (*Set, error) {
	s := &Set{Verbs: &Verbs{}, Actors: &Actors{}, Agents: &Agents{}, Discards: &Discards{}, Issues: &Issues{}}
	var errs dyad.ErrorList
	for _, src := range srcs {
		s.Files = append(s.Files, src.Name)
		switch src.Kind {
		case KindVerbs:
			s.Verbs.read(src.Name, src.Data, &errs)
			if s.verbText == nil {
				s.verbText = map[string][]byte{}
			}
			s.verbText[src.Name] = src.Data
		case KindActors:
			s.Actors.read(src.Name, src.Data, &errs)
		case KindAgents:
			s.Agents.read(src.Name, src.Data, &errs)
		case KindDiscards:
			s.Discards.read(src.Name, src.Data, &errs)
		case KindIssues:
			s.Issues.read(src.Name, src.Data, &errs)
		default:
			errs.Add(src.Name, 0, "unknown dictionary kind %q", src.Kind)
		}
	}
	s.Verbs.finish()
	s.Actors.finish()
	s.Agents.finish()
	s.Discards.finish()
	s.Issues.finish()
	return s, errs.Err()
}

// Files names the files of a dictionary set, as a PETR XML <Environment> does.
type Files struct {
	Verbs    string
	Actors   []string
	Agents   string
	Discards string
	Issues   string
}

// Sources lists the files as Sources without data, in reading order.
func (f Files) sources() []Source {
	var out []Source
	add := func(k Kind, n string) {
		if n != "" {
			out = append(out, Source{Kind: k, Name: n})
		}
	}
	add(KindVerbs, f.Verbs)
	for _, a := range f.Actors {
		add(KindActors, a)
	}
	add(KindAgents, f.Agents)
	add(KindDiscards, f.Discards)
	add(KindIssues, f.Issues)
	return out
}

// Load reads the named files from dir. A file that cannot be found is an
// ENOTFOUND error naming it; malformed lines give a usable Set and an ErrorList.
func Load(dir string, f Files) (*Set, error) {
	srcs := f.sources()
	for i := range srcs {
		p := filepath.Join(dir, srcs[i].Name)
		data, err := os.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, dyad.Errorf(dyad.ENOTFOUND, "dictionary %s: %s file not found", p, srcs[i].Kind)
		}
		if err != nil {
			return nil, dyad.E(dyad.EINVALID, "dict", err)
		}
		srcs[i].Data = data
	}
	return Build(srcs)
}

//go:embed data/*.txt data/LICENSE
var embedded embed.FS

// DefaultFiles names the embedded production set: the Phoenix actors, agents
// and discards, and the PETRARCH-1 CAMEO verb patterns of 30 April 2015.
var DefaultFiles = Files{
	Verbs: "CAMEO.verbpatterns.150430.txt",
	Actors: []string{
		"Phoenix.Countries.actors.txt",
		"Phoenix.International.actors.txt",
		"Phoenix.MilNonState.actors.txt",
	},
	Agents:   "Phoenix.agents.txt",
	Discards: "Phoenix.discards.txt",
	Issues:   "Phoenix.IssueCoding.txt",
}

// DefaultOverlays names dyad's own dictionary files, read after DefaultFiles:
// corrections of the copied Phoenix entries, then what Phoenix lacks. They are
// in the Phoenix formats; an actor line "=PHRASE [CODE]" replaces an earlier
// entry's codes and a verb block "--- +NAME ---" extends an earlier block (see
// Actors, Verbs and data/README.md).
var DefaultOverlays = []Source{
	{Kind: KindActors, Name: "dyad.errata.actors.txt"},
	{Kind: KindActors, Name: "dyad.actors.txt"},
	{Kind: KindAgents, Name: "dyad.agents.txt"},
	{Kind: KindVerbs, Name: "dyad.errata.verbs.txt"},
}

// DefaultSources returns the embedded production files — DefaultFiles, then
// DefaultOverlays — so a caller can append more actor files (same format)
// before calling Build.
func DefaultSources() []Source {
	srcs := append(DefaultFiles.sources(), DefaultOverlays...)
	for i := range srcs {
		data, err := embedded.ReadFile("data/" + srcs[i].Name)
		if err != nil {
			panic("dict: embedded file missing: " + srcs[i].Name) // a build error, not input
		}
		srcs[i].Data = data
	}
	return srcs
}

var (
	defaultOnce sync.Once
	defaultSet  *Set
	defaultErr  error
)

// Default returns the embedded production set, read once and shared. The
// error lists lines of the shipped files that were skipped as malformed.
func Default() (*Set, error) {
	defaultOnce.Do(func() { defaultSet, defaultErr = Build(DefaultSources()) })
	return defaultSet, defaultErr
}
