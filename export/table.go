package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

// CSVColumns is the header of the csv format: one row per event with its
// representative sentence.
var CSVColumns = []string{"id", "date", "source", "target", "code", "name", "root", "quad", "goldstein",
	"num_mentions", "num_sources", "num_articles", "topics", "cluster", "doc", "sentence_id", "url", "publisher", "sentence"}

type csvWriter struct{ w *csv.Writer }

func newCSV(w io.Writer) (*csvWriter, error) {
	c := &csvWriter{csv.NewWriter(w)}
	return c, c.w.Write(CSVColumns)
}

func (c *csvWriter) Write(e *dyad.StoredEvent) error {
	date := ""
	if !e.Date.IsZero() {
		date = e.Date.Format(dyad.DateLayout)
	}
	return c.w.Write([]string{strconv.FormatInt(e.ID, 10), date, e.Source, e.Target, string(e.Code), e.Name, e.Root,
		strconv.Itoa(e.Quad), strconv.FormatFloat(e.Goldstein, 'f', -1, 64),
		strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles),
		strings.Join(e.Topics, ";"), e.Cluster, e.Mention.Doc, e.Mention.SentenceID, e.Mention.DocURL, e.Mention.DocSource, e.Mention.Text})
}

func (c *csvWriter) Close() error {
	c.w.Flush()
	return c.w.Error()
}

type jsonlWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func newJSONL(w io.Writer) *jsonlWriter {
	b := bufio.NewWriter(w)
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{b, enc}
}

// Write writes the stored event as one JSON object, with its representative
// mention (and all mentions when the event carries them).
func (j *jsonlWriter) Write(e *dyad.StoredEvent) error { return j.enc.Encode(e) }

func (j *jsonlWriter) Close() error { return j.w.Flush() }
