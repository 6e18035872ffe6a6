package actor

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used. The machine is shared, so
// wall-clock rates measure the queue; benchmarks also report per CPU second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
