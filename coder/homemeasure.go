package coder

// homeMeasure gives a curfew, a state of emergency or martial law imposed,
// threatened or eased (ownTerritory), a network shutdown (netMeasure) or a
// deployment of the state's own forces (ownForces), when own says the event
// is one of them, the pair the codebook gives it when the state takes it at
// home: from the state's government to its own country.
//
//   - The target is the country, not a group of it the sentence names near
//     the measure: "Haiti's government declared a state of emergency after
//     gangs stormed two prisons" is HTIGOV > HTI, "Peru's government declared
//     a state of emergency as protesters clashed with police" PERGOV > PER.
//     A curfew or an emergency covers a territory and everyone in it.
//   - A state named by its country alone that imposes one on itself acts
//     through its government: "Sri Lanka imposed a nationwide curfew" is
//     LKAGOV > LKA, where the bare pair LKA > LKA would be dropped as an actor
//     acting on itself.
//
// Only pairs of one state are touched: a measure one state imposes on
// another's territory ("Israel imposed a curfew on Hebron") keeps its target.
// Run after impliedTarget, which gives the measure with no target the
// source's own country.
func homeMeasure(own bool, a, t *acode) (*acode, *acode) {
	if !own || a == nil || t == nil || a == &nullActor || t == &nullActor || !a.hasActor || !t.hasActor {
		return a, t
	}
	k := stateOf(a.code)
	if k == "" || stateOf(t.code) != k {
		return a, t
	}
	if t.code != k {
		// The country is implied by the source, as impliedTarget's is: its
		// text and span are the source's, not the group's it replaces.
		t = impliedActor(k, k, a, whyOwnCountry)
	}
	if a.code == k {
		u := *a
		u.code = k + "GOV"
		a = &u
	}
	return a, t
}
