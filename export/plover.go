package export

import (
	"bufio"
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/topic"
)

// ploverRecord is one PLOVER event as a JSON object: the event type, mode and
// context from the CAMEO→PLOVER crosswalk, actor and recipient objects, and
// the provenance of the event.
type ploverRecord struct {
	ID          string           `json:"id"`
	Date        string           `json:"date"`
	EventType   string           `json:"event_type"`
	Mode        string           `json:"mode"`
	Context     []string         `json:"context"`
	Actor       ploverActor      `json:"actor"`
	Recipient   ploverActor      `json:"recipient"`
	CAMEO       string           `json:"cameo_code"`
	QuadClass   int              `json:"quad_class"`
	Goldstein   float64          `json:"goldstein"`
	Location    *ploverPlace     `json:"location,omitempty"`
	Topics      []string         `json:"topics,omitempty"`
	NumMentions int              `json:"num_mentions"`
	NumSources  int              `json:"num_sources"`
	NumArticles int              `json:"num_articles"`
	Source      ploverProvenance `json:"source"`
}

type ploverActor struct {
	Code    string   `json:"code"`
	Name    string   `json:"name"`
	Country string   `json:"country"`
	Group   string   `json:"group,omitempty"`
	Sectors []string `json:"sectors"`
	// Also are the words naming the other people the side stands for
	// (dyad.Actor.Also: "met Raisi and Ashtiani" is one event whose
	// recipient names Raisi, with Ashtiani here). Name is the mention's
	// words, so these go beside it; spans and entries stay in dyad's own
	// formats (jsonl), as PLOVER records carry no spans.
	Also []string `json:"also,omitempty"`
}

type ploverPlace struct {
	Country string  `json:"country"`
	Name    string  `json:"name,omitempty"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

type ploverProvenance struct {
	Publisher string `json:"publisher,omitempty"`
	URL       string `json:"url,omitempty"`
	Document  string `json:"document"`
	Sentence  string `json:"sentence_id"`
	Text      string `json:"text"`
	Pattern   string `json:"pattern,omitempty"`
}

type ploverWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func newPLOVER(w io.Writer) *ploverWriter {
	b := bufio.NewWriter(w)
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	return &ploverWriter{b, enc}
}

func (p *ploverWriter) Close() error { return p.w.Flush() }

// Write writes one event as a PLOVER JSON line. A code the crosswalk does
// not map takes the reading of its nearest parent code; one without any
// keeps an empty event_type. The context is the crosswalk's for the code
// followed by those the event's topics imply (topic.PLOVER: ARMS/DRONE is
// military), without repeats.
func (p *ploverWriter) Write(e *dyad.StoredEvent) error {
	pl := crosswalk(e.Code)
	r := ploverRecord{
		ID:          "dyad-" + strconv.FormatInt(e.ID, 10),
		EventType:   pl.Event,
		Mode:        pl.Mode,
		Context:     []string{},
		Actor:       ploverActorOf(e.Source, e.Mention.Source),
		Recipient:   ploverActorOf(e.Target, e.Mention.Target),
		CAMEO:       string(e.Code),
		QuadClass:   e.Quad,
		Goldstein:   e.Goldstein,
		Topics:      e.Topics,
		NumMentions: e.NumMentions, NumSources: e.NumSources, NumArticles: e.NumArticles,
		Source: ploverProvenance{Publisher: e.Mention.DocSource, URL: e.Mention.DocURL, Document: e.Mention.Doc,
			Sentence: e.Mention.SentenceID, Text: e.Mention.Text, Pattern: e.Mention.Pattern},
	}
	if !e.Date.IsZero() {
		r.Date = e.Date.Format(dyad.DateLayout)
	}
	for _, c := range strings.Split(pl.Context, ";") {
		if c = strings.TrimSpace(c); c != "" {
			r.Context = append(r.Context, c)
		}
	}
	for _, c := range topic.PLOVER(e.Topics...) { // the contexts the event's topics imply
		if !slices.Contains(r.Context, c) {
			r.Context = append(r.Context, c)
		}
	}
	if l := e.Location; l != nil {
		r.Location = &ploverPlace{Country: l.Country, Name: l.Place, Lat: l.Lat, Lon: l.Lon}
	}
	return p.enc.Encode(&r)
}

// crosswalk returns the PLOVER reading of code or of its nearest parent.
func crosswalk(code dyad.Code) cameo.PLOVER {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if info, ok := cameo.Lookup(c); ok && info.PLOVER.Event != "" {
			return info.PLOVER
		}
	}
	return cameo.PLOVER{}
}

func ploverActorOf(code string, m dyad.Actor) ploverActor {
	p := splitActor(code)
	a := ploverActor{Code: code, Name: m.Text, Country: p.Country, Group: p.Group, Sectors: []string{}}
	a.Sectors = append(a.Sectors, p.Types...)
	for _, x := range m.Also {
		a.Also = append(a.Also, x.Text)
	}
	return a
}
