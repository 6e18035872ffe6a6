package coder

// Own forces deployed. SEND's "- * &MILITARY [072]" (deploy, dispatch,
// send) makes "Russia deployed troops" Russia's military aid (072, "Provide
// military aid") to its own military, which the troops are. A state that
// deploys its own forces mobilizes them: 154 "Mobilize or increase armed
// forces" ("Bangladesh imposed a nationwide curfew and deployed the army").
// Troops sent TO another actor stay military aid (072, with its 086).
// Where the deployment is aimed is ownForcesHome's (below).

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

// ownForcesHome gives an alert, a mobilisation or a deployment (151–155)
// whose target is the source's own forces the pair the codebook's examples
// give it. The troops or police a state deploys or puts on alert are what
// it acts with, not what it acts on: the act is aimed at an adversary, or,
// at home, at the country it secures ("Bangladesh deployed the army" is
// BGDGOV > BGD, as a curfew is; homemeasure.go). With no adversary in reach
// the country is the target, and a state named by its country alone acts
// through its government, so as not to code a state acting on itself.
//
// Only a target of the same state with a force's role (MIL, COP, SPY) is
// touched: "Russia massed troops near Ukraine" keeps UKR, "police put on
// alert against gangs" keeps the gangs.
func ownForcesHome(code string, a, t *acode) (*acode, *acode) {
	if len(code) != 3 || code[:2] != "15" || code == "150" || a == nil || t == nil ||
		a == &nullActor || t == &nullActor || !a.hasActor || !t.hasActor || len(t.code) < 6 {
		return a, t
	}
	k := stateOf(a.code)
	if k == "" || stateOf(t.code) != k || len(t.code) < len(k)+3 {
		return a, t
	}
	switch t.code[len(k) : len(k)+3] {
	case "MIL", "COP", "SPY":
	default:
		return a, t
	}
	return homeMeasure(true, a, t) // the country, through its government
}
