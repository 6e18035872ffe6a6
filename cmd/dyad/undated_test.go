package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// codeStdin runs `dyad code` on text given on stdin, with the rule coder
// alone (the office-holder reading is the rule coder's), and returns the
// events' source and target codes, "SRC>TGT CODE" each.
func codeStdin(t *testing.T, text string, args ...string) []string {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(text), Stdout: &out, Stderr: &errb}
	argv := append([]string{"code", "-q", "--no-learn", "--format", "jsonl"}, args...)
	if code := m.Run(context.Background(), append(argv, "-")); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got []string
	dec := json.NewDecoder(&out)
	for dec.More() {
		var e codeLine
		if err := dec.Decode(&e); err != nil {
			t.Fatal(err)
		}
		got = append(got, e.Source+">"+e.Target+" "+string(e.Code))
	}
	return got
}

// A document without a date (`dyad code` without --date, input that gives
// none) reads a named office-holder in his or her latest office: a
// president is the government, not the elite code an older dictionary or
// the "former" line gives. With a date the date decides, as before: Biden
// after January 2025 is a former president (ELI).
func TestCodeUndatedOfficeHolders(t *testing.T) {
	for _, tc := range []struct {
		text, date, want string
	}{
		{"Joe Biden praised Volodymyr Zelensky on Friday.", "", "USAGOV>UKRGOV 051"},
		{"Donald Trump criticised Volodymyr Zelensky on Friday.", "", "USAGOV>UKRGOV 111"},
		{"Joe Biden praised Volodymyr Zelensky on Friday.", "2023-05-05", "USAGOV>UKRGOV 051"},
		// negative: a date after his term still makes Biden a former president
		{"Joe Biden praised Volodymyr Zelensky on Friday.", "2026-05-05", "USAELI>UKRGOV 051"},
	} {
		var args []string
		if tc.date != "" {
			args = []string{"--date", tc.date}
		}
		got := codeStdin(t, tc.text, args...)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q (date %q): got %v, want [%s]", tc.text, tc.date, got, tc.want)
		}
	}
}
