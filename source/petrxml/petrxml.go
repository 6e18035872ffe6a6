// Package petrxml reads PETRARCH XML record files — the validation format with
// an <Environment>, <Config> switches and <Sentence> records carrying expected
// codings, <Text> and a pre-parsed <Parse> tree — and plain PETR sentence files.
package petrxml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// File is a PETR XML file as read.
type File struct {
	Name    string
	Env     *Env // nil when the file has no <Environment>
	Records []Record
}

// Env is the <Environment> block: which dictionaries to use and the options.
type Env struct {
	Verbs, Actors, Agents, Discards, Issues string
	Include, Exclude                        []string
	Config                                  []Setting
}

// Files names the dictionary files the environment gives, for dict.Load
// (relative to the directory the caller chooses).
func (e *Env) Files() dict.Files {
	f := dict.Files{Verbs: e.Verbs, Agents: e.Agents, Discards: e.Discards, Issues: e.Issues}
	if e.Actors != "" {
		f.Actors = []string{e.Actors}
	}
	return f
}

// Setting is one <Config option=... value=...> switch.
type Setting struct {
	Option, Value string
}

// Record is one <Sentence>.
type Record struct {
	ID       string
	Category string
	Date     time.Time // zero when the date attribute is missing or bad
	DateText string
	Sentence bool // sentence="true"
	Text     string
	Parse    string
	Expected []Expected
	// Config holds every <Config> switch seen before this record, in order
	// (the Environment's first); later settings of an option win.
	Config []Setting
	Line   int   // line of the <Sentence> tag
	Offset int64 // byte offset of the <Sentence> tag
}

// Expected is one <EventCoding>: an event, or "no events", or an expected error.
type Expected struct {
	Source, Target, Code string
	NoEvents             bool
	Error                string
}

// MaxRecordBytes bounds the text a single record may hold.
const MaxRecordBytes = 1 << 20

// Read reads a PETR XML file. Malformed records are skipped and reported in the
// returned dyad.ErrorList with their line; an unreadable file is an EINVALID error.
func Read(name string, r io.Reader) (*File, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, dyad.E(dyad.EINVALID, "petrxml: "+name, err)
	}
	f := &File{Name: name}
	var errs dyad.ErrorList
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	var settings []Setting
	lineAt := func(off int64) int {
		if off > int64(len(data)) {
			off = int64(len(data))
		}
		return 1 + bytes.Count(data[:off], []byte{'\n'})
	}
	var rec *Record
	var field *strings.Builder
	inEnv := false
	envField := ""
	var envText strings.Builder
	for {
		off := dec.InputOffset()
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs.Add(name, lineAt(dec.InputOffset()), "xml: %v", unwrapXML(err))
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "Environment":
				inEnv = true
				if f.Env == nil {
					f.Env = &Env{}
				}
			case "Config":
				s := Setting{Option: attr(t, "option"), Value: attr(t, "value")}
				if s.Option == "" {
					errs.Add(name, lineAt(off), "<Config> without option")
					continue
				}
				settings = append(settings, s)
				if inEnv {
					f.Env.Config = append(f.Env.Config, s)
				}
			case "Sentence":
				if rec != nil {
					errs.Add(name, lineAt(off), "<Sentence> inside record %q", rec.ID)
				}
				rec = &Record{
					ID:       attr(t, "id"),
					Category: attr(t, "category"),
					DateText: attr(t, "date"),
					Sentence: strings.EqualFold(attr(t, "sentence"), "true"),
					Config:   append([]Setting(nil), settings...),
					Line:     lineAt(off),
					Offset:   off,
				}
				if d, err := time.Parse("20060102", rec.DateText); err == nil {
					rec.Date = d
				} else {
					errs.Add(name, rec.Line, "record %q: bad date %q: want YYYYMMDD", rec.ID, rec.DateText)
				}
			case "EventCoding":
				if rec == nil {
					errs.Add(name, lineAt(off), "<EventCoding> outside a <Sentence>")
					continue
				}
				e := Expected{Source: attr(t, "sourcecode"), Target: attr(t, "targetcode"), Code: attr(t, "eventcode"),
					Error: attr(t, "error"), NoEvents: attr(t, "noevents") != ""}
				if e.Code == "" && !e.NoEvents && e.Error == "" {
					errs.Add(name, lineAt(off), "record %q: <EventCoding> without eventcode, noevents or error", rec.ID)
					continue
				}
				rec.Expected = append(rec.Expected, e)
			case "Text", "Parse":
				if rec != nil {
					field = &strings.Builder{}
				}
			default:
				if inEnv {
					envField = t.Name.Local
					envText.Reset()
				}
			}
		case xml.CharData:
			if field != nil {
				if field.Len()+len(t) > MaxRecordBytes {
					errs.Add(name, lineAt(off), "record too large")
					field = nil
					continue
				}
				field.Write(t)
			} else if inEnv && envField != "" {
				envText.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "Environment":
				inEnv = false
			case "Text":
				if rec != nil && field != nil {
					rec.Text = strings.Join(strings.Fields(field.String()), " ")
				}
				field = nil
			case "Parse":
				if rec != nil && field != nil {
					rec.Parse = strings.TrimSpace(field.String())
				}
				field = nil
			case "Sentence":
				if rec != nil {
					if rec.ID == "" {
						errs.Add(name, rec.Line, "<Sentence> without id")
					}
					f.Records = append(f.Records, *rec)
				}
				rec = nil
			default:
				if inEnv && t.Name.Local == envField {
					f.Env.set(envField, strings.TrimSpace(envText.String()))
					envField = ""
				}
			}
		}
	}
	return f, errs.Err()
}

func (e *Env) set(field, v string) {
	switch field {
	case "Verbfile":
		e.Verbs = v
	case "Actorfile":
		e.Actors = v
	case "Agentfile":
		e.Agents = v
	case "Discardfile":
		e.Discards = v
	case "Issuefile":
		e.Issues = v
	case "Include":
		e.Include = strings.Fields(v)
	case "Exclude":
		e.Exclude = strings.Fields(v)
	}
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

func unwrapXML(err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return errors.New(se.Msg)
	}
	return err
}
