package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/learn"
)

// TestTrainWritesModel trains on a small set written for the test and
// checks what lands in --out: a model file learn.Parse reads, trained on
// the dev half only (the held row's code never becomes a class).
func TestTrainWritesModel(t *testing.T) {
	dir := t.TempDir()
	// Ids chosen by half: three dev rows give the coder's 0314 the code
	// 0312; a held row would teach 0871.
	var dev, held []string
	for i := 0; len(dev) < 3 || len(held) < 1; i++ {
		id := "z-" + string(rune('a'+i%26)) + string(rune('a'+i/26))
		if eval.Half(id) == eval.HalfDev {
			dev = append(dev, id)
		} else {
			held = append(held, id)
		}
	}
	var tsv strings.Builder
	tsv.WriteString("id\tcode\tsource\ttarget\tsentence\n")
	for _, id := range dev[:3] {
		tsv.WriteString(id + "\t0312\tFRA\tDEU\tFrance agreed to share intelligence with Germany.\n")
	}
	tsv.WriteString(held[0] + "\t0871\tFRA\tDEU\tFrance agreed to share intelligence with Germany.\n")
	set := filepath.Join(dir, "made.tsv")
	if err := os.WriteFile(set, []byte(tsv.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "model.txt")
	var stdout, stderr bytes.Buffer
	m := &Main{Stdout: &stdout, Stderr: &stderr}
	if code := m.Run(context.Background(), []string{"train", "--setting", "1,0.01,0.5", "--out", out, set}); code != 0 {
		t.Fatalf("train: exit %d: %s", code, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	model, err := learn.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), "3 dev sentences") {
		t.Errorf("train read more than the dev half: %s", stdout.String())
	}
	if !slices.Contains(model.Classes, "0312") || slices.Contains(model.Classes, "0871") {
		t.Errorf("classes %v: want the dev rows' 0312 and not the held row's 0871", model.Classes)
	}
	if code := m.Run(context.Background(), []string{"train", "--setting", "x", set}); code != 2 {
		t.Errorf("train --setting x: exit %d, want 2", code)
	}
	// --report promises to write nothing, so it does not take --setting.
	out2 := filepath.Join(dir, "model2.txt")
	if code := m.Run(context.Background(), []string{"train", "--report", "--setting", "1,0.01,0.5", "--out", out2, set}); code != 2 {
		t.Errorf("train --report --setting: exit %d, want 2", code)
	}
	if _, err := os.Stat(out2); err == nil {
		t.Errorf("train --report --setting wrote %s", out2)
	}
	if code := m.Run(context.Background(), []string{"train"}); code != 2 {
		t.Errorf("train with no sets: exit %d, want 2", code)
	}
}

// TestTrainWritesChosenSetting runs "dyad train" with no --setting on a
// small set written for the test and checks that it says which cell the
// rule chose and why, and that the model it writes is byte for byte the
// one --setting gives for that cell: what the user gets from plain
// "dyad train" is what the project ships from the setting it names.
func TestTrainWritesChosenSetting(t *testing.T) {
	dir := t.TempDir()
	var tsv strings.Builder
	tsv.WriteString("id\tcode\tsource\ttarget\tsentence\n")
	for i, n := 0, 0; n < 8; i++ {
		id := "y-" + string(rune('a'+i%26)) + string(rune('a'+i/26))
		if eval.Half(id) != eval.HalfDev {
			continue
		}
		n++
		tsv.WriteString(id + "\t0312\tFRA\tDEU\tFrance agreed to share intelligence with Germany.\n")
	}
	set := filepath.Join(dir, "made.tsv")
	if err := os.WriteFile(set, []byte(tsv.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	m := &Main{Stdout: &stdout, Stderr: &stderr}
	plain := filepath.Join(dir, "plain.txt")
	if code := m.Run(context.Background(), []string{"train", "--out", plain, set}); code != 0 {
		t.Fatalf("train: exit %d: %s", code, stderr.String())
	}
	_, chosen, ok := strings.Cut(stdout.String(), "\nchosen: ")
	if !ok {
		t.Fatalf("train names no chosen cell:\n%s", stdout.String())
	}
	chosen, _, _ = strings.Cut(chosen, "\n")
	_, setting, ok := strings.Cut(chosen, "(--setting ")
	setting, _, _ = strings.Cut(setting, ")")
	if !ok || !strings.Contains(chosen, "drop_at 1.00") || !strings.Contains(chosen, "; ") {
		t.Fatalf("chosen line %q: want drop_at 1, the --setting and the reason", chosen)
	}
	fixed := filepath.Join(dir, "fixed.txt")
	if code := m.Run(context.Background(), []string{"train", "--setting", setting, "--out", fixed, set}); code != 0 {
		t.Fatalf("train --setting %s: exit %d: %s", setting, code, stderr.String())
	}
	a, errA := os.ReadFile(plain)
	b, errB := os.ReadFile(fixed)
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if !bytes.Equal(a, b) {
		t.Errorf("plain train and train --setting %s (the cell it chose) wrote different models", setting)
	}
}

// TestInParallelStops checks that a cancelled context stops inParallel
// starting calls, so "dyad train" stops promptly on SIGINT or SIGTERM.
func TestInParallelStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var mu sync.Mutex
	calls := 0
	err := inParallel(ctx, 1000, func(int) {
		mu.Lock()
		calls++
		if calls == 1 {
			cancel()
		}
		mu.Unlock()
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if calls > 100 {
		t.Errorf("%d calls after cancelling at the first, want few", calls)
	}
	if err := inParallel(context.Background(), 10, func(int) {}); err != nil {
		t.Errorf("uncancelled: %v", err)
	}
}
