package where

import "github.com/dyadproject/dyad"

// SetEvent sets ev.Location to the place nearest its verb that the sentence
// supports, with the span moved to bytes of Document.Text, or leaves it nil.
// ev.Verb and s.Span are bytes of Document.Text.
func (g *Gazetteer) SetEvent(ev *dyad.Event, s *dyad.Sentence) {
	verb := ev.Verb.Start - s.Span.Start
	if verb < 0 || verb > len(s.Text) {
		verb = 0
	}
	l := g.Near(s.Text, verb)
	if l == nil {
		ev.Location = nil
		return
	}
	l.Span.Start += s.Span.Start
	l.Span.End += s.Span.Start
	ev.Location = l
}
