package report

import (
	"sort"
	"time"
)

// TopicChange is a topic whose events grew from the first half of the
// report's periods to the second.
type TopicChange struct {
	Topic  string    `json:"topic"`
	First  time.Time `json:"first"`  // first period with an event of the topic
	Before int       `json:"before"` // events in the first half of the periods
	After  int       `json:"after"`  // events in the second half
	New    bool      `json:"new"`    // none before
}

// maxRising bounds the topics rising lists.
const maxRising = 12

// rising finds new topics (no event in the first half of the periods, some
// in the second) and rising ones (at least twice as many events in the
// second half, and at least two more), largest growth first.
func rising(byTopic []Series, periods []time.Time) []TopicChange {
	half := len(periods) / 2
	if half == 0 {
		return nil
	}
	var out []TopicChange
	for _, s := range byTopic {
		c := TopicChange{Topic: s.Key}
		for i, v := range s.Values {
			if v > 0 && c.First.IsZero() {
				c.First = periods[i]
			}
			if i < half {
				c.Before += int(v)
			} else {
				c.After += int(v)
			}
		}
		c.New = c.Before == 0 && c.After > 0
		if c.New || c.After >= 2*c.Before && c.After-c.Before >= 2 {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		gi, gj := out[i].After-out[i].Before, out[j].After-out[j].Before
		if gi != gj {
			return gi > gj
		}
		return out[i].Topic < out[j].Topic
	})
	if len(out) > maxRising {
		out = out[:maxRising]
	}
	return out
}
