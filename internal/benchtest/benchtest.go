// Package benchtest holds what dyad's benchmarks share: the CPU time a
// process has used, so that figures measured on a shared machine say what
// one core costs rather than how long the queue for it was.
package benchtest

import "time"

// CPUTime returns the user plus system CPU time the process has used so far,
// or 0 where the operating system does not tell.
func CPUTime() time.Duration { return cpuTime() }
