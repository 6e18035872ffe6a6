// Package cameo is the CAMEO event codebook — names, Goldstein scores, quad
// classes and the CAMEO→PLOVER crosswalk — embedded in the binary.
package cameo

import (
	"bufio"
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"github.com/dyadproject/dyad"
)

// Quad classes, as GDELT numbers them.
const (
	VerbalCoop       = 1
	MaterialCoop     = 2
	VerbalConflict   = 3
	MaterialConflict = 4
)

// QuadName returns the name of a quad class.
func QuadName(q int) string {
	switch q {
	case VerbalCoop:
		return "verbal cooperation"
	case MaterialCoop:
		return "material cooperation"
	case VerbalConflict:
		return "verbal conflict"
	case MaterialConflict:
		return "material conflict"
	}
	return ""
}

// Info is what the codebook says of one code.
type Info struct {
	Code        dyad.Code
	Root        string
	Level       int // 1 root, 2 three-digit, 3 four-digit
	Name        string
	Goldstein   float64
	Quad        int
	Description string
	Example     string // a news sentence from the CAMEO manual, when it has one
	PLOVER      PLOVER
}

// PLOVER is the PLOVER reading of a CAMEO code.
type PLOVER struct {
	Event   string // e.g. "CONSULT"; empty when PLOVER has no type for the code
	Mode    string // e.g. "visit"
	Context string // e.g. "military"; several are joined with ";"
}

var (
	//go:embed data/cameo_eventcodes.tsv
	eventcodesTSV string
	//go:embed data/CAMEO2PLOVER-2021.txt
	ploverTXT string
	//go:embed data/cameo_actor_codes.tsv
	actorCodesTSV string

	loadOnce sync.Once
	book     map[dyad.Code]*Info
	codes    []dyad.Code
	roles    map[string]string
	classes  map[string]string // actor code → class ("primary_role", "international_region", …)
)

func load() {
	book = make(map[dyad.Code]*Info, 320)
	rows := strings.Split(strings.TrimRight(eventcodesTSV, "\n"), "\n")
	for _, row := range rows[1:] {
		f := strings.Split(row, "\t")
		if len(f) < 10 {
			continue
		}
		c := dyad.Code(f[0])
		info := &Info{Code: c, Root: f[1], Name: f[3], Description: f[7], Example: f[9]}
		info.Level, _ = strconv.Atoi(f[2])
		g := f[5]
		if g == "" {
			g = f[6]
		}
		info.Goldstein, _ = strconv.ParseFloat(g, 64)
		info.Quad = QuadOf(c)
		book[c] = info
		codes = append(codes, c)
	}
	sc := bufio.NewScanner(strings.NewReader(ploverTXT))
	for sc.Scan() {
		code, p, ok := parsePloverLine(sc.Text())
		if !ok {
			continue
		}
		if info := book[code]; info != nil && info.PLOVER.Event == "" {
			info.PLOVER = p
		}
	}
	// Appeals (02x) take the PLOVER reading of the matching demand (10x).
	for _, c := range codes {
		if info := book[c]; strings.HasPrefix(string(c), "02") {
			demand := "10" + string(c[2:])
			if d := book[dyad.Code(demand)]; d != nil && d.PLOVER.Event != "" {
				info.PLOVER = d.PLOVER
			} else {
				info.PLOVER = PLOVER{Event: "REQUEST"}
			}
		}
	}
	roles, classes = make(map[string]string), make(map[string]string)
	for _, row := range strings.Split(strings.TrimRight(actorCodesTSV, "\n"), "\n")[1:] {
		f := strings.Split(row, "\t")
		if len(f) >= 3 {
			roles[f[0]], classes[f[0]] = f[2], f[1]
		}
	}
}

// parsePloverLine reads a crosswalk line such as
// "042: CONSULT, visit,   # Make a visit".
func parsePloverLine(line string) (dyad.Code, PLOVER, bool) {
	if i := strings.IndexByte(line, '#'); i >= 0 {
		line = line[:i]
	}
	code, rest, ok := strings.Cut(line, ":")
	code = strings.TrimSpace(code)
	if !ok || code == "" || strings.Trim(code, "0123456789") != "" {
		return "", PLOVER{}, false
	}
	f := strings.Split(rest, ",")
	var p PLOVER
	p.Event = strings.TrimSpace(f[0])
	if len(f) > 1 {
		p.Mode = strings.TrimSpace(f[1])
	}
	if len(f) > 2 {
		parts := strings.Split(f[2], ";")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		p.Context = strings.Trim(strings.Join(parts, ";"), ";")
	}
	return dyad.Code(code), p, p.Event != ""
}

// Lookup returns the codebook entry of code.
func Lookup(code dyad.Code) (Info, bool) {
	loadOnce.Do(load)
	info := book[code]
	if info == nil {
		return Info{}, false
	}
	return *info, true
}

// Known reports whether code is in the CAMEO table.
func Known(code dyad.Code) bool {
	loadOnce.Do(load)
	return book[code] != nil
}

// Codes returns every code of the table in codebook order.
func Codes() []dyad.Code {
	loadOnce.Do(load)
	return append([]dyad.Code(nil), codes...)
}

// QuadOf returns the quad class of a code from its root: 01–05 verbal
// cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20
// material conflict; 0 when the root is not 01–20.
func QuadOf(code dyad.Code) int {
	r, err := strconv.Atoi(code.Root())
	if err != nil || len(code) < 2 {
		return 0
	}
	switch {
	case r >= 1 && r <= 5:
		return VerbalCoop
	case r >= 6 && r <= 8:
		return MaterialCoop
	case r >= 9 && r <= 13:
		return VerbalConflict
	case r >= 14 && r <= 20:
		return MaterialConflict
	}
	return 0
}

// Fill sets the codebook fields of e (Root, Quad, Goldstein, PLOVER, Name) from
// e.Code. A code outside the table (dictionaries may define their own, such
// as "901" or "1721") keeps its root and quad from its digits; its Goldstein
// score and names are those of the nearest known parent code, if any.
func Fill(e *dyad.Event) {
	e.Root = e.Code.Root()
	e.Quad = QuadOf(e.Code)
	info, ok := nearest(e.Code)
	if !ok {
		return
	}
	e.Goldstein = info.Goldstein
	e.PLOVER = info.PLOVER.Event
	if info.Code == e.Code {
		e.Name = info.Name
	}
}

// nearest returns the entry of code or of its longest known prefix.
func nearest(code dyad.Code) (Info, bool) {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if info, ok := Lookup(c); ok {
			return info, true
		}
	}
	return Info{}, false
}

// RoleClass returns the class of a CAMEO actor code ("primary_role",
// "secondary_role", "international_generic", "international_region", …)
// and whether it is known.
func RoleClass(code string) (string, bool) {
	loadOnce.Do(load)
	c, ok := classes[code]
	return c, ok
}

// RoleName returns the description of a CAMEO actor role or type code ("GOV",
// "MIL", "IGO", …) and whether it is known.
func RoleName(code string) (string, bool) {
	loadOnce.Do(load)
	d, ok := roles[code]
	return d, ok
}
