package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

func init() {
	register(&Command{Name: "version", Summary: "print dyad's version", Run: runVersion})
}

func runVersion(ctx context.Context, m *Main, args []string) error {
	v := "devel"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		v = bi.Main.Version
	}
	fmt.Fprintln(m.Stdout, "dyad", v)
	return nil
}
