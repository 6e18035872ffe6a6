package dict

import (
	"os"
	"testing"
)

// FuzzBuild feeds arbitrary bytes to every dictionary reader: they must not
// panic, and every problem must come back as a positioned error.
func FuzzBuild(f *testing.F) {
	for _, name := range []string{"PETR.Validate.verbs.txt", "PETR.Validate.actors.txt", "PETR.Validate.agents.txt", "PETR.Validate.discards.txt"} {
		if data, err := os.ReadFile("../testdata/petrarch/" + name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("--- A [1] ---\nA {B C} [2]\n- $ * _+ ^ % &X [3:4]\n&X\n+&X\n"))
	f.Add([]byte("X\n\t[A <1]\n\t[B 1-2]\n+Y [C >990101]\n!P! = A, B\nZ!P! {} [~Q]\n"))
	// Overlay syntax: replacing and removing actors, extending verb blocks.
	f.Add([]byte("=UNITA [AGOREB]\n+X_(Y)\n=TIGERS\n!NATIONAL_UNION\n!NOSUCH\nPEOPLE'S_REPUBLIC_OF_A_B_(C)\n\t[X 20030320-20060520]\n"))
	f.Add([]byte("--- +ACCLAIM ---\n!- $_*_+ [054]\n- * X [1]\nRENEW\n--- +NONE ---\n!- * Y [2]\n"))
	kinds := []Kind{KindVerbs, KindActors, KindAgents, KindDiscards, KindIssues}
	// A first file for the fuzzed one to correct or extend.
	base := map[Kind]string{
		KindVerbs:  "--- ACCLAIM [051] ---\nPRAISE\n- $_*_+ [054]\n- * + [051]\n",
		KindActors: "UNITA_ [ANGREB]\n+NATIONAL_UNION\nTIGERS_ [SWZREB]\n",
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, k := range kinds {
			set, err := Build([]Source{{Kind: k, Name: "base.txt", Data: []byte(base[k])}, {Kind: k, Name: "f.txt", Data: data}})
			if set == nil {
				t.Fatalf("%s: nil set (err %v)", k, err)
			}
		}
	})
}
