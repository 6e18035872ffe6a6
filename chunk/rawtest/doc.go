// Package rawtest holds the integration tests and benchmarks of the raw-text
// path — sentence, token, tag and chunk feeding the coder — kept apart so the
// chunk package's own tests build without the coder and its dictionaries.
package rawtest
