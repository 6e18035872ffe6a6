// Command dyad codes political events from English news text, stores them and
// answers questions about them. Run "dyad help" for the subcommands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"

	"github.com/dyadproject/dyad"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	os.Exit(m.Run(ctx, os.Args[1:]))
}

// Main holds the program's standard streams so tests can run it in-process.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// Command is one subcommand. Each lives in its own file and registers itself
// with register in an init function.
type Command struct {
	Name    string
	Summary string // one line for "dyad help"
	// Run parses args with its own FlagSet and does the work.
	Run func(ctx context.Context, m *Main, args []string) error
}

var commands = map[string]*Command{}

func register(c *Command) { commands[c.Name] = c }

// errPartial is returned (wrapped) when a run finished but some inputs were rejected.
var errPartial = errors.New("some inputs were rejected")

// Run runs the subcommand named by args[0] and returns the exit status:
// 0 success, 1 failure, 2 bad usage or input, 3 finished with rejected inputs.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		m.usage()
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(m.Stderr, "dyad: unknown command %q; run 'dyad help'\n", args[0])
		return 2
	}
	err := c.Run(ctx, m, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errPartial):
		fmt.Fprintf(m.Stderr, "dyad %s: %v\n", c.Name, err)
		return 3
	}
	fmt.Fprintf(m.Stderr, "dyad %s: %v\n", c.Name, err)
	if dyad.ErrorKind(err) == dyad.EINVALID || dyad.ErrorKind(err) == dyad.ENOTFOUND {
		return 2
	}
	return 1
}

func (m *Main) usage() {
	fmt.Fprintln(m.Stderr, "dyad codes political events (who did what to whom, when and where) from English news.")
	fmt.Fprintln(m.Stderr, "\nUsage: dyad COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(m.Stderr, "  %-8s %s\n", n, commands[n].Summary)
	}
	fmt.Fprintln(m.Stderr, "\nRun 'dyad COMMAND -h' for a command's flags.")
}

// newFlagSet returns a FlagSet for a subcommand that reports errors instead of exiting.
func (m *Main) newFlagSet(name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet("dyad "+name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "Usage: dyad %s %s\n\nFlags:\n", name, usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, allowing flags after positional arguments
// ("dyad code story.txt --date 2022-05-02"), and returns the positional ones.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, dyad.Errorf(dyad.EINVALID, "%v", err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// outputFormat returns the --format a command writes: the one asked for,
// else a table when stdout is a terminal and pipe (tsv, jsonl) otherwise.
func (m *Main) outputFormat(asked, pipe string) string {
	switch {
	case asked != "":
		return asked
	case isTerminal(m.Stdout):
		return "table"
	}
	return pipe
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
