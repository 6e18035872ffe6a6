// Package queue is dyad's NATS JetStream work queue: enqueue documents, let any number of workers code them into one store, and report on the queue.
package queue

import (
	"context"
	"errors"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dyadproject/dyad"
)

// Names of the JetStream objects the queue uses.
const (
	Stream      = "DYAD_DOCS"    // work-queue stream: a message is removed once a worker acknowledges it
	Subject     = "dyad.docs"    // subject documents are published on
	Consumer    = "dyad-workers" // the durable pull consumer all workers share
	DeadStream  = "DYAD_DEAD"    // documents that failed repeatedly, kept with the reason
	DeadSubject = "dyad.dead"
	WorkerKV    = "dyad_workers" // each live worker's counters, expiring when it stops reporting
)

// Headers of a dead letter.
const (
	HeaderReason     = "Dyad-Reason"
	HeaderDoc        = "Dyad-Doc"
	HeaderDeliveries = "Dyad-Deliveries"
)

// Job is one message of the queue: a document to code, or the reject of an
// input record that never became a document (so the store records it as a
// single-process run would).
//
// "dyad enqueue" assigns story clusters as "dyad ingest" does: the
// document carries its cluster, and Signature its near-duplicate signature
// (Document.Signature, which the document's JSON leaves out), stored with
// it so that a later enqueue puts it back into its story index. StoryDate,
// when set, is the first publication date of the story the document joined
// (ingest.StoryDate): the worker gives it to the events the document alone
// dates, so that a copy republished days later counts toward the story's
// events instead of making new ones.
type Job struct {
	Doc       *dyad.Document `json:"doc,omitempty"`
	Reject    *dyad.Reject   `json:"reject,omitempty"`
	Signature []byte         `json:"signature,omitempty"`
	StoryDate time.Time      `json:"story_date,omitzero"`
}

// Config sets up the queue. The zero value is usable.
type Config struct {
	// AckWait is how long a worker may hold a document without reporting
	// progress before JetStream gives it to another worker (default 30s).
	// Workers report progress while they work, so this bounds how soon the
	// documents of a killed worker are redelivered.
	AckWait time.Duration
	// MaxAckPending caps the documents delivered and not yet acknowledged,
	// over all workers: the queue's back-pressure (default 1024).
	MaxAckPending int
	// Replicas of the streams in a NATS cluster (default 1).
	Replicas int
}

func (c Config) withDefaults() Config {
	if c.AckWait <= 0 {
		c.AckWait = 30 * time.Second
	}
	if c.MaxAckPending <= 0 {
		c.MaxAckPending = 1024
	}
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
	return c
}

// Setup creates the streams, the consumer and the worker bucket, or updates
// them to cfg. Every command calls it, so any of them may run first.
func Setup(ctx context.Context, js jetstream.JetStream, cfg Config) error {
	cfg = cfg.withDefaults()
	_, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: Stream, Subjects: []string{Subject}, Retention: jetstream.WorkQueuePolicy,
		Storage: jetstream.FileStorage, Replicas: cfg.Replicas, Duplicates: 10 * time.Minute,
		Description: "dyad: documents waiting to be coded",
	})
	if err != nil {
		return dyad.E(dyad.EINTERNAL, "queue: stream "+Stream, err)
	}
	_, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: DeadStream, Subjects: []string{DeadSubject}, Retention: jetstream.LimitsPolicy,
		Storage: jetstream.FileStorage, Replicas: cfg.Replicas, MaxAge: 30 * 24 * time.Hour,
		Description: "dyad: documents that failed repeatedly, with the reason",
	})
	if err != nil {
		return dyad.E(dyad.EINTERNAL, "queue: stream "+DeadStream, err)
	}
	_, err = js.CreateOrUpdateConsumer(ctx, Stream, jetstream.ConsumerConfig{
		Durable: Consumer, AckPolicy: jetstream.AckExplicitPolicy, AckWait: cfg.AckWait,
		MaxDeliver: -1, MaxAckPending: cfg.MaxAckPending, FilterSubject: Subject,
		Description: "dyad workers",
	})
	if err != nil {
		return dyad.E(dyad.EINTERNAL, "queue: consumer "+Consumer, err)
	}
	_, err = js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket: WorkerKV, TTL: 30 * time.Second, Storage: jetstream.FileStorage, Replicas: cfg.Replicas,
		Description: "dyad: live workers and their counters",
	})
	if err != nil {
		return dyad.E(dyad.EINTERNAL, "queue: bucket "+WorkerKV, err)
	}
	return nil
}

// Connect connects to the NATS server(s) at url (comma-separated for a
// cluster), reconnecting for ever when a server goes away.
func Connect(url, name string) (*nats.Conn, jetstream.JetStream, error) {
	nc, err := nats.Connect(url, nats.Name(name), nats.MaxReconnects(-1), nats.ReconnectWait(250*time.Millisecond),
		nats.RetryOnFailedConnect(false))
	if err != nil {
		return nil, nil, dyad.E(dyad.EINVALID, "queue: connect "+url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, dyad.E(dyad.EINTERNAL, "queue: jetstream", err)
	}
	return nc, js, nil
}

// temporary reports whether err is a NATS failure worth waiting out (a
// server restarting, a timeout) rather than a mistake.
func temporary(err error) bool {
	return errors.Is(err, nats.ErrTimeout) || errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, nats.ErrConnectionClosed) || errors.Is(err, nats.ErrDisconnected) ||
		errors.Is(err, nats.ErrConnectionReconnecting) || errors.Is(err, jetstream.ErrNoHeartbeat) ||
		errors.Is(err, nats.ErrNoResponders) || errors.Is(err, jetstream.ErrNoStreamResponse)
}
