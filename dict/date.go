package dict

import "strconv"

// parseDate reads a restriction date, YYYYMMDD or YYMMDD (YY < 30 is 20YY),
// as the integer yyyymmdd.
func parseDate(s string) (int, bool) {
	if len(s) != 6 && len(s) != 8 {
		return 0, false
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 0 {
		return 0, false
	}
	if len(s) == 6 {
		if v/10000 < 30 {
			v += 20000000
		} else {
			v += 19000000
		}
	}
	m, d := v/100%100, v%100
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	return v, true
}
