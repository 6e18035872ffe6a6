package coder

// Own forces deployed. SEND's "- * &MILITARY [072]" (deploy, dispatch,
// send) makes "Russia deployed troops" Russia's military aid (072, "Provide
// military aid") to its own military, which the troops are. A state that
// deploys its own forces mobilizes them: 154 "Mobilize or increase armed
// forces" ("Bangladesh imposed a nationwide curfew and deployed the army").
// Troops sent TO another actor stay military aid (072, with its 086).
// The deployment is a measure the state takes at home, coded as a curfew
// is (homeMeasure): from its government to its own country, "BGDGOV > BGD
// 154", not to the army deployed (the sets: deployments at home target the
// country, fresh11, fresh20 ad-182).

// ownForces returns 154 for military aid (072) from an actor to its own
// country's military, and c otherwise.
func ownForces(c string, a, t *acode) string {
	if c != "072" || a == nil || t == nil || a == &nullActor || t == &nullActor || len(a.code) < 3 || len(t.code) < 6 {
		return c
	}
	if t.code[:3] != a.code[:3] || t.code[3:6] != "MIL" || !isCountryCode(a.code[:3]) {
		return c
	}
	return "154"
}
