package queue

import (
	"context"
	"encoding/json"
	"errors"
	"sort"
	"strconv"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyadproject/dyad"
)

// State is a snapshot of the queue for "dyad status".
type State struct {
	Time        time.Time    `json:"time"`
	Waiting     uint64       `json:"waiting"`     // queued, not yet delivered
	InFlight    int          `json:"in_flight"`   // delivered, not yet acknowledged
	Redelivered int          `json:"redelivered"` // of those, delivered more than once
	Done        uint64       `json:"done"`        // stream sequence below which every job is acknowledged
	Pulls       int          `json:"pulls"`       // pull requests waiting: idle worker capacity
	Dead        uint64       `json:"dead"`        // in the dead-letter stream
	DeadLetters []DeadLetter `json:"dead_letters,omitempty"`
	Workers     []Counters   `json:"workers"` // live workers (reported in the last 30 s)
}

// DeadLetter is a document that failed repeatedly, and why.
type DeadLetter struct {
	Time       time.Time `json:"time"`
	Doc        string    `json:"doc,omitempty"`
	Reason     string    `json:"reason"`
	Deliveries int       `json:"deliveries,omitempty"`
}

// Status reads the state of the queue, with up to n of the latest dead letters.
func Status(ctx context.Context, js jetstream.JetStream, n int) (State, error) {
	st := State{Time: time.Now()}
	cons, err := js.Consumer(ctx, Stream, Consumer)
	if errors.Is(err, jetstream.ErrStreamNotFound) || errors.Is(err, jetstream.ErrConsumerNotFound) {
		return st, dyad.Errorf(dyad.ENOTFOUND, "queue: no dyad queue on this server yet (run 'dyad enqueue' or 'dyad worker')")
	}
	if err != nil {
		return st, dyad.E(dyad.EINTERNAL, "queue: status", err)
	}
	info, err := cons.Info(ctx)
	if err != nil {
		return st, dyad.E(dyad.EINTERNAL, "queue: status", err)
	}
	st.Waiting, st.InFlight, st.Redelivered, st.Pulls = info.NumPending, info.NumAckPending, info.NumRedelivered, info.NumWaiting
	st.Done = info.AckFloor.Stream
	if dead, err := js.Stream(ctx, DeadStream); err == nil {
		di, err := dead.Info(ctx)
		if err == nil {
			st.Dead = di.State.Msgs
			for seq := di.State.LastSeq; seq >= di.State.FirstSeq && seq > 0 && len(st.DeadLetters) < n; seq-- {
				m, err := dead.GetMsg(ctx, seq)
				if err != nil {
					continue
				}
				d := DeadLetter{Time: m.Time, Doc: m.Header.Get(HeaderDoc), Reason: m.Header.Get(HeaderReason)}
				d.Deliveries, _ = strconv.Atoi(m.Header.Get(HeaderDeliveries))
				st.DeadLetters = append(st.DeadLetters, d)
			}
		}
	}
	if kv, err := js.KeyValue(ctx, WorkerKV); err == nil {
		if keys, err := kv.ListKeys(ctx); err == nil {
			for k := range keys.Keys() {
				e, err := kv.Get(ctx, k)
				if err != nil {
					continue
				}
				var c Counters
				if json.Unmarshal(e.Value(), &c) == nil && time.Since(c.Updated) < 30*time.Second {
					st.Workers = append(st.Workers, c)
				}
			}
		}
	}
	sort.Slice(st.Workers, func(i, j int) bool { return st.Workers[i].Name < st.Workers[j].Name })
	return st, nil
}

// Rate is the documents acknowledged per second between two snapshots.
func Rate(before, after State) float64 {
	d := after.Time.Sub(before.Time).Seconds()
	if d <= 0 || after.Done < before.Done {
		return 0
	}
	return float64(after.Done-before.Done) / d
}
