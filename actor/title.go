package actor

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad"
)

// Role is what a title or role phrase says about an actor the dictionaries do
// not name: a country and a sector.
type Role struct {
	Code    string `json:"code"`    // Country + Sector, e.g. IRNMIL
	Country string `json:"country"` // ISO alpha-3 or an IGO code
	Sector  string `json:"sector"`  // CAMEO role code (GOV, MIL, LEG, ...) or "" when none is said
	Why     string `json:"why"`     // the words that gave each part
}

// cue is a word sequence that says something about country or sector.
type cue struct {
	words   []string
	country string
	sector  string
	rank    int // sector strength: 3 office, 2 organisation or rank, 1 generic
}

// Sector cues, following Phoenix.agents.txt where it has the word (POLICE
// COP, STATE_MEDIA GOVMED, ACTIVIST and DEMONSTRATOR OPP, ATTORNEY_GENERAL
// GOV). A state's security service or spy agency is SPY, as the news sets code
// Ukraine's SBU; a service the dictionaries name (the FSB, RUSCOP) keeps its
// entry, since a title only reads a bare country. Cues with no sector
// ("general election") only keep their words from
// matching a shorter cue ("general"). An office (minister, president, parliament) outranks a military
// organisation or rank, which outranks a generic word (official, delegation):
// "Minister of National Defense Gen. Wei Fenghe" is GOV, "chief of staff of the
// Iranian Armed Forces" is MIL, "senior Iranian officials" is GOV. Ministers,
// defence ministers included, are GOV, as in the office-holder table.
var sectorCues = []struct {
	phrase string
	sector string
	rank   int
}{
	{"minister", "GOV", 3}, {"ministers", "GOV", 3}, {"ministry", "GOV", 3}, {"president", "GOV", 3},
	{"vice president", "GOV", 3}, {"prime minister", "GOV", 3}, {"premier", "GOV", 3},
	{"state councilor", "GOV", 3}, {"state councillor", "GOV", 3}, {"chancellor", "GOV", 3},
	{"king", "GOV", 3}, {"emir", "GOV", 3}, {"crown prince", "GOV", 3}, {"supreme leader", "GOV", 3},
	{"cabinet", "GOV", 3}, {"secretary of state", "GOV", 3}, {"foreign secretary", "GOV", 3},
	{"defense secretary", "GOV", 3}, {"defence secretary", "GOV", 3}, {"government", "GOV", 3},
	{"administration", "GOV", 3}, {"regime", "GOV", 3},
	{"parliament", "LEG", 3}, {"parliamentary", "LEG", 3}, {"lawmaker", "LEG", 3}, {"lawmakers", "LEG", 3},
	{"legislator", "LEG", 3}, {"legislators", "LEG", 3}, {"mp", "LEG", 3}, {"mps", "LEG", 3},
	{"senator", "LEG", 3}, {"senators", "LEG", 3}, {"congress", "LEG", 3}, {"majlis", "LEG", 3},
	{"court", "JUD", 3}, {"judge", "JUD", 3}, {"judges", "JUD", 3}, {"judiciary", "JUD", 3},
	{"police", "COP", 2}, {"policemen", "COP", 2}, {"intelligence", "SPY", 2},
	{"security service", "SPY", 2}, {"security services", "SPY", 2}, {"spy agency", "SPY", 2},
	{"military", "MIL", 2}, {"army", "MIL", 2}, {"armed forces", "MIL", 2}, {"navy", "MIL", 2},
	{"naval", "MIL", 2}, {"air force", "MIL", 2}, {"troops", "MIL", 2}, {"soldiers", "MIL", 2},
	{"soldier", "MIL", 2}, {"officers", "MIL", 2}, {"officer", "MIL", 2}, {"general staff", "MIL", 2},
	{"gen", "MIL", 2}, {"general", "MIL", 2}, {"generals", "MIL", 2}, {"admiral", "MIL", 2},
	{"adm", "MIL", 2}, {"colonel", "MIL", 2}, {"col", "MIL", 2}, {"brigadier", "MIL", 2},
	{"brig", "MIL", 2}, {"maj", "MIL", 2}, {"commander", "MIL", 2}, {"commanders", "MIL", 2},
	{"marines", "MIL", 2}, {"defense forces", "MIL", 2}, {"defence forces", "MIL", 2},
	{"rebels", "REB", 2}, {"rebel", "REB", 2}, {"insurgents", "INS", 2}, {"militants", "REB", 2},
	{"opposition", "OPP", 2}, {"activist", "OPP", 2}, {"activists", "OPP", 2},
	{"demonstrators", "OPP", 2}, {"protesters", "OPP", 2}, {"protestors", "OPP", 2},
	{"state media", "GOVMED", 3}, {"state television", "GOVMED", 3}, {"state tv", "GOVMED", 3},
	{"media", "MED", 2}, {"news agency", "MED", 2}, {"journalist", "MED", 2}, {"journalists", "MED", 2},
	{"civilians", "CVL", 2}, {"civilian", "CVL", 2}, {"students", "EDU", 2}, {"student", "EDU", 2},
	{"company", "BUS", 2}, {"companies", "BUS", 2}, {"firms", "BUS", 2}, {"businessmen", "BUS", 2},
	{"attorney general", "GOV", 3}, {"director general", "GOV", 1}, {"consul general", "GOV", 1},
	{"general election", "", 0}, {"general assembly", "", 0}, {"in general", "", 0},
	{"official", "GOV", 1}, {"officials", "GOV", 1}, {"authorities", "GOV", 1}, {"diplomat", "GOV", 1},
	{"diplomats", "GOV", 1}, {"envoy", "GOV", 1}, {"ambassador", "GOV", 1}, {"spokesman", "GOV", 1},
	{"spokeswoman", "GOV", 1}, {"spokesperson", "GOV", 1}, {"delegation", "GOV", 1}, {"delegations", "GOV", 1},
	{"negotiators", "GOV", 1}, {"attache", "GOV", 1}, {"attaché", "GOV", 1},
	{"justice department", "GOV", 3}, {"department of justice", "GOV", 3},
	{"delegates", "GOV", 1}, {"leader", "GOV", 1}, {"leaders", "GOV", 1}, {"chief of staff", "GOV", 1},
}

// Organisations that name both a country and a sector.
var orgCues = []struct {
	phrase, country, sector string
}{
	{"islamic revolutionary guard corps", "IRN", "MIL"}, {"revolutionary guard corps", "IRN", "MIL"},
	{"revolutionary guards", "IRN", "MIL"}, {"revolutionary guard", "IRN", "MIL"}, {"irgc", "IRN", "MIL"},
	{"quds force", "IRN", "MIL"}, {"artesh", "IRN", "MIL"}, {"basij", "IRN", "MIL"},
	{"people's liberation army", "CHN", "MIL"}, {"pla", "CHN", "MIL"},
	{"central military commission", "CHN", "MIL"}, {"state council", "CHN", "GOV"},
	{"pentagon", "USA", "MIL"}, {"white house", "USA", "GOV"}, {"state department", "USA", "GOV"},
	{"kremlin", "RUS", "GOV"}, {"sbu", "UKR", "SPY"}, {"houthi", "YEM", "REB"}, {"houthis", "YEM", "REB"}, {"idf", "ISR", "MIL"}, {"israel defense forces", "ISR", "MIL"},
}

//go:embed data/countries.tsv
var countriesData string

// extraCountryWords are news forms mledoze lacks.
var extraCountryWords = map[string]string{
	"u.s.": "USA", "america": "USA", "britain": "GBR", "uk": "GBR", "u.k.": "GBR",
	"saudi": "SAU", "emirates": "ARE", "uae": "ARE", "persian": "IRN", "soviet": "RUS",
	"russian federation": "RUS", "north korea": "PRK", "south korea": "KOR", "turkey": "TUR",
	"palestinian": "PSE", "syria": "SYR", "syrian": "SYR", "ivory coast": "CIV", "burma": "MMR",
}

// sharedDemonyms settle a demonym two sovereign states share the other
// way from the shortest-name rule: "Congolese" is the Democratic Republic's
// in news copy and in Phoenix (CONGOLESE_ is a synonym of its entry), so
// "Congolese officials" are CODGOV, not COGGOV (which disagreed with the
// dictionary and left the bare COD).
var sharedDemonyms = map[string]string{"congolese": "COD"}

// regionWords are the adjectives of CAMEO's Table 3.3 regions, as
// dyad.actors.txt codes them: "West African military chiefs" are WAFMIL as
// "Iranian military chiefs" are IRNMIL. A region has no government, so a GOV
// sector is dropped (Title): "West African leaders" are WAF, "European
// leaders" EUR, as the later sets code them (fresh3, fresh12, fresh14; the
// fresh set had adjudicated WAFGOV).
var regionWords = map[string]string{
	"african": "AFR", "asian": "ASA", "central asian": "CAS", "central european": "CEU",
	"east african": "EAF", "eastern european": "EEU", "european": "EUR", "latin american": "LAM",
	"north african": "NAF", "scandinavian": "SCN", "south american": "SAM", "south asian": "SAS",
	"southeast asian": "SEA", "southern african": "SAF", "west african": "WAF", "arab": "ARB",
	"western": "WST",
}

// regionCode reports whether a title's country is one of regionWords' regions.
func regionCode(code string) bool {
	for _, c := range regionWords {
		if c == code {
			return true
		}
	}
	return false
}

var (
	titleOnce sync.Once
	cues      map[string][]cue // first word → cues, longest first
)

func loadCues() {
	cues = map[string][]cue{}
	add := func(c cue) {
		cues[c.words[0]] = append(cues[c.words[0]], c)
		l := cues[c.words[0]]
		for i := len(l) - 1; i > 0 && len(l[i].words) > len(l[i-1].words); i-- {
			l[i], l[i-1] = l[i-1], l[i]
		}
	}
	country := func(phrase, code string) {
		if phrase = strings.ToLower(strings.TrimSpace(phrase)); phrase != "" {
			add(cue{words: strings.Fields(phrase), country: code})
		}
	}
	// A demonym several countries share ("French": France, French Guiana,
	// the French Southern Lands) names the one with the shortest name, the
	// sovereign state rather than its territories.
	type owner struct {
		code  string
		words int
	}
	demonyms := map[string]owner{}
	var order []string
	for _, l := range strings.Split(countriesData, "\n") {
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			continue
		}
		country(f[1], f[0])
		n := len(strings.Fields(f[1]))
		for _, d := range strings.Split(f[2], "|") {
			d = strings.ToLower(strings.TrimSpace(d))
			if o, ok := demonyms[d]; !ok {
				order = append(order, d)
				demonyms[d] = owner{f[0], n}
			} else if n < o.words {
				demonyms[d] = owner{f[0], n}
			}
		}
	}
	for d, code := range sharedDemonyms {
		demonyms[d] = owner{code, 0}
	}
	for _, d := range order {
		country(d, demonyms[d].code)
	}
	for w, code := range extraCountryWords {
		country(w, code)
	}
	for w, code := range regionWords {
		country(w, code)
	}
	for _, s := range sectorCues {
		add(cue{words: strings.Fields(s.phrase), sector: s.sector, rank: s.rank})
	}
	for _, o := range orgCues {
		add(cue{words: strings.Fields(o.phrase), country: o.country, sector: o.sector, rank: 2})
	}
}

// normWord lower-cases a token, drops a possessive ("Iran's" → "iran", but
// "People's" stays for the People's Liberation Army) and a final period
// ("Gen." → "gen").
func normWord(w string) string {
	w = strings.ToLower(w)
	for _, pos := range []string{"'s", "’s"} {
		if len(w) > len(pos) && strings.HasSuffix(w, pos) && w != "people"+pos {
			w = w[:len(w)-len(pos)]
		}
	}
	if len(w) > 1 && strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1 {
		w = w[:len(w)-1]
	}
	return w
}

// Title reads a title or role phrase given as its words ("senior", "Iranian",
// "officials") and returns its country and sector. The first country named
// wins ("Chinese State Councilor ... Gen. Wei Fenghe" → CHN); the sector is
// the strongest cue (see sectorCues). ok is false when no country is named: a
// sector alone ("the military") is not enough to code an actor. A CAMEO
// region has no government, so it keeps no GOV sector ("West African
// leaders" → WAF; regionWords). date is the
// event date: the Taliban are AFGREB before 2021-08-15 and AFGGOV after, as
// in the office-holder table.
func Title(words []string, date time.Time) (Role, bool) {
	titleOnce.Do(loadCues)
	var r Role
	rank := 0
	// The explanation is written only when a country is found: most phrases
	// name none, so each step keeps its words' place and code until then.
	var stepBuf [4]whyStep
	steps := stepBuf[:0]
	var wsBuf [8]string
	ws := normWords(wsBuf[:0], words)
	for i := 0; i < len(ws); i++ {
		var hit *cue
		for k := range cues[ws[i]] {
			c := &cues[ws[i]][k]
			if i+len(c.words) <= len(ws) && equal(ws[i:i+len(c.words)], c.words) {
				hit = c
				break
			}
		}
		if hit == nil {
			if ws[i] == "taliban" && r.Country == "" {
				r.Country, r.Sector, rank = "AFG", "REB", 2
				if !date.IsZero() && !date.Before(talibanGov) {
					r.Sector = "GOV"
				}
				steps = append(steps, whyStep{i: i, n: 1, code: r.Sector, taliban: true})
			}
			continue
		}
		if hit.country != "" && r.Country == "" {
			r.Country = hit.country
			steps = append(steps, whyStep{i: i, n: len(hit.words), code: hit.country})
		}
		if hit.sector != "" && hit.rank > rank {
			r.Sector, rank = hit.sector, hit.rank
			steps = append(steps, whyStep{i: i, n: len(hit.words), code: hit.sector})
		}
		i += len(hit.words) - 1
	}
	if r.Country == "" {
		return Role{}, false
	}
	if r.Sector == "GOV" && regionCode(r.Country) {
		// A region has no government: "West African leaders", "European
		// leaders" and "Western leaders" are the region (fresh3 h-135,
		// fresh12 u-158, fresh14 x-027, x-070, x-163).
		r.Sector = ""
		steps = append(steps, whyStep{region: true})
	}
	r.Code = r.Country + r.Sector
	r.Why = explainSteps(words, date, steps)
	return r, true
}

// whyStep is one part of a Role's explanation: words[i:i+n] gave code (a
// country or a sector), or the Taliban on the event date gave the sector.
type whyStep struct {
	i, n    int
	code    string
	taliban bool
	region  bool // a region keeps no GOV
}

// explainSteps writes a Role's Why: each step as `"words" → CODE`, joined
// by "; ".
func explainSteps(words []string, date time.Time, steps []whyStep) string {
	var buf [128]byte
	b := buf[:0]
	for k, st := range steps {
		if k > 0 {
			b = append(b, "; "...)
		}
		switch {
		case st.region:
			b = append(b, "a region has no GOV"...)
		case st.taliban:
			b = strconv.AppendQuote(b, words[st.i])
			b = append(b, " on "...)
			b = date.AppendFormat(b, dyad.DateLayout)
			b = append(b, " → AFG"...)
			b = append(b, st.code...)
		default:
			b = strconv.AppendQuote(b, strings.Join(words[st.i:st.i+st.n], " "))
			b = append(b, " → "...)
			b = append(b, st.code...)
		}
	}
	return string(b)
}

// talibanGov is the day the Taliban took Kabul (officeholders README).
var talibanGov = time.Date(2021, 8, 15, 0, 0, 0, 0, time.UTC)

func equal(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Phrase resolves a noun phrase to an actor on date: a person of the
// office-holder table in office on that date, named by the longest run of
// words that matches, wins over what the title says ("Iranian Defense
// Minister Mohammad Reza Ashtiani" → Ashtiani's IRNGOV entry); otherwise the
// title or role gives country and sector.
func (h *Holders) Phrase(words []string, date time.Time) (dyad.Actor, bool) {
	for n := min(len(words), h.maxWords); n > 0; n-- {
		for i := 0; i+n <= len(words); i++ {
			if a, ok := h.Resolve(strings.Join(words[i:i+n], " "), date); ok {
				a.Text = strings.Join(words, " ")
				return a, true
			}
		}
	}
	r, ok := Title(words, date)
	if !ok {
		return dyad.Actor{}, false
	}
	return dyad.Actor{Code: r.Code, Text: strings.Join(words, " "), Entry: "title: " + r.Why, Dict: "dyad.titles"}, true
}

// SectorWord reports whether the single word w, in any case, is by itself
// a cue to a sector in the title rule ("ambassador", "minister",
// "general"): in "Russian Ambassador Anatoly Antonov" it says what the
// person is, not part of a name.
//
// The coder asks it of name words while matching patterns, so the word is
// normalised into a stack buffer (appendNorm), not a lower-case copy.
func SectorWord(w string) bool {
	titleOnce.Do(loadCues)
	var buf [64]byte
	for _, c := range cues[string(appendNorm(buf[:0], w))] {
		if len(c.words) == 1 && c.sector != "" {
			return true
		}
	}
	return false
}
