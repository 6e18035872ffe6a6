// Package http serves dyad's read-only JSON API and the embedded dashboard
// over any dyad.EventStore.
//
// Routes (see docs/API.md and /api/openapi.json):
//
//	GET /healthz                 liveness and store counts
//	GET /api/events              events matching the query flags, paged
//	GET /api/events/{id}         one event, its mentions and highlighted sentences
//	GET /api/trend               event counts per interval, split by root or quad
//	GET /api/actors?q=           actor codes and names for type-ahead
//	GET /api/actors/{code}       an actor: whom it acts on, who acts on it, over time
//	GET /api/dyads/top           the most active (source, target) pairs of a period
//	GET /api/documents/{id}      a document's repaired text with its event spans
//	GET /api/stats               what the store holds
//	GET /api/openapi.json        the OpenAPI 3 description of the above
//	GET /                        the dashboard (http/assets)
//
// Query parameters carry the names of the "dyad query" flags. A bad parameter
// gets 400 with a message naming it; store errors are mapped by kind
// (dyad.EINVALID 400, dyad.ENOTFOUND 404, anything else 500 with a generic
// message and the details logged).
package http
