package petrxml_test

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/source/petrxml"
)

func ExampleRead() {
	f, err := petrxml.Read("x.xml", strings.NewReader(`<Sentences>
<Config option="require_dyad" value="false"></Config>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor restored ties with Gondor.</Text>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD restored))))</Parse>
</Sentence>
</Sentences>`))
	r := f.Records[0]
	fmt.Println(err, f.Env == nil, r.ID, r.Date.Format("2006-01-02"), r.Expected[0].Code, r.Config)
	// Output: <nil> true DEMO-00 1995-01-01 064 [{require_dyad false}]
}
