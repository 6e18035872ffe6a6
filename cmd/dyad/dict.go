package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/tag"
)

func init() {
	register(&Command{Name: "dict", Summary: "check dictionaries (dict check [DIR]) and look up office-holders (dict who NAME)", Run: runDict})
}

func runDict(ctx context.Context, m *Main, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(m.Stderr, "Usage: dyad dict check [DIR]   lint a dictionary set (default: the embedded set)\n       dyad dict who NAME [--date D]")
		return dyad.Errorf(dyad.EINVALID, "want a subcommand: check or who")
	}
	switch args[0] {
	case "check":
		return runDictCheck(ctx, m, args[1:])
	case "who":
		return runDictWho(ctx, m, args[1:])
	}
	return dyad.Errorf(dyad.EINVALID, "unknown subcommand %q: want check or who", args[0])
}

// dictKind guesses a dictionary file's kind from its name, as the PETRARCH
// files are named (PETR.Validate.verbs.txt, Phoenix.agents.txt, CAMEO.2.0.txt).
func dictKind(name string) (dict.Kind, bool) {
	n := strings.ToLower(name)
	switch {
	case strings.Contains(n, "verb") || strings.HasPrefix(n, "cameo."):
		return dict.KindVerbs, true
	case strings.Contains(n, "actor"):
		return dict.KindActors, true
	case strings.Contains(n, "agent"):
		return dict.KindAgents, true
	case strings.Contains(n, "discard"):
		return dict.KindDiscards, true
	case strings.Contains(n, "issue"):
		return dict.KindIssues, true
	}
	return "", false
}

// runDictCheck reads every dictionary file of DIR (or the embedded set) and
// prints each malformed line as file:line: message.
func runDictCheck(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("dict check", "[--holders FILE.tsv] [DIR]")
	holders := fs.String("holders", "", "office-holder table to lint (default: the built-in 2014–2026 table when DIR is not given)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	var srcs []dict.Source
	if len(pos) == 0 {
		srcs = dict.DefaultSources()
	} else {
		names, err := filepath.Glob(filepath.Join(pos[0], "*.txt"))
		if err != nil {
			return dyad.E(dyad.EINVALID, "dict check", err)
		}
		if st, err := os.Stat(pos[0]); err != nil || !st.IsDir() {
			return dyad.Errorf(dyad.ENOTFOUND, "check: %s is not a directory", pos[0])
		}
		sort.Strings(names)
		for _, p := range names {
			kind, ok := dictKind(filepath.Base(p))
			if !ok {
				fmt.Fprintf(m.Stderr, "%s: skipped: not a verbs, actors, agents, discards or issues file\n", p)
				continue
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return dyad.E(dyad.EINVALID, "dict check", err)
			}
			srcs = append(srcs, dict.Source{Kind: kind, Name: p, Data: data})
		}
		if len(srcs) == 0 {
			return dyad.Errorf(dyad.ENOTFOUND, "check: no dictionary files in %s", pos[0])
		}
	}
	set, err := dict.Build(srcs)
	var list dyad.ErrorList
	errors.As(err, &list)
	// A malformed line of a copied file stays malformed (the copies are never
	// edited); an overlay that corrects it says so with an "# errata: FILE:LINE"
	// comment. Those lines are listed as corrected and not counted, so the
	// count a user sees is the lines nobody has dealt with.
	errata := dict.Errata(srcs)
	corrected, open := dict.SplitErrata(list, errata)
	for _, e := range open {
		fmt.Fprintln(m.Stdout, e)
	}
	for _, e := range corrected {
		fmt.Fprintf(m.Stdout, "%s (corrected: %s)\n", e, errata[dict.ErrataKey(e)])
	}
	fmt.Fprintf(m.Stderr, "%d files: %d verb blocks, %d verb forms, %d actors, %d agent forms, %d discards, %d issue phrases; %d errors, %d more corrected by an overlay\n",
		len(srcs), len(set.Verbs.Blocks), set.Verbs.NumForms(), set.Actors.Len(), set.Agents.Len(), len(set.Discards.Entries), len(set.Issues.Entries), len(open), len(corrected))
	if set != nil {
		shadowed := set.Actors.Shadowed()
		for _, e := range shadowed {
			fmt.Fprintln(m.Stdout, e)
		}
		if len(shadowed) > 0 {
			fmt.Fprintf(m.Stderr, "actors: %d synonyms never code: an earlier entry has the phrase with other codes (review; an overlay can give it its own entry)\n", len(shadowed))
		}
	}
	if n := checkCommonWords(m, set, len(pos) == 0); n > 0 {
		fmt.Fprintf(m.Stderr, "actors: %d one-word phrases are common English words (matched only when capitalised in the text; review, and drop false ones with !PHRASE in an overlay)\n", n)
	}
	warnings, err := checkHolders(m, *holders, len(pos) == 0)
	if err != nil {
		return err
	}
	if warnings > 0 {
		fmt.Fprintf(m.Stderr, "office holders: %d findings to review (overlapping terms, codes not in CAMEO, aliases shared in office)\n", warnings)
	}
	if len(open) > 0 {
		return dyad.Errorf(dyad.EINVALID, "check: %d malformed lines", len(open))
	}
	return nil
}

// checkCommonWords prints the one-word actor phrases of set that are
// common English words: words of the set's own verb, synonym and agent
// dictionaries, or frequent words of the tagger's model. With builtin the
// office-holder dictionary's aliases are checked too. It returns how many.
func checkCommonWords(m *Main, set *dict.Set, builtin bool) int {
	if set == nil {
		return 0
	}
	vocab := set.Vocabulary()
	model := tag.Default()
	common := func(w string) bool { return vocab[w] || model.FrequentWord(w) }
	list := set.Actors.CommonWords(common)
	if builtin {
		holders, _ := dict.Build([]dict.Source{{Kind: dict.KindActors, Name: "dyad.officeholders.actors.txt", Data: []byte(actor.Dictionary())}})
		if holders != nil {
			list = append(list, holders.Actors.CommonWords(common)...)
		}
	}
	for _, e := range list {
		fmt.Fprintln(m.Stdout, e)
	}
	return len(list)
}

// checkHolders lints an office-holder table — the named file, or the built-in
// one when builtin — and prints each finding as file:line: message. Findings
// are for review, not errors: some overlaps are real (one person holding a
// state office while commanding a rebel force).
func checkHolders(m *Main, path string, builtin bool) (n int, err error) {
	var h *actor.Holders
	switch {
	case path != "":
		f, err := os.Open(path)
		if err != nil {
			return 0, dyad.E(dyad.ENOTFOUND, "dict check", err)
		}
		defer f.Close()
		var loadErr error
		if h, loadErr = actor.Load(f, path); h == nil {
			return 0, dyad.E(dyad.EINVALID, "dict check", loadErr)
		}
		var bad dyad.ErrorList
		if errors.As(loadErr, &bad) {
			for _, e := range bad {
				fmt.Fprintln(m.Stdout, e)
			}
			defer func() { n += len(bad) }()
		}
	case builtin:
		h = actor.Default()
	default:
		return 0, nil
	}
	if err := h.Check(); err != nil {
		var list dyad.ErrorList
		if !errors.As(err, &list) {
			fmt.Fprintln(m.Stdout, err)
			return 1, nil
		}
		for _, e := range list {
			fmt.Fprintln(m.Stdout, e)
		}
		return len(list), nil
	}
	return 0, nil
}
