package topic

import (
	"slices"
	"strings"
	"sync"
)

// PLOVERContexts is the list of PLOVER context values, from the PLOVER
// codebook's context table.
var PLOVERContexts = []string{
	"military", "intelligence", "executive", "legislative", "election",
	"political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal",
	"reparations", "human_rights", "rights_freedoms", "repression", "human_security",
	"gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory",
	"peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
	"environment", "technology", "terrorism", "cbrn", "cyber", "misinformation",
	"crime", "corruption", "illegal_drugs", "trafficking",
}

// ploverTable maps topics to PLOVER contexts, read from data/plover.tsv.
var ploverTable = sync.OnceValue(func() map[string][]string {
	b, err := dataFS.ReadFile("data/plover.tsv")
	if err != nil {
		panic("topic: embedded plover.tsv: " + err.Error())
	}
	m := map[string][]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		topic, ctx, ok := strings.Cut(line, "\t")
		if !ok {
			continue // the tests check every line has both fields
		}
		m[topic] = strings.Split(ctx, ",")
	}
	return m
})

// PLOVER returns the PLOVER context values the topics imply, sorted and
// without repeats, or nil when the crosswalk has none. A topic not in the
// crosswalk takes the contexts of its nearest listed parent, so ARMS/DRONE is
// "military" because ARMS is.
func PLOVER(topics ...string) []string {
	table := ploverTable()
	var out []string
	for _, t := range topics {
		for c := t; c != ""; c = Parent(c) {
			if ctx, ok := table[c]; ok {
				out = append(out, ctx...)
				break
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
