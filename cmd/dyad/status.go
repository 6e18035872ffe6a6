package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/queue"
)

func init() {
	register(&Command{Name: "status", Summary: "show the NATS work queue: depth, workers, rates, failures", Run: runStatus})
}

func runStatus(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet("status", "--nats URL [--json]")
	natsURL := fs.String("nats", natsDefault(), "NATS server `URL`s, comma-separated (default $DYAD_NATS)")
	asJSON := fs.Bool("json", false, "print the state as JSON")
	over := fs.Duration("rate-over", time.Second, "measure the queue's rate over this long (0: no rate)")
	dead := fs.Int("dead", 10, "latest dead letters to show")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return dyad.Errorf(dyad.EINVALID, "unexpected argument %q", rest[0])
	}
	nc, js, err := queue.Connect(*natsURL, "dyad status")
	if err != nil {
		return err
	}
	defer nc.Close()
	st, err := queue.Status(ctx, js, *dead)
	if err != nil {
		return err
	}
	rate := 0.0
	if *over > 0 {
		select {
		case <-time.After(*over):
		case <-ctx.Done():
			return ctx.Err()
		}
		st2, err := queue.Status(ctx, js, *dead)
		if err != nil {
			return err
		}
		rate, st = queue.Rate(st, st2), st2
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			queue.State
			Rate float64 `json:"rate"`
		}{st, rate})
	}
	printStatus(m.Stdout, st, rate)
	return nil
}

func printStatus(w io.Writer, st queue.State, rate float64) {
	fmt.Fprintf(w, "queue:    %d waiting, %d in flight (%d redelivered), %.1f docs/s\n", st.Waiting, st.InFlight, st.Redelivered, rate)
	fmt.Fprintf(w, "workers:  %d live, %d idle pull requests\n", len(st.Workers), st.Pulls)
	fmt.Fprintf(w, "failures: %d dead letters\n", st.Dead)
	if len(st.Workers) > 0 {
		fmt.Fprintln(w)
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "worker\tcoded\trejected\tskipped\tredelivered\tdead\tstore errors\tdocs/s\tup\t")
		for _, c := range st.Workers {
			up := c.Updated.Sub(c.Started)
			rate := float64(c.Coded+c.Rejected+c.Skipped) / max(up.Seconds(), 1e-3)
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%.1f\t%s\t\n", c.Name, c.Coded, c.Rejected, c.Skipped, c.Redelivered, c.Dead, c.StoreErrors, rate, up.Round(time.Second))
		}
		tw.Flush()
		for _, c := range st.Workers {
			if c.LastError != "" {
				fmt.Fprintf(w, "%s: last error: %s\n", c.Name, c.LastError)
			}
		}
	}
	if len(st.DeadLetters) > 0 {
		fmt.Fprintln(w, "\nlatest dead letters:")
		for _, d := range st.DeadLetters {
			fmt.Fprintf(w, "  %s  %s  (%d deliveries) %s\n", d.Time.Format(time.DateTime), d.Doc, d.Deliveries, d.Reason)
		}
	}
}
