package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/dyadproject/dyad/eval"
)

// printPatterns prints eval.ByPattern's account, most errors first: per
// pattern the events it coded, how many were exact, and how the others
// went wrong, with the expected codes its code and family errors met.
func printPatterns(m *Main, patterns []eval.PatternCount) {
	fmt.Fprintln(m.Stdout)
	tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  sentences\t  events\t  tp\t  errors\t  code\t  family\t  actors\t  extra\t  pattern\t  confused with\t")
	for _, p := range patterns {
		var conf []string
		for _, c := range p.Confused {
			conf = append(conf, fmt.Sprintf("%s×%d", c.Code, c.Count))
		}
		fmt.Fprintf(tw, "%11d\t%8d\t%4d\t%8d\t%6d\t%8d\t%8d\t%7d\t  %s\t  %s\t\n",
			p.Sentences, p.Events, p.TP, p.Errors(), p.Code, p.Family, p.Actors, p.Extra, p.Pattern, strings.Join(conf, " "))
	}
	tw.Flush()
}
