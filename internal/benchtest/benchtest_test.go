package benchtest

import (
	"runtime"
	"testing"
	"time"
)

// TestCPUTimeGrows: busy work shows up as CPU time. It spins until 10 ms
// of CPU time have been counted rather than for a fixed wall time, so a
// loaded machine (other processes taking the cores) only makes it slower;
// a CPUTime that never grows still fails, after 20 s of wall time.
func TestCPUTimeGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no getrusage here")
	}
	start := CPUTime()
	x := 0
	for deadline := time.Now().Add(20 * time.Second); CPUTime()-start < 10*time.Millisecond; x++ {
		if time.Now().After(deadline) {
			t.Fatalf("20 s of busy work counted %v of CPU time (%d loops)", CPUTime()-start, x)
		}
	}
}
