package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

// PhoenixColumns are the 26 columns of the Phoenix event data files, in order.
// Like the daily Phoenix files, the output has no header line.
var PhoenixColumns = []string{
	"EventID", "Date", "Year", "Month", "Day",
	"SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
	"TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
	"EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues",
	"Lat", "Lon", "LocationName", "StateName", "CountryCode",
	"SentenceID", "URLs", "NewsSources",
}

type phoenixWriter struct{ w *bufio.Writer }

func newPhoenix(w io.Writer) *phoenixWriter { return &phoenixWriter{bufio.NewWriter(w)} }

func (p *phoenixWriter) Close() error { return p.w.Flush() }

// Write writes one event as a Phoenix record: actors split into entity
// (country or organisation), role and attribute; issues are the event's
// topics joined by ";".
func (p *phoenixWriter) Write(e *dyad.StoredEvent) error {
	f := make([]string, 0, len(PhoenixColumns))
	f = append(f, strconv.FormatInt(e.ID, 10))
	if e.Date.IsZero() {
		f = append(f, "", "", "", "")
	} else {
		f = append(f, e.Date.Format("20060102"), e.Date.Format("2006"), strconv.Itoa(int(e.Date.Month())), strconv.Itoa(e.Date.Day()))
	}
	f = phoenixActor(f, e.Source)
	f = phoenixActor(f, e.Target)
	f = append(f, string(e.Code), e.Root, strconv.Itoa(e.Quad), strconv.FormatFloat(e.Goldstein, 'f', -1, 64), strings.Join(e.Topics, ";"))
	if l := e.Location; l != nil {
		f = append(f, strconv.FormatFloat(l.Lat, 'f', -1, 64), strconv.FormatFloat(l.Lon, 'f', -1, 64), l.Place, "", l.Country)
	} else {
		f = append(f, "", "", "", "", "")
	}
	f = append(f, e.Mention.SentenceID, e.Mention.DocURL, e.Mention.DocSource)
	return writeTSV(p.w, f)
}

func phoenixActor(f []string, code string) []string {
	entity, role, attr := "", "", ""
	if len(code) >= 3 {
		entity = code[:3]
	}
	if len(code) >= 6 {
		role = code[3:6]
	}
	if len(code) >= 9 {
		attr = code[6:9]
	}
	return append(f, code, entity, role, attr)
}
