package learn

import (
	"bufio"
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// The model file is plain text, one fact a line, so that a retrained
// model reads as a diff:
//
//	# comment
//	setting NAME VALUE          (drop_at, relabel_at, lambda, epochs, min_support, refine)
//	classes CLASS...            (KEEP DROP then codes; weights refer to them by index)
//	candidates<TAB>CODE PATTERN<TAB>INDEX...  (the codes an event of that code and pattern may take)
//	FEATURE<TAB>INDEX:WEIGHT ...  (a feature's weights; features sorted)
//
// Weights have four decimals and zeros are left out, so training twice
// writes the same bytes.

// Marshal writes the model file.
func (m *Model) Marshal() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("# dyad learned component (package learn): trained by \"dyad train\" on the dev halves of the news sets; see docs/notes/learn.md\n")
	fmt.Fprintf(&b, "setting drop_at %s\nsetting relabel_at %s\nsetting lambda %s\nsetting epochs %d\nsetting min_support %d\n",
		num(m.DropAt), num(m.RelabelAt), num(m.Lambda), m.Epochs, m.MinSupport)
	if m.NoRefine {
		// Written only when set, so a model that may refine reads as
		// the files written before the setting existed.
		b.WriteString("setting refine 0\n")
	}
	fmt.Fprintf(&b, "classes %s\n", strings.Join(m.Classes, " "))
	for _, key := range slices.Sorted(maps.Keys(m.Candidates)) {
		if strings.ContainsAny(key, "\t\n") {
			return nil, fmt.Errorf("learn: candidate key %q holds a tab or newline", key)
		}
		fmt.Fprintf(&b, "candidates\t%s\t", key)
		for i, c := range m.Candidates[key] {
			if i > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%d", c)
		}
		b.WriteByte('\n')
	}
	for _, f := range slices.Sorted(maps.Keys(m.Weights)) {
		if strings.ContainsAny(f, "\t\n") {
			return nil, fmt.Errorf("learn: feature %q holds a tab or newline", f)
		}
		b.WriteString(f)
		sep := byte('\t')
		ws := m.Weights[f]
		for _, c := range slices.Sorted(maps.Keys(ws)) {
			b.WriteByte(sep)
			fmt.Fprintf(&b, "%d:%s", c, num(ws[c]))
			sep = ' '
		}
		b.WriteByte('\n')
	}
	return b.Bytes(), nil
}

func num(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

// Parse reads a model file and prepares it for scoring.
func Parse(data []byte) (*Model, error) {
	m := &Model{Candidates: map[string][]int{}, Weights: map[string]map[int]float64{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if err := m.parseLine(line); err != nil {
			return nil, fmt.Errorf("learn: model line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("learn: model line %d: %w", n+1, err)
	}
	if err := m.prepare(); err != nil {
		return nil, err
	}
	return m, nil
}

func (m *Model) parseLine(line string) error {
	if rest, ok := strings.CutPrefix(line, "candidates\t"); ok {
		key, cs, ok := strings.Cut(rest, "\t")
		if !ok || m.Candidates[key] != nil {
			return fmt.Errorf("bad candidates line")
		}
		for _, c := range strings.Fields(cs) {
			ci, err := strconv.Atoi(c)
			if err != nil {
				return fmt.Errorf("candidates %s: %w", key, err)
			}
			m.Candidates[key] = append(m.Candidates[key], ci)
		}
		return nil
	}
	if f, ws, ok := strings.Cut(line, "\t"); ok {
		if m.Weights[f] != nil {
			return fmt.Errorf("feature %q twice", f)
		}
		cws := strings.Fields(ws)
		if len(cws) == 0 {
			// Marshal writes no such line: it would come back without
			// its tab, unreadable.
			return fmt.Errorf("feature %q has no weights", f)
		}
		m.Weights[f] = map[int]float64{}
		for _, cw := range cws {
			c, w, ok := strings.Cut(cw, ":")
			ci, err1 := strconv.Atoi(c)
			wf, err2 := strconv.ParseFloat(w, 64)
			if !ok || err1 != nil || err2 != nil {
				return fmt.Errorf("feature %q: bad weight %q", f, cw)
			}
			m.Weights[f][ci] = wf
		}
		return nil
	}
	fs := strings.Fields(line)
	switch {
	case len(fs) == 3 && fs[0] == "setting":
		x, err := strconv.ParseFloat(fs[2], 64)
		if err != nil {
			return fmt.Errorf("setting %s: %w", fs[1], err)
		}
		switch fs[1] {
		case "drop_at":
			m.DropAt = x
		case "relabel_at":
			m.RelabelAt = x
		case "lambda":
			m.Lambda = x
		case "epochs":
			m.Epochs = int(x)
		case "min_support":
			m.MinSupport = int(x)
		case "refine":
			// 0 or 1 only: a typo ("0.5", "2") must not silently
			// leave the model refining.
			if x != 0 && x != 1 {
				return fmt.Errorf("setting refine %s: want 0 or 1", fs[2])
			}
			m.NoRefine = x == 0
		default:
			return fmt.Errorf("unknown setting %q", fs[1])
		}
	case len(fs) >= 1 && fs[0] == "classes":
		m.Classes = fs[1:]
	default:
		return fmt.Errorf("cannot read %q", line)
	}
	return nil
}
