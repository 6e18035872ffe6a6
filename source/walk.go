package source

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Walk reads every input named in paths, in order: "-" is opts.Stdin, a
// directory is read recursively in lexical order (skipping names that start
// with "."), anything else is a file. Unreadable paths are rejected like bad
// records and the walk goes on. Walk returns an error only when ctx is done
// or emit fails.
func Walk(ctx context.Context, paths []string, opts Options, emit EmitFunc, reject RejectFunc) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case p == "-":
			if opts.Stdin == nil {
				rejectPath(reject, "-", "no standard input")
				continue
			}
			err = Read(ctx, opts.Stdin, "-", opts, emit, reject)
		default:
			err = walkPath(ctx, p, opts, emit, reject)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func walkPath(ctx context.Context, root string, opts Options, emit EmitFunc, reject RejectFunc) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			rejectPath(reject, path, err)
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			rejectPath(reject, path, "not a regular file")
			return nil
		}
		return ReadFile(ctx, path, opts, emit, reject)
	})
}

// ReadFile reads the documents of one file; see Read.
func ReadFile(ctx context.Context, path string, opts Options, emit EmitFunc, reject RejectFunc) error {
	f, err := os.Open(path)
	if err != nil {
		rejectPath(reject, path, err)
		return nil
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		rejectPath(reject, path, "is a directory")
		return nil
	}
	return Read(ctx, f, path, opts, emit, reject)
}
