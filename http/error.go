package http

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/dyadproject/dyad"
)

// errorBody is the JSON body of every error response.
type errorBody struct {
	Error string `json:"error"`
}

// statusOf maps a dyad error kind to an HTTP status.
func statusOf(err error) int {
	switch dyad.ErrorKind(err) {
	case dyad.EINVALID:
		return http.StatusBadRequest
	case dyad.ENOTFOUND:
		return http.StatusNotFound
	case dyad.ECONFLICT:
		return http.StatusConflict
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// writeError answers with the status of err's kind. Messages of invalid-input
// and not-found errors are meant for people and are shown; anything else is
// logged with the request and answered with a generic message.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code := statusOf(err)
	msg := err.Error()
	switch code {
	case http.StatusServiceUnavailable:
		s.Logger.Warn("request timed out", "path", r.URL.Path, "query", r.URL.RawQuery, "err", err)
		msg = "the query took too long; narrow it down"
	case http.StatusInternalServerError:
		s.Logger.Error("request failed", "path", r.URL.Path, "query", r.URL.RawQuery, "err", err)
		msg = "internal error"
	}
	writeJSONError(w, code, msg)
}

func writeJSONError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, errorBody{Error: msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		code, b = http.StatusInternalServerError, []byte(`{"error":"internal error"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write(b)
	w.Write([]byte("\n"))
}
