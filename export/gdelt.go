package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// GDELTColumns are the 61 columns of a GDELT 2.0 event record, in file order.
// GDELT's export files carry no header line, and neither does this writer.
var GDELTColumns = []string{
	"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
	"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

type gdeltWriter struct {
	w      *bufio.Writer
	topics bool // a trailing 62nd column of topics
}

func newGDELT(w io.Writer) *gdeltWriter { return &gdeltWriter{w: bufio.NewWriter(w)} }

func (g *gdeltWriter) Close() error { return g.w.Flush() }

// Write writes one event as a GDELT 2.0 record. What dyad does not know is
// left empty the way GDELT leaves it empty (ethnic and religion codes, ADM
// codes, actor geography); AvgTone, which dyad does not measure, is 0. The
// event's place is written with GDELT's FIPS 10-4 country codes (see
// gdeltGeo).
func (g *gdeltWriter) Write(e *dyad.StoredEvent) error {
	f := make([]string, 0, len(GDELTColumns))
	f = append(f, strconv.FormatInt(e.ID, 10))
	if e.Date.IsZero() {
		f = append(f, "", "", "", "")
	} else {
		f = append(f, e.Date.Format("20060102"), e.Date.Format("200601"), e.Date.Format("2006"), fractionDate(e.Date))
	}
	f = gdeltActor(f, e.Source, e.Mention.Source.Text)
	f = gdeltActor(f, e.Target, e.Mention.Target.Text)
	root := "0"
	if e.Mention.Sentence == 0 {
		root = "1" // from the lead sentence
	}
	base := string(e.Code)
	if len(base) > 3 {
		base = base[:3]
	}
	f = append(f, root, string(e.Code), base, e.Root, strconv.Itoa(e.Quad),
		strconv.FormatFloat(e.Goldstein, 'f', -1, 64),
		strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles), "0")
	f = append(f, "0", "", "", "", "", "", "", "") // Actor1Geo
	f = append(f, "0", "", "", "", "", "", "", "") // Actor2Geo
	f = gdeltGeo(f, e.Location)
	added := e.Added
	if added.IsZero() {
		added = e.Date
	}
	if added.IsZero() {
		f = append(f, "")
	} else {
		f = append(f, added.Format("20060102150405"))
	}
	f = append(f, e.Mention.DocURL)
	if g.topics {
		f = append(f, strings.Join(e.Topics, ";"))
	}
	return writeTSV(g.w, f)
}

// fractionDate is GDELT's YYYY.FFFF: the year plus the fraction of it
// elapsed before the day, from .0000 on 1 January to .9973 on 31 December.
func fractionDate(t time.Time) string {
	days := time.Date(t.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24
	return strconv.FormatFloat(float64(t.Year())+float64(t.YearDay()-1)/days, 'f', 4, 64)
}

func gdeltActor(f []string, code, name string) []string {
	if code == "" {
		return append(f, "", "", "", "", "", "", "", "", "", "")
	}
	p := splitActor(code)
	return append(f, code, strings.ToUpper(name), p.Country, p.Group, "", "", "", p.typ(0), p.typ(1), p.typ(2))
}

// gdeltGeo appends the ActionGeo columns as GDELT fills them: type 1
// (country), 3 (a city in the United States: GDELT's codebook keeps types 2
// and 3 for US states and cities) or 4 (world city), the full name
// ("Tehran, Iran"), the FIPS 10-4 country code, the ADM1 code (the
// country's FIPS code: dyad does not know provinces), latitude, longitude,
// and the feature id (the FIPS code for a country; empty for a city, whose
// GNS id dyad does not have). A country
// without a FIPS code keeps its names and coordinates with empty codes.
func gdeltGeo(f []string, l *dyad.Location) []string {
	if l == nil {
		return append(f, "0", "", "", "", "", "", "", "")
	}
	c, ok := countries()[l.Country]
	if !ok {
		c.name = l.Country
	}
	typ, name, feature := "1", c.name, c.fips
	if l.Place != "" {
		typ, name, feature = "4", l.Place+", "+c.name, ""
		if l.Country == "USA" {
			typ = "3" // "Washington" (or "the White House"): a US city
		}
	}
	lat, lon := "", ""
	if l.Lat != 0 || l.Lon != 0 {
		lat, lon = strconv.FormatFloat(l.Lat, 'f', -1, 64), strconv.FormatFloat(l.Lon, 'f', -1, 64)
	}
	return append(f, typ, name, c.fips, c.fips, "", lat, lon, feature)
}
