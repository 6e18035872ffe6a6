package export_test

import (
	"fmt"
	"os"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/export"
)

func ExampleNew() {
	w, err := export.New("phoenix", os.Stdout)
	if err != nil {
		fmt.Println(err)
		return
	}
	e := dyad.StoredEvent{ID: 7, Source: "CHNMIL", Target: "IRNGOV", Code: "042", Root: "04", Quad: 1, Goldstein: 1.9,
		Date: time.Date(2019, 3, 5, 0, 0, 0, 0, time.UTC), NumMentions: 1,
		Mention: dyad.Mention{Event: dyad.Event{SentenceID: "d1#1"}, DocURL: "https://news.example/d1", DocSource: "Wire"}}
	w.Write(&e)
	w.Close()
	// Output:
	// 7	20190305	2019	3	5	CHNMIL	CHN	MIL		IRNGOV	IRN	GOV		042	04	1	1.9							d1#1	https://news.example/d1	Wire
}
