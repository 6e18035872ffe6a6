package http

import (
	"net/http"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// DocumentView is the body of GET /api/documents/{id}: the stored document
// (its repaired text, sentences and mentions) and the source, target and verb
// of every mention marked in the text.
type DocumentView struct {
	*dyad.StoredDocument
	Marks    []Mark    `json:"marks"` // bytes of Text
	Segments []Segment `json:"segments"`
}

func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" || len(id) > 1024 || !utf8.ValidString(id) {
		s.writeError(w, r, dyad.Errorf(dyad.EINVALID, "parameter \"id\": not a document id"))
		return
	}
	if err := newParams(r.URL.Query()).done(); err != nil {
		s.writeError(w, r, err)
		return
	}
	d, err := s.Store.Document(r.Context(), id)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	d.URL = safeURL(d.URL)
	marks := documentMarks(d.Mentions, len(d.Text))
	writeJSON(w, http.StatusOK, DocumentView{StoredDocument: d, Marks: marks, Segments: segments(d.Text, marks)})
}
