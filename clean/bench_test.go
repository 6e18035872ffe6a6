package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/benchtest"
)

// benchInputs are fixed documents from testdata: the reference article
// (damaged in every way the repair handles), the clean articles, and the
// clean articles damaged by the test damage functions.
func benchInputs(b *testing.B) map[string]string {
	b.Helper()
	ref, err := os.ReadFile("testdata/reference/000_1ceb474dbb916ca5.txt")
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/articles/*.txt")
	var clean []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		clean = append(clean, strings.TrimSpace(string(t)))
	}
	all := strings.Join(clean, "\n\n")
	return map[string]string{
		"reference": string(ref),
		"clean":     all,
		"damaged":   "Business as usual meme free#\n" + naiveReverse(glueShifted(mojibake(accented)+all, 0xE9)),
	}
}

func BenchmarkRepair(b *testing.B) {
	for name, in := range benchInputs(b) {
		sentences := len(splitUnits(in, 0))
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			cpu0 := benchtest.CPUTime()
			for b.Loop() {
				doc := &dyad.Document{Text: in}
				Repair(doc, Options{Names: gazetteerNames})
			}
			reportCPU(b, cpu0, len(in))
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(b.N)/sec, "docs/s")
			b.ReportMetric(float64(b.N*sentences)/sec, "sentences/s")
		})
	}
}

// BenchmarkRepairNoLang leaves out language identification, to show what
// the repair steps cost on their own.
func BenchmarkRepairNoLang(b *testing.B) {
	for name, in := range benchInputs(b) {
		sentences := len(splitUnits(in, 0))
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			cpu0 := benchtest.CPUTime()
			for b.Loop() {
				doc := &dyad.Document{Text: in}
				Repair(doc, Options{Disable: []string{"language"}, Names: gazetteerNames})
			}
			reportCPU(b, cpu0, len(in))
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(b.N)/sec, "docs/s")
			b.ReportMetric(float64(b.N*sentences)/sec, "sentences/s")
		})
	}
}

// reportCPU reports CPU time per op and the CPU-time throughput in MB/s.
func reportCPU(b *testing.B, start time.Duration, size int) {
	d := benchtest.CPUTime() - start
	if d <= 0 || b.N == 0 {
		return
	}
	per := d / time.Duration(b.N)
	b.ReportMetric(float64(per.Nanoseconds()), "cpu-ns/op")
	b.ReportMetric(float64(size)/per.Seconds()/1e6, "cpu-MB/s")
}
