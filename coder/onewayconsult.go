package coder

// oneWayConsult reports whether consultation code c is done to someone
// outside the actors doing it: a visit (042), hosting a visit (043) or
// mediating (045). "Turkey and the United Nations hosted the signing" is
// no hosting of each other, and "France and Germany visited Kyiv" no visit
// to each other; members of a compound that meet, call or negotiate (040,
// 041, 044, 046) do so with each other.
func oneWayConsult(c string) bool {
	switch c {
	case "042", "043", "045":
		return true
	}
	return false
}
