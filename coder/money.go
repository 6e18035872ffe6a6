package coder

// currency reports whether actor code a was read from a phrase that names a
// currency ("the Japanese yen", "the U.S. dollar", "the rouble"): money
// does not act and is not acted on, whatever country it belongs to. "The
// Japanese yen hit a 34-year low against the U.S. dollar" is market news,
// not a Japanese attack on the United States.
func (s *sent) currency(a *acode) bool {
	if a == nil || a == &nullActor || a.last < 0 || a.last >= len(s.words) {
		return false
	}
	// The head is the phrase's last word, or the word before a closing
	// "'s" or a parenthesis.
	return currencyWord(s.words[a.last])
}

func currencyWord(w string) bool {
	switch w {
	case "DOLLAR", "DOLLARS", "EURO", "EUROS", "YEN", "YUAN", "RENMINBI", "POUND", "STERLING",
		"ROUBLE", "ROUBLES", "RUBLE", "RUBLES", "RUPEE", "RUPEES", "RUPIAH", "LIRA", "PESO", "PESOS",
		"RAND", "REAL", "FRANC", "FRANCS", "SHEKEL", "RIAL", "RIYAL", "DINAR", "DIRHAM", "RINGGIT",
		"BAHT", "DONG", "KRONA", "KRONE", "ZLOTY", "FORINT", "HRYVNIA", "NAIRA", "SHILLING", "CEDI",
		"KWACHA", "TAKA", "AFGHANI", "KYAT", "TENGE", "LARI", "DRAM", "MANAT", "SOM", "BOLIVAR":
		return true
	}
	return false
}
