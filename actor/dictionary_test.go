package actor

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite data/dyad.officeholders.actors.txt and testdata golden files")

// TestDictionary generates the shipped dictionary from the table; with -update
// it writes data/dyad.officeholders.actors.txt, otherwise it checks the file is
// up to date.
func TestDictionary(t *testing.T) {
	var buf bytes.Buffer
	if err := Default().WriteDictionary(&buf); err != nil {
		t.Fatal(err)
	}
	const path = "data/dyad.officeholders.actors.txt"
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Fatalf("%s is stale; run go test ./actor -run TestDictionary -update", path)
	}
	got := buf.String()
	for _, s := range []string{
		"EBRAHIM_RAISI_  # IRN Ebrahim Raisi\n+RAISI_\n",
		"\t[IRNGOV 210803-240519]  # President; confidence high;",
		"\t[IRNMIL 160628-250613]  # Chief of Staff of the Armed Forces General Staff",
		"\t[IRNELI >240520]  # former President: after the last term in the table\n",
		"KHAMENEI_  # shared alias\n\t[IRNGOV 19890604-260228]  # Ali Khamenei, Supreme Leader",
		"JOSÉ_MÚCIO_MONTEIRO_  # BRA José Múcio Monteiro\n+JOSE_MUCIO_MONTEIRO_\n", // accents folded
	} {
		if !strings.Contains(got, s) {
			t.Errorf("dictionary lacks %q", s)
		}
	}
	if strings.Contains(got, "\n+KHAMENEI_\n") {
		t.Error("shared alias KHAMENEI_ is listed under one person")
	}
}
