package http

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/dyadproject/dyad"
)

// Limits on requests. They keep one client from tying up the server.
const (
	MaxHeaderBytes  = 16 << 10 // request line and headers, including the query string
	MaxBodyBytes    = 1 << 10  // the API is read-only: bodies are not read
	DefaultDeadline = 10 * time.Second
)

// Server answers the API and serves the dashboard from a store.
type Server struct {
	Store  dyad.EventStore
	Logger *slog.Logger
	// Deadline bounds the time a request may spend in the store;
	// zero means DefaultDeadline.
	Deadline time.Duration
	// Version is reported by /healthz.
	Version string

	mux *http.ServeMux
}

// New returns a server over store that logs to logger (nil: slog.Default()).
func New(store dyad.EventStore, logger *slog.Logger) *Server {
	if logger == nil {
		logger = slog.Default()
	}
	s := &Server{Store: store, Logger: logger}
	s.mux = http.NewServeMux()
	s.routes()
	return s
}

func (s *Server) routes() {
	s.mux.HandleFunc("GET /healthz", s.handleHealth)
	s.mux.HandleFunc("GET /api/events", s.handleEvents)
	s.mux.HandleFunc("GET /api/events/{id}", s.handleEvent)
	s.mux.HandleFunc("GET /api/trend", s.handleTrend)
	s.mux.HandleFunc("GET /api/actors", s.handleActors)
	s.mux.HandleFunc("GET /api/actors/{code}", s.handleActor)
	s.mux.HandleFunc("GET /api/dyads/top", s.handleTopDyads)
	s.mux.HandleFunc("GET /api/documents/{id...}", s.handleDocument)
	s.mux.HandleFunc("GET /api/stats", s.handleStats)
	s.mux.HandleFunc("GET /api/openapi.json", s.handleOpenAPI)
	s.mux.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) {
		writeJSONError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	})
	s.mux.Handle("GET /", assetHandler())
}

// ServeHTTP applies the request limits and security headers, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
	r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
	d := s.Deadline
	if d <= 0 {
		d = DefaultDeadline
	}
	ctx, cancel := context.WithTimeout(r.Context(), d)
	defer cancel()
	sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
	s.mux.ServeHTTP(sw, r.WithContext(ctx))
	s.Logger.Debug("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "elapsed", time.Since(start))
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

// HTTPServer returns a net/http server for s on addr with read, write and idle
// timeouts and a header size limit.
func (s *Server) HTTPServer(addr string) *http.Server {
	d := s.Deadline
	if d <= 0 {
		d = DefaultDeadline
	}
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      d + 5*time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.Logger.Handler(), slog.LevelWarn),
	}
}

// Serve answers on ln until ctx is done, then shuts down gracefully, giving
// requests in flight up to grace to finish.
func (s *Server) Serve(ctx context.Context, ln net.Listener, grace time.Duration) error {
	hs := s.HTTPServer(ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return dyad.E(dyad.EINTERNAL, "serve", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return dyad.E(dyad.EINTERNAL, "serve: shutdown", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return dyad.E(dyad.EINTERNAL, "serve", err)
	}
	return nil
}
