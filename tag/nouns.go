package tag

// nounOnly returns the tag of a news noun that English never uses as a
// verb but that the model, which saw it rarely, often tags as one after a
// name or a nationality: "U.S. envoy/VBZ Jeffrey Feltman urged", "EU
// envoy/CC Josep Borrell criticized", "Turkish envoys/VBZ met/JJ Syrian
// leaders", "Israeli hostages/VBZ". The wrong tag hid the envoy's country
// from the subject or made "met" an adjective. It returns "" for any
// other word, which the model tags.
func nounOnly(w string) string {
	switch w {
	case "envoy", "hostage":
		return "NN"
	case "envoys", "hostages":
		return "NNS"
	}
	return ""
}
