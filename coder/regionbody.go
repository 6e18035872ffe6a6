package coder

// regionBody reports whether code is an international or non-governmental
// body of the region or country prev names: the IGO or NGO prefix followed
// by prev ("West African bloc ECOWAS": WAF → IGOWAFBUSWAS, "the Southeast
// Asian bloc ASEAN": SEA → IGOSEAASN). The body's name is the narrower
// actor; the adjective before it only says where the body is.
func regionBody(code, prev string) bool {
	if len(prev) != 3 || len(code) <= 6 {
		return false
	}
	if p := code[:3]; p != "IGO" && p != "NGO" {
		return false
	}
	return code[3:6] == prev
}
