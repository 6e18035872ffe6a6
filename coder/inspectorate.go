package coder

// Cooperation with an inspectorate cut. CAMEO's 160 ("Reduce relations")
// is what SUSPEND or END COOPERATION WITH gives any partner, but cutting
// cooperation with the nuclear inspectorate refuses the international
// monitoring it exists for: 1245, "Refuse to allow international
// involvement (non-mediation)". The news README's thirteenth harmonisation
// (session twenty) codes Iran's suspensions of cooperation with the IAEA so
// in every set (m-183, x-052, ac-098, ar-113, aw-148, ax-111). The IAEA is
// the one inspectorate the dictionaries code apart (IGOUNOIAE; the OPCW is
// a bare IGO).

// inspectorateCut returns 1245 for a 160 whose target is the IAEA, and c
// otherwise.
func inspectorateCut(c string, t *acode) string {
	if c != "160" || t == nil || t.code != "IGOUNOIAE" {
		return c
	}
	return "1245"
}
