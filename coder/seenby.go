package coder

import (
	"slices"

	"github.com/dyadproject/dyad"
)

// dropSeenBy drops the events whose target is the agent of a participle
// of seeing or obtaining: "said in a confidential report seen by Reuters",
// "in a letter obtained by The Associated Press". Wire copy names the
// agency that read a document to source the story; it is no party to the
// statement or act the document reports. So is the author of a document
// named by a participle after it ("said in a statement issued by its
// foreign ministry").
func (s *sent) dropSeenBy(evs []dyad.Event) []dyad.Event {
	return slices.DeleteFunc(evs, func(e dyad.Event) bool {
		return s.seenByAgent(s.leafAt(e.Target.Span.Start))
	})
}

// seenByAgent reports whether the phrase starting at leaf t follows "BY"
// right after a participle of seeing or obtaining, or one of issuing
// right after a document noun (a determiner or possessive before the
// phrase is skipped: "obtained by The Associated Press", "issued by its
// foreign ministry").
func (s *sent) seenByAgent(t int) bool {
	if t > 0 && (s.words[t-1] == "THE" || s.tags[t-1] == "PRP$") {
		t--
	}
	if t < 2 || s.words[t-1] != "BY" {
		return false
	}
	switch s.words[t-2] {
	case "SEEN", "OBTAINED", "REVIEWED", "VIEWED":
		return true
	case "ISSUED", "PUBLISHED", "RELEASED", "CIRCULATED", "PREPARED", "DRAFTED", "WRITTEN", "COMPILED", "SENT":
		return t >= 3 && documentNoun(s.words[t-3])
	}
	return false
}

// documentNoun reports whether an upper-cased noun names a document.
func documentNoun(w string) bool {
	switch w {
	case "REPORT", "LETTER", "STATEMENT", "DOCUMENT", "DOCUMENTS", "MEMO", "MEMORANDUM", "CABLE",
		"CABLES", "EMAIL", "E-MAIL", "NOTE", "COMMUNIQUE", "FILING", "DRAFT", "ASSESSMENT", "TRANSCRIPT",
		"VIDEO", "RECORDING", "AUDIT", "DOSSIER", "BRIEFING", "SUMMARY":
		return true
	}
	return false
}
