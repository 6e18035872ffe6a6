//go:build !unix

package topic

import "time"

func cpuTime() (time.Duration, bool) { return 0, false }
