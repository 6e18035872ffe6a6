// Package report gathers what an event store holds about a dyad over a period — headline numbers, monthly trends by root code and by topic, the Goldstein line, the most reported events and new or rising topics, beside comparison dyads — and writes it as one self-contained HTML page or as Markdown with PNG charts.
//
// Build asks the store only through dyad.EventStore (Events and Trend), so
// every figure in a report is one "dyad query" or "dyad trend" gives on the
// same store. Count answers "how many events of this kind, per target"
// questions, and Compare lines up several dyads' trends on the same periods.
package report
