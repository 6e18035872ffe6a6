package petrxml

import (
	"bytes"
	"os"
	"testing"
)

// FuzzRead: arbitrary bytes give records and positioned errors, never a panic.
func FuzzRead(f *testing.F) {
	if data, err := os.ReadFile("testdata/small.xml"); err == nil {
		f.Add(data)
	}
	f.Add([]byte(`<Sentences><Config option="x"/><Sentence id="a"><Text>t</Text></Sentence></Sentences>`))
	f.Add([]byte(`<Sentence><Sentence><EventCoding/></Sentence>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, _ := Read("f.xml", bytes.NewReader(data))
		if file == nil {
			t.Fatal("nil file")
		}
	})
}
