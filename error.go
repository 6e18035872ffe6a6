package dyad

import (
	"errors"
	"fmt"
)

// Error kinds. Every error that crosses a package boundary carries one, so the
// edges (exit codes, HTTP statuses) can map it without parsing messages.
const (
	EINVALID  = "invalid"  // bad input: a file, a flag, a request parameter
	ENOTFOUND = "notfound" // a named thing does not exist
	ECONFLICT = "conflict" // the thing exists or is locked
	EINTERNAL = "internal" // a bug or an environment failure; details are logged, not shown
)

// Error is dyad's error: a kind, an operation or location ("dict: verbs.txt:12"),
// a message for people, and an optional cause.
type Error struct {
	Kind string
	Op   string
	Msg  string
	Err  error
}

func (e *Error) Error() string {
	s := e.Msg
	if e.Op != "" {
		if s != "" {
			s = e.Op + ": " + s
		} else {
			s = e.Op
		}
	}
	if e.Err != nil {
		if s != "" {
			return s + ": " + e.Err.Error()
		}
		return e.Err.Error()
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error of the given kind with a formatted message.
func Errorf(kind, format string, args ...any) *Error {
	return &Error{Kind: kind, Msg: fmt.Sprintf(format, args...)}
}

// E wraps err with an operation and a kind. A nil err gives nil.
func E(kind, op string, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Kind: kind, Op: op, Err: err}
}

// ErrorKind returns the kind of the first *Error in err's chain, EINTERNAL for
// other non-nil errors and "" for nil.
func ErrorKind(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Kind != "" {
		return e.Kind
	}
	return EINTERNAL
}

// PosError is an error at a position in a named input: a file and line, or a
// file and byte offset. It prints as "file:line: msg" or "file@offset: msg".
type PosError struct {
	File   string
	Line   int   // 1-based; 0 when unknown
	Offset int64 // byte offset; used when Line is 0
	Msg    string
}

func (e *PosError) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	case e.Offset > 0:
		return fmt.Sprintf("%s@%d: %s", e.File, e.Offset, e.Msg)
	}
	return e.File + ": " + e.Msg
}

// ErrorList collects positioned errors; one bad line never stops a reader.
type ErrorList []*PosError

// Add appends an error at file:line.
func (l *ErrorList) Add(file string, line int, format string, args ...any) {
	*l = append(*l, &PosError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
