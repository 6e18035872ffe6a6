package topic

import (
	"sort"
	"strings"
)

// Matches reports whether topic falls under query: it is the query itself or
// one of its descendants, "ARMS" matching "ARMS" and "ARMS/DRONE" but not
// "ARMSTRONG". Comparison is exact, case included; an empty query matches
// nothing.
func Matches(topic, query string) bool {
	if query == "" || !strings.HasPrefix(topic, query) {
		return false
	}
	return len(topic) == len(query) || topic[len(query)] == '/' || query[len(query)-1] == '/'
}

// Parent returns the parent of a topic ("ARMS/DRONE" → "ARMS") and "" for a
// top-level topic.
func Parent(topic string) string {
	i := strings.LastIndexByte(topic, '/')
	if i < 0 {
		return ""
	}
	return topic[:i]
}

// Names returns the distinct topics of matches, sorted: the form events and
// sentences carry them in.
func Names(matches []Match) []string {
	if len(matches) == 0 {
		return nil
	}
	out := make([]string, 0, len(matches))
	for _, m := range matches {
		out = append(out, m.Topic)
	}
	sort.Strings(out)
	k := 1
	for i := 1; i < len(out); i++ {
		if out[i] != out[k-1] {
			out[k] = out[i]
			k++
		}
	}
	return out[:k]
}

// Any reports whether any of topics falls under query, as Matches does: the
// test a filter applies to an event's topic list.
func Any(topics []string, query string) bool {
	for _, t := range topics {
		if Matches(t, query) {
			return true
		}
	}
	return false
}
