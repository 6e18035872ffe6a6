package dict

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

// errataMark starts an overlay comment naming the upstream lines the rows
// after it correct: "# errata: Phoenix.agents.txt:1927" (several positions
// may follow, separated by spaces or commas). The copied files are never
// edited, so their malformed lines stay malformed; the mark is how an overlay
// says one has been dealt with, so that `dyad dict check` can count only the
// lines nobody has dealt with.
const errataMark = "# errata:"

// Errata maps "file:line" of each upstream line an overlay among srcs marks
// as corrected to the overlay position of the mark ("dyad.agents.txt:40").
// Only files whose name starts with "dyad." are read: the copied files
// cannot vouch for themselves.
func Errata(srcs []Source) map[string]string {
	out := map[string]string{}
	for _, s := range srcs {
		name := baseName(s.Name)
		if !strings.HasPrefix(name, "dyad.") {
			continue
		}
		data := s.Data
		if data == nil {
			b, err := embedded.ReadFile("data/" + name)
			if err != nil {
				continue
			}
			data = b
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		for n := 1; sc.Scan(); n++ {
			t := strings.TrimSpace(sc.Text())
			if !strings.HasPrefix(t, errataMark) {
				continue
			}
			for _, pos := range strings.FieldsFunc(t[len(errataMark):], func(r rune) bool { return r == ' ' || r == ',' || r == '\t' }) {
				if i := strings.LastIndexByte(pos, ':'); i > 0 {
					if _, err := strconv.Atoi(pos[i+1:]); err == nil {
						out[pos] = name + ":" + strconv.Itoa(n)
					}
				}
			}
		}
	}
	return out
}

// SplitErrata separates list into the errors at positions errata marks as
// corrected and the rest, keeping the order of each.
func SplitErrata(list dyad.ErrorList, errata map[string]string) (corrected, open dyad.ErrorList) {
	for _, e := range list {
		if _, ok := errata[ErrataKey(e)]; ok {
			corrected = append(corrected, e)
		} else {
			open = append(open, e)
		}
	}
	return corrected, open
}

// ErrataKey is e's position as an errata mark names it: the file's base name
// (a checked directory's errors carry full paths) and the line.
func ErrataKey(e *dyad.PosError) string {
	return baseName(e.File) + ":" + strconv.Itoa(e.Line)
}

// baseName is a path's last element, whichever separator it was written
// with: a source's name and an error's file may be either.
func baseName(p string) string {
	return p[strings.LastIndexAny(p, `/\`)+1:]
}
