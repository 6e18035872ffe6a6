package token

// Abbreviation kinds returned by Abbrev.
const (
	NotAbbrev = iota
	// Title abbreviations stand before a name ("Gen.", "Mr.", "Lt.") and
	// practically never end a sentence.
	Title
	// Other abbreviations ("Inc.", "U.S.", "a.m.", "Jan.") may end a sentence.
	Other
	// Numeric abbreviations ("No.", "Nos.", "Art.") end a sentence only when
	// no number follows.
	Numeric
)

// titles precede names. Lower case, without the final period.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "messrs": true, "mme": true,
	"gen": true, "gens": true, "lt": true, "col": true, "maj": true, "capt": true, "cpt": true,
	"sgt": true, "cpl": true, "pvt": true, "brig": true, "adm": true, "cmdr": true, "cmdt": true,
	"lieut": true, "gov": true, "govs": true, "sen": true, "sens": true, "rep": true, "reps": true,
	"pres": true, "supt": true, "insp": true, "det": true, "rev": true, "fr": true, "hon": true,
	"st": true, "sra": true, "sr": false, "amb": true, "atty": true, "ald": true, "msgr": true,
	"sec": true, "secy": true, "treas": true, "pm": false,
}

// others may end a sentence: "He works for Acme Inc." Lower case, no final period.
var others = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "llc": true, "plc": true, "bros": true,
	"jr": true, "sr": true, "esq": true, "etc": true, "vs": true, "v": true, "cf": true, "al": true,
	"dept": true, "depts": true, "univ": true, "assn": true, "assoc": true, "div": true, "est": true,
	"approx": true, "govt": true, "intl": true, "natl": true, "min": true, "max": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thurs": true, "fri": true,
	"mt": true, "ft": true, "ave": true, "blvd": true, "rd": true, "hwy": true, "pp": true,
	"ca": true, "c": true, "mln": true, "bln": true, "pct": true, "yr": true, "yrs": true,
	"wk": true, "mos": true, "hrs": true, "km": false, "ariz": true, "calif": true, "colo": true,
	"conn": true, "fla": true, "ga": true, "ill": false, "ind": true, "kan": true, "ky": true,
	"la": true, "md": true, "mass": false, "mich": true, "minn": true, "miss": false, "mo": true,
	"neb": true, "nev": true, "okla": true, "ore": true, "pa": true, "tenn": true, "tex": true,
	"va": true, "vt": true, "wash": false, "wis": true, "wyo": true,
}

// numerics are followed by a number: "No. 5", "Art. 3".
var numerics = map[string]bool{
	"no": true, "nos": true, "art": true, "arts": true, "vol": true, "vols": true, "p": false,
	"fig": true, "figs": true, "ch": true, "sec": false, "para": true, "res": true,
}

// Abbrev classifies word, a word ending in "." such as "Gen." or "U.N.", as
// an abbreviation kind. Words with inner periods made of letters ("U.S.",
// "a.m.", "e.g.") and single letters ("J.") count as Other and Title.
func Abbrev(word string) int {
	n := len(word)
	if n < 2 || word[n-1] != '.' {
		return NotAbbrev
	}
	stem := word[:n-1]
	if len(stem) == 1 && isUpper(stem[0]) {
		return Title // an initial: "J." in "J. R. R. Tolkien"
	}
	var buf [12]byte
	if len(stem) > len(buf) {
		return NotAbbrev
	}
	dots := 0
	for i := 0; i < len(stem); i++ {
		c := stem[i]
		switch {
		case c == '.':
			dots++
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z':
		default:
			return NotAbbrev
		}
		buf[i] = c
	}
	if dots > 0 {
		// "U.S.", "a.m.", "e.g.": every piece between dots is one or two letters.
		run := 0
		for i := 0; i < len(stem); i++ {
			if stem[i] == '.' {
				if run == 0 || run > 2 {
					return NotAbbrev
				}
				run = 0
				continue
			}
			run++
		}
		if run > 2 {
			return NotAbbrev
		}
		return Other
	}
	low := buf[:len(stem)]
	switch {
	case titles[string(low)]:
		return Title
	case numerics[string(low)]:
		return Numeric
	case others[string(low)]:
		return Other
	}
	return NotAbbrev
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
