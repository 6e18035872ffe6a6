package coder

import "strings"

// A speech act closing a reported clause. "Russia said it was leaving the
// deal, accusing the West of bad faith", "Iraq's militia said three of its
// fighters were killed in a strike, blaming Israel", "China said Indian
// troops had crossed the line, urging New Delhi to restrain them": the parse
// hangs the participle clause inside the complement of "said", so the
// complement's subject ("it", "three of its fighters", "Indian troops")
// became the accuser, and a subject that names no actor left the
// accusation with none. An accusation, warning, appeal or rejection that
// closes a report is the reporter's, as the adverbial participle's
// controller is the subject of the clause it closes, and that clause is the
// report itself. Acts of other kinds stay with the complement's subject
// ("said Israeli troops raided the camp, killing three": the troops
// killed), and so does a complement that tells another actor's speech or
// meeting ("said the president spoke with Putin, urging him to …": the
// president urged).

// speechActParticiples are the participles of a speech act that closes a
// report.
var speechActParticiples = map[string]bool{
	"ACCUSING": true, "BLAMING": true, "URGING": true, "CALLING": true, "WARNING": true,
	"VOWING": true, "DEMANDING": true, "REJECTING": true, "DENYING": true, "THREATENING": true,
	"CONDEMNING": true, "CRITICISING": true, "CRITICIZING": true, "DENOUNCING": true, "APPEALING": true,
}

// reportedSpeech are the verbs of a complement that tells another actor's
// speech or meeting, whose closing participle is that actor's.
var reportedSpeech = map[string]bool{
	"SAID": true, "SAYS": true, "TOLD": true, "SPOKE": true, "WROTE": true, "MET": true,
	"CALLED": true, "TALKED": true, "ADDRESSED": true, "URGED": true, "WARNED": true,
}

// reportClosing reports whether the verb at leaf vi is a speech-act
// participle opening a clause set off by a comma: "…, accusing the West".
func (s *sent) reportClosing(vi int) bool {
	if vi < 1 || s.tags[vi] != "VBG" || !speechActParticiples[s.words[vi]] || s.tags[vi-1] != "," {
		return false
	}
	vp := s.parent[s.leafK[vi]]
	if vp < 0 || !isLabel(s.nodes[vp].Label, "VP") {
		return false
	}
	cl := s.parent[vp]
	return cl >= 0 && isLabel(s.nodes[cl].Label, "S") && s.spans[cl].first == vi
}

// reportComplement reports whether clause p, holding the closing
// participle at leaf vi, is the complement of a verb of report ("said
// (SBAR (S it was leaving …, accusing …))") and tells no other actor's
// speech before the participle: the participle then closes the report,
// not the reported clause.
func (s *sent) reportComplement(p, vi int) bool {
	q := s.parent[p]
	if q >= 0 && isLabel(s.nodes[q].Label, "SBAR") {
		q = s.parent[q]
	}
	if q < 0 || !isLabel(s.nodes[q].Label, "VP") {
		return false
	}
	head := s.spans[q].first
	if !strings.HasPrefix(s.tags[head], "VB") || !reportVerbs[s.words[head]] { // demand.go
		return false
	}
	for j := s.spans[p].first; j < vi; j++ {
		if reportedSpeech[s.words[j]] && strings.HasPrefix(s.tags[j], "VB") {
			return false
		}
	}
	return true
}
