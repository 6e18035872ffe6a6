package coder

import "strings"

// copulas link a reported subject to the speaker's verdict on it.
var copulas = map[string]bool{"IS": true, "ARE": true, "WAS": true, "WERE": true, "BEEN": true}

// saidVerdict returns 111 for a bare statement (010) whose reported clause
// judges its subject critically with a copula: "the State Department said
// China's actions were 'provocative and destabilizing'", "Hunt said Iran's
// seizure of the ship was unacceptable". The codebook's 111 is to "condemn,
// decry a policy or an action"; a statement that calls an act unacceptable
// or illegal does that, as "condemned the seizure" would. The verdict is
// one of criticalWords or verdictWords within four words after the copula
// (a quotation mark, an adverb, "and" between), with no "not" before it.
// A clause that calls the act an atrocity (saysAtrocity: a copula or
// "amounted to", "constituted") gives 1122 instead, and one that tells of
// another's forces intruding into the speaker's waters, airspace or
// territory (saysIncursion) 1123. It returns "" otherwise.
func (s *sent) saidVerdict(code string, from, to int) string {
	if code != "010" {
		return ""
	}
	if s.saysAtrocity(from, to) {
		return "1122"
	}
	if s.saysIncursion(from, to) {
		return "1123"
	}
	if s.saysFault(from, to) {
		return "111"
	}
	for i := from; i <= to && i < len(s.words); i++ {
		if !copulas[s.words[i]] {
			continue
		}
		for j := i + 1; j <= to && j < len(s.words) && j <= i+4; j++ {
			w := s.words[j]
			if criticalWords[w] || verdictWords[w] {
				return "111"
			}
			if w == "NOT" || w == "N'T" {
				break // "was not illegal"
			}
		}
	}
	return ""
}

// saysAtrocity reports whether the reported clause at leaves from..to names
// the act it speaks of an atrocity against human rights, with no negation
// before the name: "the U.N. human rights chief said the operation appeared
// to be a textbook example of ethnic cleansing", "said the killings
// amounted to genocide". Calling an act ethnic cleansing, genocide, a war
// crime or a crime against humanity accuses its author of human rights
// abuses (1122), as "accused the army of ethnic cleansing" would, whatever
// linking verb joins the act to the name (a copula, "amounted to",
// "constituted"; atrocityLinks) with no other verb between. "was not
// genocide" says none, nor does a name no linking verb calls the act:
// "rebuild after the genocide", "a conference on preventing genocide".
func (s *sent) saysAtrocity(from, to int) bool {
	linked := false // a linking verb, and no other verb since
	for i := from; i <= to && i < len(s.words); i++ {
		w := s.words[i]
		switch {
		case copulas[w] || atrocityLinks[w]:
			linked = true
			continue
		case strings.HasPrefix(s.tags[i], "VB"):
			linked = false
			continue
		}
		switch w {
		case "NOT", "N'T", "NO", "NEVER":
			return false
		case "GENOCIDE":
			return linked
		case "ETHNIC":
			if i+1 < len(s.words) && s.words[i+1] == "CLEANSING" {
				return linked
			}
		case "WAR":
			if i+1 < len(s.words) && (s.words[i+1] == "CRIME" || s.words[i+1] == "CRIMES") {
				return linked
			}
		case "CRIME", "CRIMES": // "a crime against humanity", "crimes against humanity"
			if i+2 < len(s.words) && s.words[i+1] == "AGAINST" && s.words[i+2] == "HUMANITY" {
				return linked
			}
		}
	}
	return false
}

// atrocityLinks are the verbs besides the copulas that call an act by the
// name after them: "appeared to be", "amounted to", "constituted".
var atrocityLinks = map[string]bool{
	"BE": true, "AMOUNT": true, "AMOUNTS": true, "AMOUNTED": true, "AMOUNTING": true,
	"CONSTITUTE": true, "CONSTITUTES": true, "CONSTITUTED": true, "CONSTITUTING": true,
}

// saysIncursion reports whether the reported clause at leaves from..to tells
// of its subject intruding, or crossing, entering, violating or penetrating
// waters, airspace, territory or a line of control: "China said Indian
// troops had crossed the line of actual control", "China said the U.S.
// plane had intruded into its training area", "Guyana said a Venezuelan
// patrol boat had entered Guyana's waters". A state that tells of
// another's incursion into what it holds accuses it of aggression (1123),
// as "accused India of intruding" would. The subject is no pronoun ("said its jets had crossed
// the line" is the speaker's own act, told elsewhere), and no "not", "no"
// or "never" comes before the verb ("said no Russian aircraft had entered
// Finnish airspace"). The place is within five leaves of the verb, with no
// other verb between.
func (s *sent) saysIncursion(from, to int) bool {
	for i := from; i <= to && i < len(s.words); i++ {
		w, t := s.words[i], s.tags[i]
		switch {
		case t == "PRP" || t == "PRP$":
			return false
		case denies(w):
			return false
		case !strings.HasPrefix(t, "VB"):
			continue
		}
		if intrudeVerbs[w] {
			return true
		}
		if !incursionVerbs[w] {
			continue
		}
		for j := i + 1; j <= to && j < len(s.words) && j <= i+5; j++ {
			if strings.HasPrefix(s.tags[j], "VB") {
				break
			}
			if incursionPlaces[s.words[j]] {
				return true
			}
		}
	}
	return false
}

// intrudeVerbs tell an incursion by themselves; incursionVerbs only with
// one of incursionPlaces after them ("crossed the line", not "crossed the
// border", which refugees and traders cross too). Every form is listed, as
// a reported clause may say "had crossed" or "was crossing";
// relativeIncursions (relincursion.go) keeps its own, finite-only set
// (relativeIncursionVerbs says why).
var (
	intrudeVerbs = map[string]bool{
		"INTRUDE": true, "INTRUDES": true, "INTRUDED": true, "INTRUDING": true,
	}
	incursionVerbs = map[string]bool{
		"CROSS": true, "CROSSES": true, "CROSSED": true, "CROSSING": true,
		"ENTER": true, "ENTERS": true, "ENTERED": true, "ENTERING": true,
		"VIOLATE": true, "VIOLATES": true, "VIOLATED": true, "VIOLATING": true,
		"PENETRATE": true, "PENETRATES": true, "PENETRATED": true, "PENETRATING": true,
	}
	incursionPlaces = map[string]bool{
		"WATERS": true, "AIRSPACE": true, "SPACE": true, "TERRITORY": true,
		"LINE": true, "LINES": true,
	}
)

// faultNouns name an act as a fault of its author: calling a decision a
// mistake, a breach of a treaty or an insult decries it, as the
// adjectives of criticalWords do.
var faultNouns = map[string]bool{
	"MISTAKE": true, "BLUNDER": true, "BREACH": true, "AFFRONT": true, "INSULT": true,
	"BETRAYAL": true, "DISGRACE": true, "FARCE": true, "OFFENCE": true, "OFFENSE": true,
}

// faultMakers are the verbs that make their subject the author of a fault
// named after them: "said Iran had made a very big mistake".
var faultMakers = map[string]bool{"MADE": true, "MAKE": true, "MAKES": true, "MAKING": true}

// saysFault reports whether the reported clause at leaves from..to names
// its subject's act a fault with a noun (faultNouns): "China said the U.S.
// decision was a serious mistake", "Britain said the law was a 'clear and
// serious breach' of the declaration", "Trump said Iran had made a very big
// mistake". The noun follows a copula or "made" with only determiners,
// adjectives, adverbs, "and" and quotation marks between. A pronoun before
// the link makes the fault the speaker's own or no one's ("said it had
// made a mistake", "said it was a mistake to wait"): no criticism of
// another is told, and the statement stays 010; so does a negated link
// ("was not a mistake").
func (s *sent) saysFault(from, to int) bool {
	for i := from; i <= to && i < len(s.words); i++ {
		w, t := s.words[i], s.tags[i]
		if t == "PRP" || t == "PRP$" || denies(w) {
			return false
		}
		if !copulas[w] && !faultMakers[w] {
			continue
		}
		// The noun phrase may run past the clause's last leaf: the parser
		// sometimes closes the clause at a quotation mark ("was a (NP
		// "clear and serious breach")"); only its fillers are crossed.
		for j := i + 1; j < len(s.words) && j <= i+7; j++ {
			if faultNouns[s.words[j]] {
				return true
			}
			if denies(s.words[j]) {
				break // "was not a mistake"
			}
			switch s.tags[j] {
			case "DT", "JJ", "JJR", "JJS", "RB", "RBS", "CC", "``", "''":
				continue
			}
			break
		}
	}
	return false
}

// denies reports the words before a reported verb or a fault noun that
// deny it, for saysIncursion and saysFault: "not", "n't", "no" and
// "never" ("said no Russian aircraft had entered", "was not a mistake").
// negWord's CANNOT is left out: neither scan reads a modal's own negation.
func denies(w string) bool {
	return w == "NOT" || w == "N'T" || w == "NO" || w == "NEVER"
}
