package clean

import "strings"

// dropCredit removes a photo credit a scraper glued before a story's first
// sentence: "Photo: AFP / Getty Images Police in Seoul detained ...",
// "(Photo: Xinhua) Chinese President ...", "Photo: Reuters/Willy
// KurniawanProtesters set fire ..." (the photographer's name glued to the
// lead's first word). The credit is read as the lead's subject otherwise:
// "Images Police" or "AFP" stand where the actor should be. Only a credit
// made of agency names (creditAgencies) joined by slashes, with at most one
// photographer's name of two capitalised words after a slash, at a line
// start and before a capital letter, is removed; a caption ("PHOTO: Tankers
// at anchor off Fujairah.") is left, since its words are not a credit.
func dropCredit(s string, _ *run) *edit {
	if !strings.Contains(s, "hoto") && !strings.Contains(s, "HOTO") {
		return nil
	}
	return dropLinePrefixes(s, creditAt)
}

// creditAt returns the length of a photo credit opening t with the spaces
// after it, when a capital letter follows; 0 otherwise.
func creditAt(t string) int {
	i := 0
	paren := i < len(t) && t[i] == '('
	if paren {
		i++
	}
	switch {
	case strings.HasPrefix(t[i:], "Photo:"), strings.HasPrefix(t[i:], "PHOTO:"):
		i += len("Photo:")
	default:
		return 0
	}
	for i < len(t) && t[i] == ' ' {
		i++
	}
	named := false
	for part := 0; ; part++ {
		if part > 0 {
			// Parts are joined by a slash, spaced or not.
			k := i
			for k < len(t) && t[k] == ' ' {
				k++
			}
			if k >= len(t) || t[k] != '/' {
				break
			}
			k++
			for k < len(t) && t[k] == ' ' {
				k++
			}
			i = k
		}
		if n := agencyAt(t[i:]); n > 0 {
			i += n
			if glued(t, i) {
				return i
			}
			continue
		}
		if part == 0 || named {
			return 0
		}
		n, g := photographerAt(t[i:])
		if n == 0 {
			return 0
		}
		i += n
		named = true
		if g {
			return i
		}
	}
	if paren {
		if i >= len(t) || t[i] != ')' {
			return 0
		}
		i++
	}
	k := i
	for k < len(t) && t[k] == ' ' {
		k++
	}
	if k == i || k >= len(t) || !isUpperASCII(t[k]) {
		return 0
	}
	return k
}

// glued reports whether a capitalised word starts right at t[i] with no
// space: the lead's first word glued to the credit ("APMexican").
func glued(t string, i int) bool {
	return i+1 < len(t) && isUpperASCII(t[i]) && isLowerASCII(t[i+1])
}

// agencyAt returns the length of an agency name opening t and ending a
// word or glued to a capitalised word; 0 otherwise.
func agencyAt(t string) int {
	for _, a := range creditAgencies {
		if !strings.HasPrefix(t, a) {
			continue
		}
		n := len(a)
		if n == len(t) || t[n] == ' ' || t[n] == '/' || t[n] == ')' || glued(t, n) {
			return n
		}
	}
	return 0
}

// photographerAt returns the length of a photographer's name of two
// capitalised words opening t, and whether the second is glued to the
// lead's first word ("Willy KurniawanProtesters": the name ends before
// "Protesters").
func photographerAt(t string) (int, bool) {
	i := 0
	for w := 0; w < 2; w++ {
		if w > 0 {
			if i >= len(t) || t[i] != ' ' {
				return 0, false
			}
			i++
		}
		if i+1 >= len(t) || !isUpperASCII(t[i]) || !isLowerASCII(t[i+1]) {
			return 0, false
		}
		i++
		for i < len(t) && isLowerASCII(t[i]) {
			i++
		}
		if w == 1 && glued(t, i) {
			return i, true
		}
	}
	if i < len(t) && t[i] != ' ' && t[i] != ')' && t[i] != '/' {
		return 0, false
	}
	return i, false
}

// creditAgencies are the agencies and credit words photo credits name,
// longest first where one begins another.
var creditAgencies = []string{
	"Getty Images", "AFP", "AP", "Reuters", "Xinhua", "EPA-EFE", "EPA", "EFE",
	"Bloomberg", "Anadolu Agency", "Anadolu", "Yonhap", "Kyodo", "TASS",
	"Sputnik", "ANI", "PTI", "IANS", "AAP", "DPA", "dpa", "File", "Stringer",
	"Handout", "Pool", "Shutterstock",
}
