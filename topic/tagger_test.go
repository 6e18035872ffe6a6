package topic

import (
	"reflect"
	"strings"
	"sync"
	"testing"
)

// dyadTagger is a tagger of dyad's own dictionary alone, so the per-topic
// cases below test that file and not Phoenix.
var dyadTagger = sync.OnceValue(func() *Tagger {
	d, err := Embedded(DyadFile)
	if err != nil {
		panic(err)
	}
	return New(d)
})

// TestTopics checks each dyad topic on phrases that must carry it and on
// near misses that must not.
func TestTopics(t *testing.T) {
	tests := []struct {
		topic string
		yes   []string
		no    []string
	}{
		{"ARMS/TRANSFER",
			[]string{"Russia signed an arms deal with Egypt.", "Arms sales to Riyadh rose.", "China sold weapons to Iran.",
				"It delivered arms to the rebels.", "the delivery of weapons", "The jets are license-built in India.",
				"Chinese arms suppliers were wary.", "a new weapons package", "one of the largest buyers of Chinese arms",
				"sales of advanced weapons"},
			[]string{"She held the baby in her arms.", "He sold his car.", "The deal was signed.", "weapons were seen",
				"The bank operates under licence."}},
		{"ARMS/DRONE",
			[]string{"A US drone strike killed three.", "Iran supplied drones to Russia.", "Drone strikes hit the port.",
				"unmanned aerial vehicles", "The UAV crashed.", "Shahed-136s over Kyiv", "a drone-strike campaign",
				"Turkey sold Bayraktar TB2s."},
			[]string{"the drone of traffic", "The constant drone of the engines kept us awake.", "He droned on for an hour.",
				"office drones and middle managers", "Honey bee drones die after mating.",
				"Selcuk Bayraktar, who runs the company, spoke.", "Shahed Hussain was elected."}},
		{"ARMS/MISSILE",
			[]string{"It tested a ballistic missile.", "missile technologies", "S-400 air-defence systems", "Hamas fired rockets.",
				"cruise missiles", "a missile"},
			[]string{"The dismissal was a surprise.", "Prices rocketed to a record.", "rocket science", "a rocket salad"}},
		{"ARMS/DUAL_USE",
			[]string{"dual-use goods", "dual use technology", "new export controls on chips", "added to the Entity List",
				"the Wassenaar Arrangement"},
			[]string{"Exports rose while the bank controls inflation.", "a dual-use path for cyclists and walkers",
				"the entity was listed"}},
		{"ARMS/EMBARGO",
			[]string{"the U.N. arms embargo", "a weapons embargo on Iran", "an embargo on arms"},
			[]string{"an oil embargo", "the arms race"}},
		{"SANCTIONS",
			[]string{"wary of sanctions", "It imposed sanctions.", "a unilateral embargo of Iran", "new economic sanctions"},
			[]string{"The plan had the sanction of the board.", "The report is under news embargo until noon.",
				"a travel ban on visitors"}},
		{"CYBER",
			[]string{"cyber and intelligence capabilities", "cybersecurity cooperation", "a cyber command"},
			[]string{"Cyber Monday deals", "cyberbullying at school is rising, and cyber safety matters"}},
		{"CYBER/ATTACK",
			[]string{"Hackers breached the ministry.", "a cyber-attack on the grid", "ransomware gangs", "They hacked the servers."},
			[]string{"He was hacked to death.", "a hacking cough", "a political hack"}},
		{"INTEL",
			[]string{"intelligence capabilities", "the intelligence agencies", "military intelligence officers"},
			[]string{"artificial intelligence", "emotional intelligence", "the intelligence of crows"}},
		{"INTEL/SHARING",
			[]string{"intelligence sharing", "They agreed to share intelligence.", "an exchange of intelligence"},
			[]string{"They share a border.", "an exchange of views"}},
		{"INTEL/ESPIONAGE",
			[]string{"arrested for espionage", "a Russian spy", "accused of spying on dissidents"},
			[]string{"a spy thriller", "industrial espionage at a carmaker"}},
		{"MILCOOP",
			[]string{"military cooperation", "defence ties", "a mutual defense pact"},
			[]string{"economic cooperation", "family ties"}},
		{"MILCOOP/EXERCISE",
			[]string{"joint military drills", "naval exercises in the Gulf", "They held drills.", "war games",
				"the Maritime Security Belt exercise", "joint anti-terror drills"},
			[]string{"a fire drill at the school", "Engineers drill for oil.", "daily exercise keeps you fit",
				"the joint exercise of powers"}},
		{"MILCOOP/DELEGATION",
			[]string{"a senior Chinese military delegation", "the third senior PLA delegation", "strong defense diplomacy",
				"the defence attaché", "military attachés", "a military goodwill delegation"},
			[]string{"a trade delegation", "the Chinese delegates met"}},
		{"MILCOOP/PORTCALL",
			[]string{"a naval port call", "Three warships docked in Bandar Abbas.", "a port call by warships",
				"a port call by Chinese warships", "the warships have docked"},
			[]string{"the container ship's port call", "the port called for calm"}},
		{"MILCOOP/TRAINING",
			[]string{"military training", "joint military training", "military advisers"},
			[]string{"teacher training", "training issues", "joint training for nurses"}},
		{"NUCLEAR/PROGRAM",
			[]string{"Iran's nuclear programme", "uranium enrichment", "advanced centrifuges", "IAEA inspectors"},
			[]string{"a nuclear family", "nuclear medicine", "a salad centrifuge"}},
		{"NUCLEAR/WEAPON",
			[]string{"nuclear weapons", "a nuclear-armed state", "an atomic bomb"},
			[]string{"nuclear energy", "a bomb threat"}},
		{"NUCLEAR/TALKS",
			[]string{"stalled nuclear talks with the P5+1", "the JCPOA", "the Iran nuclear deal"},
			[]string{"peace talks", "a trade deal"}},
	}
	tg := dyadTagger()
	for _, tt := range tests {
		for _, s := range tt.yes {
			if got := Names(tg.Tag(s)); !contains(got, tt.topic) {
				t.Errorf("%s: %q got %v, want it", tt.topic, s, got)
			}
		}
		for _, s := range tt.no {
			if got := Names(tg.Tag(s)); contains(got, tt.topic) {
				t.Errorf("%s: %q got %v, want no %s", tt.topic, s, got, tt.topic)
			}
		}
	}
}

func mustRead(t *testing.T, name, src string) *Dictionary {
	t.Helper()
	d, err := Read(name, strings.NewReader(src))
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return d
}

// TestExclusionScope shows that exclusions act on their CATEGORY, in every
// dictionary, and on nothing else.
func TestExclusionScope(t *testing.T) {
	a := mustRead(t, "a.txt", `<ISSUE CATEGORY="BUZZ">
n:drone [BUZZ]
</ISSUE>
<ISSUE CATEGORY="UAV">
n:drone [UAV]
~drone of traffic
~~beehive
</ISSUE>`)
	b := mustRead(t, "b.txt", `<ISSUE CATEGORY="BUZZ">
~drone strike
</ISSUE>`)
	tests := []struct {
		text string
		a    []string // topics with dictionary a alone
		ab   []string // with a and b
	}{
		{"the drone of traffic", []string{"BUZZ"}, []string{"BUZZ"}},
		{"a drone strike", []string{"BUZZ", "UAV"}, []string{"UAV"}},
		{"a drone near the beehive", []string{"BUZZ"}, []string{"BUZZ"}},
		{"drones", []string{"BUZZ", "UAV"}, []string{"BUZZ", "UAV"}},
	}
	ta, tab := New(a), New(a, b)
	for _, tt := range tests {
		if got := Names(ta.Tag(tt.text)); !reflect.DeepEqual(got, tt.a) {
			t.Errorf("a: %q = %v, want %v", tt.text, got, tt.a)
		}
		if got := Names(tab.Tag(tt.text)); !reflect.DeepEqual(got, tt.ab) {
			t.Errorf("a+b: %q = %v, want %v", tt.text, got, tt.ab)
		}
	}
}

// TestLongestWins checks that overlapping phrases of one topic family are
// reported once, as the longest, while other topics keep their own.
func TestLongestWins(t *testing.T) {
	d := mustRead(t, "d.txt", `<ISSUE CATEGORY="A">
missile [A/M]
missile technology [A/M]
technology [A]
missile technology transfer [A]
</ISSUE>
<ISSUE CATEGORY="T">
technology [T]
</ISSUE>`)
	got := New(d).Tag("Missile technology transfer and missile technology.")
	want := []Match{
		{Topic: "A", Phrase: "Missile technology transfer", Span: span(0, 27), Entry: "d.txt:5"},
		{Topic: "A/M", Phrase: "Missile technology", Span: span(0, 18), Entry: "d.txt:3"},
		{Topic: "T", Phrase: "technology", Span: span(8, 18), Entry: "d.txt:8"},
		{Topic: "A/M", Phrase: "missile technology", Span: span(32, 50), Entry: "d.txt:3"},
		{Topic: "T", Phrase: "technology", Span: span(40, 50), Entry: "d.txt:8"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}

// TestSpans checks byte offsets on text with multi-byte letters and
// punctuation between the words of a phrase.
func TestSpans(t *testing.T) {
	d := mustRead(t, "d.txt", "cyber attack [C]\nn:attaché [D]\n")
	text := "Ünïcode — “Cyber-Attack”, then two ATTACHÉS."
	got := New(d).Tag(text)
	if len(got) != 2 {
		t.Fatalf("got %+v, want 2 matches", got)
	}
	for i, want := range []string{"Cyber-Attack", "ATTACHÉS"} {
		m := got[i]
		if m.Phrase != want || text[m.Span.Start:m.Span.End] != want {
			t.Errorf("match %d = %+v, want phrase %q at its bytes", i, m, want)
		}
	}
}

// TestConcurrent tags from many goroutines at once; run with -race.
func TestConcurrent(t *testing.T) {
	lines := readLines(t, "testdata/reference/input.txt")
	tg := Default()
	want := make([][]Match, len(lines))
	for i, l := range lines {
		want[i] = tg.Tag(l)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 20; r++ {
				for i, l := range lines {
					if got := tg.Tag(l); !reflect.DeepEqual(got, want[i]) {
						t.Errorf("line %d: concurrent tag differs", i+1)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

func TestEmptyTagger(t *testing.T) {
	if got := New().Tag("drone strike"); got != nil {
		t.Errorf("empty tagger found %v", got)
	}
	if got := Default().Tag(""); got != nil {
		t.Errorf("empty text gave %v", got)
	}
}

// TestPhoenixTopics checks the Phoenix categories the issue names through
// the default tagger, positive and negative.
func TestPhoenixTopics(t *testing.T) {
	tests := []struct {
		topic string
		yes   []string
		no    []string
	}{
		{"DRONE", []string{"a drone strike", "UAVs were spotted"}, []string{"the drone of traffic", "he droned on"}},
		{"ID_ARMS_DEAL", []string{"an arms deal", "a shipment of weapons"}, []string{"a trade deal"}},
		{"ID_PROLIFERATION", []string{"nuclear proliferation", "the non-proliferation treaty"}, []string{"a proliferation of cafes"}},
		{"NUCLEAR_WEAPONS", []string{"nuclear weapons", "an ICBM"}, []string{"nuclear power"}},
		{"CHEMICAL_WEAPONS", []string{"chemical weapons"}, []string{"chemical plant"}},
		{"CYBER_SECURITY", []string{"a cyberattack", "cyber-attacks"}, []string{"an attack"}},
		{"SANCTIONS", []string{"new sanctions"}, []string{"the sanctity of life"}},
		{"PEACEKEEPERS", []string{"UN peacekeepers"}, []string{"peace talks"}},
		{"AIRSTRIKE", []string{"an air strike", "airstrikes"}, []string{"a strike by airline staff"}},
	}
	tg := Default()
	for _, tt := range tests {
		for _, s := range tt.yes {
			if got := Names(tg.Tag(s)); !contains(got, tt.topic) {
				t.Errorf("%s: %q got %v, want it", tt.topic, s, got)
			}
		}
		for _, s := range tt.no {
			if got := Names(tg.Tag(s)); contains(got, tt.topic) {
				t.Errorf("%s: %q got %v, want no %s", tt.topic, s, got, tt.topic)
			}
		}
	}
}

// TestLongText tags a text far longer than a sentence: every drone found,
// in order, with the pooled buffers let go afterwards.
func TestLongText(t *testing.T) {
	text := strings.Repeat("Drones and the drone of traffic. ", 5000)
	ms := dyadTagger().Tag(text)
	if len(ms) != 5000 {
		t.Fatalf("%d matches, want 5000", len(ms))
	}
	for i, m := range ms {
		if m.Phrase != "Drones" || m.Span.Start != i*33 {
			t.Fatalf("match %d = %+v", i, m)
		}
	}
}

// TestWildcard checks that * stands for exactly one word, known to the
// dictionary or not, beside literal phrases sharing its prefix.
func TestWildcard(t *testing.T) {
	d := mustRead(t, "w.txt", `<ISSUE CATEGORY="A">
n:sale of * arms [A/SALE]
n:sale of * * arms [A/SALE]
sale of chinese [A/CHINA]
v:hold * n:drill [A/DRILL]
~fire n:drill
</ISSUE>`)
	tg := New(d)
	tests := []struct {
		text string
		want []string // "topic=phrase"
	}{
		{"the sale of Chinese arms", []string{"A/SALE=sale of Chinese arms", "A/CHINA=sale of Chinese"}},
		{"sales of advanced arms", []string{"A/SALE=sales of advanced arms"}},
		{"sales of advanced Russian arms", []string{"A/SALE=sales of advanced Russian arms"}},
		{"sales of arms", nil},
		{"sales of many more old arms", nil},
		{"they held naval drills", []string{"A/DRILL=held naval drills"}},
		{"they held drills", nil},
		{"the sale of", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range tg.Tag(tt.text) {
			got = append(got, m.Topic+"="+m.Phrase)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
