package benchtest

import (
	"runtime"
	"testing"
	"time"
)

// TestCPUTimeGrows: busy work shows up as CPU time.
func TestCPUTimeGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no getrusage here")
	}
	start := CPUTime()
	x := 0
	for deadline := time.Now().Add(50 * time.Millisecond); time.Now().Before(deadline); {
		x++
	}
	if d := CPUTime() - start; d < 10*time.Millisecond {
		t.Errorf("50 ms of busy work took %v of CPU time (%d loops)", d, x)
	}
}
