package report

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Dyad is a (source, target) pair of actor code prefixes: "CHN-IRN" is every
// event from a Chinese actor to an Iranian one, "CHNMIL-IRN" only those of
// the Chinese military.
type Dyad struct {
	Source string `json:"source"`
	Target string `json:"target"`
}

// ParseDyad reads "SOURCE-TARGET", case-insensitively.
func ParseDyad(s string) (Dyad, error) {
	src, tgt, ok := strings.Cut(strings.TrimSpace(s), "-")
	d := Dyad{strings.ToUpper(strings.TrimSpace(src)), strings.ToUpper(strings.TrimSpace(tgt))}
	if !ok || !isCode(d.Source) || !isCode(d.Target) {
		return Dyad{}, dyad.Errorf(dyad.EINVALID, "dyad %q: want SOURCE-TARGET actor codes, e.g. CHN-IRN", s)
	}
	return d, nil
}

// ParseDyads reads a comma-separated list of dyads ("CHN-SAU,CHN-ARE").
func ParseDyads(s string) ([]Dyad, error) {
	var out []Dyad
	for _, p := range strings.Split(s, ",") {
		if strings.TrimSpace(p) == "" {
			continue
		}
		d, err := ParseDyad(p)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

func isCode(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// String is the form ParseDyad reads.
func (d Dyad) String() string { return d.Source + "-" + d.Target }

// Label is the dyad for people: "CHN → IRN".
func (d Dyad) Label() string { return d.Source + " → " + d.Target }

// Filter returns f narrowed to the dyad.
func (d Dyad) Filter(f dyad.EventFilter) dyad.EventFilter {
	f.Source, f.Target, f.Actor = d.Source, d.Target, ""
	return f
}
