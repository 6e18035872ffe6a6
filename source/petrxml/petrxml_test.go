package petrxml

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/golden"
)

func TestReadGolden(t *testing.T) {
	data, err := os.ReadFile("testdata/small.xml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := Read("small.xml", bytes.NewReader(data))
	var list dyad.ErrorList
	if !errors.As(err, &list) || len(list) != 2 {
		t.Fatalf("want 2 positioned errors (bad date, empty EventCoding), got %v", err)
	}
	if !strings.HasPrefix(list[0].Error(), "small.xml:28: record \"BAD-DATE\": bad date") {
		t.Errorf("first error: %v", list[0])
	}
	got, _ := json.MarshalIndent(f, "", "  ")
	got = append(got, '\n')
	golden.Check(t, "testdata/small.golden", got)
	if n := len(f.Records[1].Config); n != 2 || f.Records[1].Config[1].Value != "false" {
		t.Errorf("the <Config> between records must apply to the one after it: %+v", f.Records[1].Config)
	}
	if len(f.Records[0].Config) != 1 {
		t.Errorf("record 0 config %+v", f.Records[0].Config)
	}
}

func TestReadDev(t *testing.T) {
	fh, err := os.Open("../../testdata/petrarch/dev.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	f, err := Read("dev.xml", fh)
	if err != nil {
		t.Fatal(err)
	}
	scored, events := 0, 0
	for _, r := range f.Records {
		if r.Sentence {
			scored++
		}
		for _, e := range r.Expected {
			if e.Code != "" {
				events++
			}
		}
	}
	if len(f.Records) != 170 || scored != 167 || f.Env.Verbs != "PETR.Validate.verbs.txt" {
		t.Errorf("dev.xml: %d records, %d scored, env %+v", len(f.Records), scored, f.Env)
	}
	if events < 200 {
		t.Errorf("only %d expected events", events)
	}
}
