package coder

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// scopes maps a pattern to the verbs of its block it was written for.
//
// The PETRARCH-1 verb file merged TABARI's per-verb patterns into blocks of
// synonyms, and kept the verb each pattern came from in its comment:
// "- * + TO [043:042]  # WELCOME <oy 16 Nov 2005>" sits in the ACCLAIM block
// beside PRAISE. PETRARCH tries every pattern of a block on every verb of it,
// so "praised Haiti's efforts to ..." became a visit (043). A pattern whose
// comment names verbs of its own block applies to those verbs first; one
// with no such comment applies to the whole block, as before. The block's
// other verbs try it only after every pattern of their own has failed
// (codeVerbs' `later`; crossscope.go keeps out rows of prepositions alone):
// PETRARCH's documentation calls a block's verbs synonymous "with respect
// to the patterns", and a strict scope, measured when scopes came in
// (docs/notes/coder.md) and again in round thirty-seven (scope43), lost
// more right events than it removed wrong ones.
//
// The dictionary reader drops comments, so they are read again from the
// verb files as read into the set (Set.VerbText), the pipeline's own
// dyad.verbs.txt among them; a pattern takes a scope only when the line at
// its position in its file is that very pattern. The verbs of an extension
// section "--- +NAME ---" are those of the block NAME as read so far, with
// any the section lists.
//
// scopes[b][i] holds the verbs of pattern i of block b, nil for the block.
type scopes [][][]string

// scopesOf finds the scopes of the patterns of d.
func scopesOf(d *dict.Set) scopes {
	if d == nil || d.Verbs == nil {
		return nil
	}
	var srcs []dict.Source
	seen := map[string]bool{}
	for _, f := range d.Files {
		if data := d.VerbText(f); data != nil && !seen[f] {
			seen[f] = true
			srcs = append(srcs, dict.Source{Kind: dict.KindVerbs, Name: f, Data: data})
		}
	}
	if len(srcs) == 0 {
		return nil
	}
	byLine := readScopes(srcs)
	sc := make(scopes, len(d.Verbs.Blocks))
	for b := range d.Verbs.Blocks {
		ps := d.Verbs.Blocks[b].Patterns
		for i := range ps {
			p := &ps[i]
			l, ok := byLine[p.File+":"+strconv.Itoa(p.Line)]
			if ok && strings.Join(strings.Fields(l.text), " ") == strings.Join(strings.Fields(p.Text), " ") {
				if sc[b] == nil {
					sc[b] = make([][]string, len(ps))
				}
				sc[b][i] = l.verbs
			}
		}
	}
	return sc
}

// scopeLine is a pattern line whose comment names verbs of its block.
type scopeLine struct {
	text  string // the pattern as written, without '-' and comment
	verbs []string
}

// readScopes reads the pattern comments of verb files, by "file:line".
func readScopes(srcs []dict.Source) map[string]scopeLine {
	sc := map[string]scopeLine{}
	// The verbs of each block by name, over the files read so far. An
	// extension section "--- +APPREHEND ---" of a later file lists few or
	// none of its block's verbs, yet its rows' comments name them ("# SEIZE"
	// under +APPREHEND, "# CRACK" under +HURT). Read against the section's
	// own list only, such a comment named nothing of the block and the row
	// applied to all of it: round thirty's ship rows, "Scoped to SEIZE and
	// CAPTURE", made "police arrested a bus driver" a hijacking (181).
	blockVerbs := map[string]map[string]bool{}
	for _, src := range srcs {
		var block map[string]bool
		var blockName string
		var pending []string // pattern keys of the block, with their text and comment verbs
		var texts []string
		var names [][]string
		var blocks []map[string]bool // per pattern of pending: its block
		verbOf := map[string]bool{}  // the file's verbs, whatever their block
		flush := func() {
			for i, k := range pending {
				var in, other []string
				for _, v := range names[i] {
					if blocks[i][v] {
						in = append(in, v)
					} else if verbOf[v] {
						other = append(other, v)
					}
				}
				switch {
				case len(in) > 0:
					sc[k] = scopeLine{texts[i], in}
				case len(other) > 0:
					// Filed under another block's verb: the 2015 file put
					// URGE's appeals (02x) in the DEMAND block, where they
					// are not DEMAND's, PRESS's or NEED's own patterns.
					sc[k] = scopeLine{texts[i], other}
				}
			}
			pending, texts, names, blocks = pending[:0], texts[:0], names[:0], blocks[:0]
		}
		r := bufio.NewScanner(bytes.NewReader(src.Data))
		r.Buffer(make([]byte, 0, 64*1024), 1<<20)
		for n := 1; r.Scan(); n++ {
			line := strings.TrimSpace(r.Text())
			switch {
			case strings.HasPrefix(line, "---"):
				block = map[string]bool{}
				name, extends, _ := dict.BlockName(line)
				if extends {
					for v := range blockVerbs[name] {
						block[v] = true
					}
				}
				if blockVerbs[name] == nil {
					blockVerbs[name] = map[string]bool{}
				}
				blockName = name
			case strings.HasPrefix(line, "-"):
				c := strings.IndexByte(line, '#')
				if c < 0 || block == nil {
					continue
				}
				var vs []string
				for _, part := range strings.Split(line[c+1:], ",") {
					if f := strings.Fields(part); len(f) > 0 {
						vs = append(vs, strings.ToUpper(f[0]))
					}
				}
				pending = append(pending, src.Name+":"+strconv.Itoa(n))
				texts = append(texts, line[1:c])
				names = append(names, vs)
				blocks = append(blocks, block)
			case line == "" || line[0] == '#' || line[0] == '&' || line[0] == '+' || line[0] == '<':
			default:
				if block != nil {
					w := line
					if i := strings.IndexAny(w, "{[#"); i >= 0 {
						w = w[:i]
					}
					w = strings.Join(strings.Fields(strings.ToUpper(w)), "_")
					if w != "" {
						block[w] = true
						verbOf[w] = true
						blockVerbs[blockName][w] = true
					}
				}
			}
		}
		flush()
	}
	return sc
}

// applies reports whether pattern pi of verb f's block was written for f
// or for the whole block.
func (c *Coder) applies(pi int, f *dict.Form) bool {
	if int(f.Block) >= len(c.scope) || c.scope[f.Block] == nil {
		return true
	}
	vs := c.scope[f.Block][pi]
	if vs == nil {
		return true
	}
	for _, v := range vs {
		if v == f.Verb {
			return true
		}
	}
	return false
}

// foreignNull undoes a null pattern written for another verb of the block.
// CLASH's "- * SINCE [---]" blanks "clashes since ..." (a background
// phrase), but tried on ATTACK, as the scope rule's fallback, it deleted
// "Iran attacked Iraq on Monday, the first attack since the ceasefire".
// Another verb's pattern that codes nothing says nothing about this verb:
// the verb's own code stands (refined as a default would be). A null
// pattern of the verb's own, and a negated verb, keep the null.
func (s *sent) foreignNull(code string, pat *dict.Pattern, f *dict.Form, b *dict.Block, vs, ve, lowEnd int) string {
	if code != nullCode || pat == nil || f.Code == "" || f.Code == nullCode || s.c.applies(patIndex(b, pat), f) || s.negated(vs) {
		return code
	}
	code = f.Code
	if s.c.opt.SubCodes {
		code = s.subcode(s.intent(code, vs), ve+1, lowEnd, f.Verb)
	}
	return code
}
