package queue

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyadproject/dyad"
)

// Publisher puts jobs on the queue, many in flight at once. JetStream drops
// a message whose id it saw in the last ten minutes, so enqueueing the same
// inputs twice in a row queues them once; later, workers skip documents the
// store already holds.
type Publisher struct {
	js      jetstream.JetStream
	max     int // largest payload the server takes
	pending []jetstream.PubAckFuture
	n       int
}

// NewPublisher returns a publisher on js. nc gives the server's payload limit.
func NewPublisher(nc *nats.Conn, js jetstream.JetStream) *Publisher {
	return &Publisher{js: js, max: int(nc.MaxPayload())}
}

// Publish queues a job. A document too large for one NATS message is
// queued as a reject saying so.
func (p *Publisher) Publish(ctx context.Context, j Job) error {
	b, err := json.Marshal(j)
	if err != nil {
		return dyad.E(dyad.EINTERNAL, "queue: encode", err)
	}
	if len(b) > p.max-1024 && j.Doc != nil {
		d := j.Doc
		r := dyad.Reject{Input: d.Input, Offset: d.InputOffset, DocID: d.ID, Kind: "rejected",
			Reason: fmt.Sprintf("document of %d bytes is larger than a NATS message (%d bytes)", len(b), p.max)}
		return p.Publish(ctx, Job{Reject: &r})
	}
	msg := &nats.Msg{Subject: Subject, Data: b, Header: nats.Header{}}
	msg.Header.Set(jetstream.MsgIDHeader, jobID(j))
	f, err := p.js.PublishMsgAsync(msg)
	if err != nil {
		return dyad.E(dyad.EINTERNAL, "queue: publish", err)
	}
	p.pending = append(p.pending, f)
	p.n++
	if len(p.pending) >= 4096 {
		return p.Flush(ctx)
	}
	return nil
}

// Flush waits until the server has stored every job published so far.
func (p *Publisher) Flush(ctx context.Context) error {
	for _, f := range p.pending {
		select {
		case <-f.Ok():
		case err := <-f.Err():
			p.pending = nil
			return dyad.E(dyad.EINTERNAL, "queue: publish", err)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	p.pending = p.pending[:0]
	return nil
}

// Published is how many jobs Publish accepted.
func (p *Publisher) Published() int { return p.n }

// jobID is the message id JetStream deduplicates on: the document id, or a
// hash of what makes a reject distinct.
func jobID(j Job) string {
	if j.Doc != nil {
		return "doc:" + j.Doc.ID
	}
	h := fnv.New64a()
	if r := j.Reject; r != nil {
		fmt.Fprintf(h, "%s\x00%d\x00%s\x00%s", r.Input, r.Offset, r.DocID, r.Reason)
	}
	return fmt.Sprintf("reject:%x", h.Sum64())
}
