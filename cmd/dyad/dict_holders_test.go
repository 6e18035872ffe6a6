package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDictCheckHolders lints an office-holder table with the three kinds of
// finding issue 6 names, and a clean one.
func TestDictCheckHolders(t *testing.T) {
	const header = "country_iso3\tname\taliases\toffice\tcameo_code\tstart\tend\tconfidence\tsource\n"
	bad := header +
		"XYZ\tAnn Example\tAnn E\tPresident\tXYZGOV\t2015-01-01\t2019-01-01\thigh\tknowledge\n" + // country not in CAMEO
		"IRN\tBob Sample\t\tDefence Minister\tIRNGOV\t2015-01-01\t2018-01-01\thigh\tknowledge\n" +
		"IRN\tBob Sample\t\tChief of Staff\tIRNMIL\t2017-01-01\t2020-01-01\thigh\tknowledge\n" + // overlap, other code
		"IRN\tCarl Test\tThe General\tPresident\tIRNGOV\t2016-01-01\t2017-01-01\thigh\tknowledge\n" +
		"IRN\tDan Probe\tThe General\tForeign Minister\tIRNGOV\t2016-06-01\t2018-01-01\thigh\tknowledge\n" // alias shared in office
	dir := t.TempDir()
	path := filepath.Join(dir, "holders.tsv")
	if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	// An empty dictionary folder would be an error; check a real one.
	var out, errOut bytes.Buffer
	m := &Main{Stdout: &out, Stderr: &errOut}
	code := m.Run(context.Background(), []string{"dict", "check", "--holders", path, "../../testdata/petrarch"})
	got := strings.ToLower(out.String())
	for _, want := range []string{"xyzgov", "bob sample", "the general"} {
		if !strings.Contains(got, want) {
			t.Errorf("dict check --holders did not flag %q:\n%s", want, got)
		}
	}
	if !strings.Contains(errOut.String(), "office holders: 3 findings") {
		t.Errorf("summary: %s", errOut.String())
	}
	_ = code // the validation folder has one malformed line of its own: exit 2 either way

	out.Reset()
	errOut.Reset()
	clean := header + "IRN\tEve Clean\t\tPresident\tIRNGOV\t2015-01-01\t2019-01-01\thigh\tknowledge\n"
	if err := os.WriteFile(path, []byte(clean), 0o644); err != nil {
		t.Fatal(err)
	}
	m.Run(context.Background(), []string{"dict", "check", "--holders", path, "../../testdata/petrarch"})
	if strings.Contains(errOut.String(), "office holders:") || strings.Contains(out.String(), "Eve Clean") {
		t.Errorf("clean table flagged:\n%s%s", out.String(), errOut.String())
	}
}
