package coder

import (
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

// Options are the coding switches of PETR_config.ini that the PETR XML
// <Config> records may change.
type Options struct {
	// RequireDyad drops events whose source or target is null ("---").
	RequireDyad bool
	// NewActorLength: a noun phrase with no dictionary code and at most this
	// many words becomes an actor coded by its own quoted text; 0 disables.
	NewActorLength int
	// Comma-delimited clause limits in words (0 max disables): internal
	// clauses, clauses at the beginning and at the end of the sentence.
	CommaMin, CommaMax   int
	CommaBMin, CommaBMax int
	CommaEMin, CommaEMax int
	// Titles codes a noun phrase with no dictionary actor, or a bare
	// country, by the country and sector its title or role names (see
	// actor.Title). Not a PETR_config.ini option: on by default.
	Titles bool
	// KeepMainVerb keeps a comma-delimited stretch that holds the verb of
	// the sentence's main clause ("Raisi, who took office in 2021, visited
	// Beijing": the last four words are the predicate). PETRARCH drops it
	// and its validation records expect that, so it is off by default; the
	// pipeline turns it on for news.
	KeepMainVerb bool
	// SubCodes moves an event's code to the sub-code its verb's complement
	// names ("urged Nepal to honour human rights": 020 → 0243), from the
	// table in data/subcodes.txt (see subcode.go). PETRARCH codes only what
	// its patterns say, and its validation records expect that, so it is
	// off by default; the pipeline turns it on for news.
	SubCodes bool
	// ReportedActs also codes the act of a reported clause whose verb a
	// pattern read as the speaker's event ("Syria said Israel had attacked
	// Lebanon": ATTACK's "- SAID + * [111]" gives SYR>ISR 111, and ISR>LBN
	// 190 is coded beside it), and drops such an event when it makes the
	// speaker do a material act (see recode). PETRARCH codes one event per
	// verb and its validation records expect that, so it is off by default;
	// the pipeline turns it on for news.
	ReportedActs bool
	// LinkedEvents adds the events a coded event implies beside it: each
	// party's visit to the host of a meeting at a third location (044 →
	// 042), the visit and hosting an act was done on ("during a state visit
	// to Jakarta": 042, 043), the other side's release in a prisoner swap
	// (0841 both ways); see hostvisit.go and swap.go. PETRARCH codes only
	// what its patterns say, and its validation records expect that, so it
	// is off by default; the pipeline turns it on for news.
	LinkedEvents bool
	// ImpliedTargets gives an event whose clause names no target the one
	// its kind implies: a protest or strike by a country's own people is
	// against its government, a curfew or martial law is imposed on the
	// source's own country (see implied.go). PETRARCH drops events with
	// no target, and its validation records expect that, so it is off by
	// default; the pipeline turns it on for news.
	ImpliedTargets bool
}

// DefaultOptions returns the PETRARCH defaults.
func DefaultOptions() Options {
	return Options{RequireDyad: true, CommaMin: 2, CommaMax: 8, CommaEMin: 2, CommaEMax: 8, Titles: true}
}

// Set changes one option by its PETR_config.ini name. Options the coder does
// not use (stop_on_error, write_actor_root, ...) are accepted and ignored.
func (o *Options) Set(name, value string) error {
	value = strings.TrimSpace(value)
	if name == "require_dyad" {
		b, err := strconv.ParseBool(strings.ToLower(value))
		if err != nil {
			return dyad.Errorf(dyad.EINVALID, "option %s: %q is not true or false", name, value)
		}
		o.RequireDyad = b
		return nil
	}
	var p *int
	switch name {
	case "new_actor_length":
		p = &o.NewActorLength
	case "comma_min":
		p = &o.CommaMin
	case "comma_max":
		p = &o.CommaMax
	case "comma_bmin":
		p = &o.CommaBMin
	case "comma_bmax":
		p = &o.CommaBMax
	case "comma_emin":
		p = &o.CommaEMin
	case "comma_emax":
		p = &o.CommaEMax
	default:
		return nil
	}
	n, err := strconv.Atoi(value)
	if err != nil || n < 0 {
		return dyad.Errorf(dyad.EINVALID, "option %s: %q is not a whole number", name, value)
	}
	*p = n
	return nil
}
