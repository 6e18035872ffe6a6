package chunk

// Closed word classes the grammar needs beyond part-of-speech tags.

// auxiliaries are forms of be, have and do that head a verb group when a
// verb follows them.
var auxiliaries = map[string]bool{
	"be": true, "am": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true,
	"'s": true, "'re": true, "'m": true, "'ve": true, "'d": true,
	"have": true, "has": true, "had": true, "having": true,
	"do": true, "does": true, "did": true,
	"get": true, "got": true, "gets": true, "getting": true, "gotten": true,
}

// subordinators introduce a clause: "after crowds trashed its embassy".
var subordinators = map[string]bool{
	"after": true, "before": true, "because": true, "since": true, "although": true, "though": true,
	"while": true, "whilst": true, "when": true, "if": true, "unless": true, "until": true, "till": true,
	"as": true, "whether": true, "that": true, "once": true, "where": true, "whereas": true, "so": true,
	"than": true, "lest": true, "despite": false,
}

// clauseVerbs take a clause as their object with or without "that":
// "said Arnor would", "believes Gondor can".
var clauseVerbs = map[string]bool{
	"say": true, "says": true, "said": true, "saying": true,
	"tell": true, "tells": true, "told": true, "telling": true,
	"add": true, "adds": true, "added": true,
	"claim": true, "claims": true, "claimed": true, "state": true, "states": true, "stated": true,
	"announce": true, "announces": true, "announced": true, "report": true, "reports": true, "reported": true,
	"declare": true, "declares": true, "declared": true, "warn": true, "warns": true, "warned": true,
	"note": true, "notes": true, "noted": true, "insist": true, "insists": true, "insisted": true,
	"argue": true, "argues": true, "argued": true, "stress": true, "stresses": true, "stressed": true,
	"confirm": true, "confirms": true, "confirmed": true, "deny": true, "denies": true, "denied": true,
	"believe": true, "believes": true, "believed": true, "think": true, "thinks": true, "thought": true,
	"hope": true, "hopes": true, "hoped": true, "expect": true, "expects": true, "expected": true,
	"know": true, "knows": true, "knew": true, "fear": true, "fears": true, "feared": true,
	"agree": true, "agrees": true, "agreed": true, "admit": true, "admits": true, "admitted": true,
	"suggest": true, "suggests": true, "suggested": true, "indicate": true, "indicated": true,
	"acknowledge": true, "acknowledged": true, "allege": true, "alleged": true, "accuse": false,
	"predict": true, "predicted": true, "promise": true, "promised": true, "vow": true, "vowed": true,
	"threaten": true, "threatened": true, "estimate": true, "estimated": true, "show": true, "showed": true,
	"explain": true, "explained": true, "complain": true, "complained": true, "charge": true, "charged": true,
	"feel": true, "feels": true, "felt": true, "assert": true, "asserted": true, "maintain": true, "maintained": true,
	"concede": true, "conceded": true, "reiterate": true, "reiterated": true, "emphasize": true, "emphasized": true,
	"recall": true, "recalled": true, "write": true, "wrote": true, "writes": true, "mean": true, "means": true,
	"find": true, "finds": true, "found": true, "conclude": true, "concludes": true, "concluded": true,
	"reveal": true, "reveals": true, "revealed": true,
}

// ofParticles are the particles a verb keeps before an of-phrase: "drove
// them out of", "is made up of".
var ofParticles = map[string]bool{"out": true, "off": true, "up": true}

// sayVerbs end a sentence after a comma: "..., the agency reported."
var sayVerbs = map[string]bool{
	"say": true, "says": true, "said": true, "told": true, "added": true, "reported": true, "reports": true,
	"announced": true, "stated": true, "claimed": true, "warned": true, "noted": true, "declared": true,
	"insisted": true, "stressed": true, "confirmed": true, "explained": true, "wrote": true, "writes": true,
	"according": true, "quoted": true, "reported.": true, "alleged": true, "charged": true, "argued": true,
}

// timeNouns head bare time noun phrases: "next week", "last Monday".
var timeNouns = map[string]bool{
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true,
	"day": true, "days": true, "weekend": true, "morning": true, "evening": true, "night": true,
	"afternoon": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}

// adverbialTime nouns name a time and work as adverbs: "Iran today threatened".
var adverbialTime = map[string]bool{"today": true, "yesterday": true, "tomorrow": true, "tonight": true}

// weekdays end a noun phrase: "on Wednesday NATO would ...".
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// approximators stand before numbers inside a noun phrase: "about 20 people".
var approximators = map[string]bool{
	"about": true, "around": true, "nearly": true, "almost": true, "approximately": true,
	"roughly": true, "some": true, "over": true, "only": true, "just": true, "at": false,
}

// ditransitives take two objects: "gave the Ivory Coast 5 million dollars".
var ditransitives = map[string]bool{
	"give": true, "gives": true, "gave": true, "given": true, "giving": true,
	"offer": true, "offers": true, "offered": true, "send": true, "sends": true, "sent": true,
	"hand": true, "hands": true, "handed": true, "grant": true, "grants": true, "granted": true,
	"award": true, "awarded": true, "lend": true, "lent": true, "pay": true, "paid": true,
	"owe": true, "owes": true, "owed": true, "sell": true, "sold": true, "deny": true, "denied": true,
	"bring": true, "brought": true, "show": true, "showed": true, "shown": true, "promise": true,
	"promised": true, "cost": true, "costs": true,
}

// irregularPast are past-tense forms without -ed that the tagger may miss.
var irregularPast = map[string]bool{
	"undertook": true, "took": true, "gave": true, "made": true, "met": true, "sent": true,
	"held": true, "led": true, "left": true, "fought": true, "struck": true, "shot": true,
	"won": true, "lost": true, "told": true, "said": true, "sought": true, "brought": true,
	"bought": true, "sold": true, "spoke": true, "broke": true, "threw": true, "wrote": true,
	"drove": true, "rode": true, "fled": true, "hit": true, "beat": true, "began": true,
	"withdrew": true, "overthrew": true, "forbade": true, "swore": true, "stole": true,
	"ran": true, "came": true, "went": true, "saw": true, "got": true, "kept": true, "stood": true,
}

// preDeterminers may stand before another determiner: "both the army and".
var preDeterminers = map[string]bool{"both": true, "either": true, "neither": true, "all": true, "half": true}

// tellVerbs take an object and a that-clause: "told Iraq that it would".
var tellVerbs = map[string]bool{
	"tell": true, "tells": true, "told": true, "telling": true,
	"warn": true, "warns": true, "warned": true, "warning": true,
	"inform": true, "informs": true, "informed": true,
	"assure": true, "assures": true, "assured": true,
	"remind": true, "reminds": true, "reminded": true,
	"notify": true, "notified": true, "convince": true, "convinced": true,
	"persuade": true, "persuaded": true,
}

// bareInfinitiveVerbs take an object and a bare infinitive: "helped the
// rebels carry out the attack", "let the inspectors enter".
var bareInfinitiveVerbs = map[string]bool{
	"help": true, "helps": true, "helped": true, "helping": true,
	"let": true, "lets": true, "letting": true,
	"make": true, "makes": true, "made": true, "making": true,
	"watch": true, "watched": true, "see": true, "saw": true,
}

// subjectControlPasts are past forms of verbs whose infinitive belongs to
// their own subject and that take no object before it: "agreed to
// resign", "voted to set up", never "X was agreed to resign". With an
// infinitive after them they cannot be a passive participle.
var subjectControlPasts = map[string]bool{
	"agreed": true, "offered": true, "threatened": true, "voted": true, "vowed": true,
	"pledged": true, "refused": true, "decided": true, "promised": true, "sought": true,
	"attempted": true, "declined": true, "failed": true, "tried": true, "hoped": true,
}
