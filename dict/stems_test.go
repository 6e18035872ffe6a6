package dict

import "testing"

// TestStems: a pattern word with a &STEM_ synset, in any verb file read
// before or after the pattern, reads as that synset on both sides of the
// verb; other words stay words.
func TestStems(t *testing.T) {
	set, err := Build([]Source{
		{KindVerbs, "cameo.txt", []byte("--- OFFER [030] ---\nOFFER\n- * MEDIAT [039]\n- NEGOTIAT_OFFER_* [036]\n- * AID [033]\n")},
		{KindVerbs, "stems.txt", []byte("&STEM_MEDIAT\n+MEDIATION\n+MEDIATE\n\n&STEM_NEGOTIAT\n+NEGOTIATIONS\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	b := set.Verbs.Blocks[set.Verbs.Lookup("OFFERED")[0].Block]
	got := map[string]Tok{}
	for _, p := range b.Patterns {
		toks := append(append([]Tok{}, p.Upper...), p.Lower...)
		got[p.Code] = toks[0]
	}
	for code, want := range map[string]Tok{
		"039": {Kind: TSynset, Word: "&STEM_MEDIAT"},
		"036": {Kind: TSynset, Word: "&STEM_NEGOTIAT", Joined: true},
		"033": {Kind: TWord, Word: "AID"},
	} {
		if tk := got[code]; tk.Kind != want.Kind || tk.Word != want.Word || tk.Joined != want.Joined {
			t.Errorf("pattern [%s]: token %+v, want %+v", code, tk, want)
		}
	}
}
