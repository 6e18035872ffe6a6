package topic

import "strings"

// The n: and v: marks of a dictionary word expand to its inflected forms.
// The rules are the regular English ones plus the irregular forms that news
// about the topics uses; a rule that may not apply ("chief" → "chieves")
// only adds a form no text contains, so when in doubt both forms are made.

// nounForms returns the singular and plural forms of the lower-case noun w.
func nounForms(w string) []string {
	forms := []string{w}
	if p, ok := irregularPlural[w]; ok {
		return append(forms, p)
	}
	n := len(w)
	switch {
	case n == 0:
		return forms
	case strings.HasSuffix(w, "man") && n > 3:
		forms = append(forms, w[:n-3]+"men", w+"s")
	case strings.HasSuffix(w, "is") && n > 3:
		forms = append(forms, w[:n-2]+"es")
	case hasAnySuffix(w, "s", "x", "z", "ch", "sh"):
		forms = append(forms, w+"es")
	case endsConsonantY(w):
		forms = append(forms, w[:n-1]+"ies")
	case strings.HasSuffix(w, "fe"):
		forms = append(forms, w+"s", w[:n-2]+"ves")
	case strings.HasSuffix(w, "f") && !strings.HasSuffix(w, "ff"):
		forms = append(forms, w+"s", w[:n-1]+"ves")
	case strings.HasSuffix(w, "o") && n > 1 && !isVowel(w[n-2]):
		forms = append(forms, w+"s", w+"es")
	default:
		forms = append(forms, w+"s")
	}
	return forms
}

// verbForms returns the base, third person, past and -ing forms of the
// lower-case verb w.
func verbForms(w string) []string {
	forms := []string{w}
	if irr, ok := irregularVerb[w]; ok {
		forms = append(forms, irr...)
	}
	n := len(w)
	if n == 0 {
		return forms
	}
	// third person singular
	switch {
	case hasAnySuffix(w, "s", "x", "z", "ch", "sh", "o"):
		forms = append(forms, w+"es")
	case endsConsonantY(w):
		forms = append(forms, w[:n-1]+"ies")
	default:
		forms = append(forms, w+"s")
	}
	// past and -ing
	switch {
	case strings.HasSuffix(w, "ie"):
		forms = append(forms, w+"d", w[:n-2]+"ying")
	case strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ye") || strings.HasSuffix(w, "oe"):
		forms = append(forms, w+"d", w+"ing")
	case strings.HasSuffix(w, "e"):
		forms = append(forms, w+"d", w[:n-1]+"ing")
	case endsConsonantY(w):
		forms = append(forms, w[:n-1]+"ied", w+"ing")
	default:
		forms = append(forms, w+"ed", w+"ing")
		if endsCVC(w) {
			last := w[n-1:]
			forms = append(forms, w+last+"ed", w+last+"ing")
		}
	}
	return forms
}

func hasAnySuffix(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

func endsConsonantY(w string) bool {
	n := len(w)
	return n > 1 && w[n-1] == 'y' && !isVowel(w[n-2])
}

// endsCVC reports a consonant-vowel-consonant ending whose last consonant may
// double before -ed and -ing ("ban" → "banned", "patrol" → "patrolled").
func endsCVC(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	c1, v, c2 := w[n-3], w[n-2], w[n-1]
	if !isLetter(c1) || !isLetter(c2) {
		return false
	}
	return !isVowel(c1) && isVowel(v) && !isVowel(c2) && c2 != 'w' && c2 != 'x' && c2 != 'y'
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' }

var irregularPlural = map[string]string{
	"child": "children", "person": "people", "foot": "feet", "tooth": "teeth",
	"mouse": "mice", "criterion": "criteria", "phenomenon": "phenomena",
	"datum": "data", "medium": "media", "aircraft": "aircraft", "spacecraft": "spacecraft",
	"personnel": "personnel", "series": "series", "species": "species",
	"headquarters": "headquarters", "means": "means", "arms": "arms",
}

var irregularVerb = map[string][]string{
	"be": {"is", "are", "was", "were", "been", "being"}, "have": {"has", "had"},
	"do": {"did", "done"}, "go": {"went", "gone"}, "make": {"made"}, "sell": {"sold"},
	"buy": {"bought"}, "send": {"sent"}, "hold": {"held"}, "fly": {"flew", "flown"},
	"strike": {"struck", "stricken"}, "shoot": {"shot"}, "meet": {"met"}, "lead": {"led"},
	"give": {"gave", "given"}, "take": {"took", "taken"}, "build": {"built"},
	"seek": {"sought"}, "bring": {"brought"}, "fight": {"fought"}, "steal": {"stole", "stolen"},
	"spend": {"spent"}, "lend": {"lent"}, "hit": {"hit"}, "set": {"set"},
	"put": {"put"}, "cut": {"cut"}, "shut": {"shut"}, "spread": {"spread"}, "bid": {"bid"},
	"undertake": {"undertook", "undertaken"}, "overthrow": {"overthrew", "overthrown"},
	"withdraw": {"withdrew", "withdrawn"}, "shake": {"shook", "shaken"},
	"drive": {"drove", "driven"}, "ride": {"rode", "ridden"}, "rise": {"rose", "risen"},
	"write": {"wrote", "written"}, "break": {"broke", "broken"}, "speak": {"spoke", "spoken"},
	"freeze": {"froze", "frozen"}, "choose": {"chose", "chosen"}, "forbid": {"forbade", "forbidden"},
	"win": {"won"}, "lose": {"lost"}, "leave": {"left"}, "keep": {"kept"}, "sleep": {"slept"},
	"feel": {"felt"}, "deal": {"dealt"}, "mean": {"meant"}, "hang": {"hung", "hanged"},
	"blow": {"blew", "blown"}, "throw": {"threw", "thrown"}, "grow": {"grew", "grown"},
	"know": {"knew", "known"}, "draw": {"drew", "drawn"}, "show": {"showed", "shown"},
	"tell": {"told"}, "say": {"said"}, "pay": {"paid"}, "lay": {"laid"}, "find": {"found"},
	"bind": {"bound"}, "sink": {"sank", "sunk"}, "begin": {"began", "begun"},
	"run": {"ran"}, "come": {"came"}, "become": {"became"}, "see": {"saw", "seen"},
	"beat": {"beaten"}, "bear": {"bore", "borne"}, "tear": {"tore", "torn"},
	"swear": {"swore", "sworn"}, "wear": {"wore", "worn"}, "get": {"got", "gotten"},
	"forget": {"forgot", "forgotten"}, "light": {"lit"}, "arise": {"arose", "arisen"},
}
