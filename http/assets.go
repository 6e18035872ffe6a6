package http

import (
	"embed"
	"io/fs"
	"net/http"
)

// assets holds the dashboard: plain HTML, CSS and JavaScript modules, and the
// vendored uPlot chart library. There is no build step.
//
//go:embed assets
var assets embed.FS

//go:embed openapi.json
var openAPI []byte

func assetHandler() http.Handler {
	sub, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(err) // the embedded tree always has the directory
	}
	files := http.FileServerFS(sub)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
}

func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(openAPI)
}
