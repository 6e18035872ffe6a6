//go:build !unix

package benchtest

import "time"

func cpuTime() time.Duration { return 0 }
