package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestDictWho(t *testing.T) {
	tests := []struct {
		args []string
		want []string
		kind string
	}{
		{[]string{"Raisi", "--date", "2022-05-02"}, []string{"Raisi on 2022-05-02 → IRNGOV", `* Ebrahim Raisi: "Raisi" is an alias`}, ""},
		{[]string{"Ebrahim", "Raisi", "--date", "2019-01-01"}, []string{"no code from the office-holder dictionary", "not yet in office"}, ""},
		{[]string{"Nobody Atall", "--date", "2019-01-01"}, nil, dyad.ENOTFOUND},
		// In Phoenix only: the 2014 dictionary still answers.
		{[]string{"Ahmadinejad", "--date", "2010-01-01"}, []string{`actor dictionaries: "Ahmadinejad" matches MAHMOUD_AHMADINEJAD (Phoenix.Countries.actors.txt:`}, ""},
		{[]string{"Raisi", "--date", "May"}, nil, dyad.EINVALID},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		m := &Main{Stdout: &out, Stderr: &bytes.Buffer{}}
		err := runDictWho(context.Background(), m, tt.args)
		if dyad.ErrorKind(err) != tt.kind {
			t.Errorf("%v: error %v; want kind %q", tt.args, err, tt.kind)
		}
		for _, w := range tt.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%v: output %q lacks %q", tt.args, out.String(), w)
			}
		}
	}
}
