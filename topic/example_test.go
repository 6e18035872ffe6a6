package topic_test

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/topic"
)

// Tag a sentence with the embedded dictionaries and list its topics, as an
// event carries them.
func ExampleTagger_Tag() {
	text := "Iran and China agreed to expand joint military drills and intelligence sharing."
	for _, m := range topic.Default().Tag(text) {
		fmt.Printf("%s %q %d-%d\n", m.Topic, m.Phrase, m.Span.Start, m.Span.End)
	}
	fmt.Println(topic.Names(topic.Default().Tag("A drone strike, not the drone of traffic.")))
	// Output:
	// MILCOOP/EXERCISE "joint military drills" 32-53
	// INTEL/SHARING "intelligence sharing" 58-78
	// [ARMS/DRONE DRONE]
}

// Read a dictionary of your own and tag with it alone.
func ExampleNew() {
	d, err := topic.Read("mine.txt", strings.NewReader(`<ISSUE CATEGORY="SPACE">
<TOPIC CODE="SPACE/LAUNCH" DEFINITION="Rocket and satellite launches.">
v:launch n:satellite [SPACE/LAUNCH]
~~fireworks
</ISSUE>`))
	if err != nil {
		fmt.Println(err)
		return
	}
	tg := topic.New(d)
	fmt.Println(topic.Names(tg.Tag("North Korea launched satellites on Tuesday.")))
	fmt.Println(topic.Names(tg.Tag("They launched satellites and fireworks.")))
	// Output:
	// [SPACE/LAUNCH]
	// []
}

// A filter for a parent topic matches its children.
func ExampleMatches() {
	fmt.Println(topic.Matches("ARMS/DRONE", "ARMS"), topic.Matches("ARMS", "ARMS/DRONE"), topic.Matches("ARMSTRONG", "ARMS"))
	// Output: true false false
}

// The PLOVER contexts of an event's topics.
func ExamplePLOVER() {
	fmt.Println(topic.PLOVER("ARMS/DRONE", "NUCLEAR/TALKS"))
	// Output: [cbrn diplomatic military]
}

// Read reports problems as file:line errors and keeps the good lines.
func ExampleRead() {
	d, err := topic.Read("bad.txt", strings.NewReader("n:drone [ARMS/DRONE]\n</ISSUE>\ntank [ARMS\n"))
	fmt.Println(len(d.Entries))
	fmt.Println(err)
	// Output:
	// 1
	// bad.txt:2: </ISSUE> without an open <ISSUE> (and 1 more errors)
}

// Filter an event's topics by a parent topic.
func ExampleAny() {
	topics := []string{"ARMS/DRONE", "DRONE", "SANCTIONS"}
	fmt.Println(topic.Any(topics, "ARMS"), topic.Any(topics, "CYBER"))
	// Output: true false
}

// The topic hierarchy with definitions, for a filter menu.
func ExampleTagger_Definitions() {
	for _, d := range topic.Default().Definitions() {
		if topic.Matches(d.Code, "NUCLEAR") {
			fmt.Printf("%-15s %s\n", d.Code, d.Text)
		}
	}
	// Output:
	// NUCLEAR         Nuclear programmes, weapons and the talks and deals about them.
	// NUCLEAR/PROGRAM Nuclear programmes: enrichment, reactors and facilities of concern, inspections.
	// NUCLEAR/TALKS   Negotiations and agreements about a nuclear programme.
	// NUCLEAR/WEAPON  Nuclear weapons, warheads, tests and arsenals.
}
