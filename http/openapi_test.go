package http

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// TestOpenAPIMatchesRoutes keeps /api/openapi.json in step with the routes
// the server registers and the parameters they read.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string `json:"openapi"`
		Paths   map[string]map[string]struct {
			Parameters []struct {
				Ref  string `json:"$ref"`
				Name string `json:"name"`
			} `json:"parameters"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi %q", doc.OpenAPI)
	}
	src := readFile(t, "server.go")
	routes := regexp.MustCompile(`HandleFunc\("GET (/[^" ]*)"`).FindAllStringSubmatch(src, -1)
	if len(routes) < 9 {
		t.Fatalf("found only %d routes in server.go", len(routes))
	}
	for _, m := range routes {
		p := strings.ReplaceAll(m[1], "...}", "}")
		if p == "/api/" {
			continue
		}
		if _, ok := doc.Paths[p]; !ok {
			t.Errorf("route %s is not in openapi.json", p)
		}
	}
	params := map[string]bool{}
	for _, p := range doc.Paths["/api/events"]["get"].Parameters {
		params[strings.TrimPrefix(p.Ref, "#/components/parameters/")+p.Name] = true
	}
	for _, name := range []string{"source", "target", "actor", "code", "root", "quad", "since", "until", "text", "topic", "limit", "cursor"} {
		if !params[name] {
			t.Errorf("/api/events: parameter %s not described", name)
		}
	}
}
