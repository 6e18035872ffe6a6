//go:build unix

package topic

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used, user and system. On a
// shared machine it measures work where wall time measures the queue.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
