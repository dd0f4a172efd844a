package redisstate

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/bsm/redislock"

	"articlebot/bot"
)

// Defaults of the poller lease.
const (
	DefaultLeaseTTL = 5 * time.Second
	// DefaultOrphan is how long Redis may fail while no replica polls
	// before this one polls without the lease: answers matter more than a
	// brief 409 Conflict between two pollers.
	DefaultOrphan = 15 * time.Second
)

var _ bot.Elector = (*Elector)(nil)

// Elector elects the one replica that long-polls Telegram with a lease
// (github.com/bsm/redislock) on ab:<bot>:poller: taken with SET NX PX,
// renewed every third of its TTL, released at shutdown, so the others take
// over within TTL plus a retry (about 5.5 s) when the poller dies.
//
// While Redis fails, the holder keeps polling (no other replica can take the
// lease meanwhile), and a replica that finds Redis failing for Orphan with no
// lease polls without it until Redis answers again; when it does, a replica
// that finds the lease held by another stops.
type Elector struct {
	s      *Store
	locks  *redislock.Client
	key    string
	ttl    time.Duration
	retry  time.Duration
	orphan time.Duration
}

// NewElector returns the poller election on s; zero durations mean the
// defaults (TTL 5 s, orphan 15 s).
func NewElector(s *Store, ttl, orphan time.Duration) *Elector {
	if ttl <= 0 {
		ttl = DefaultLeaseTTL
	}
	if orphan <= 0 {
		orphan = DefaultOrphan
	}
	return &Elector{s: s, locks: redislock.New(s.rdb), key: s.Key("poller"), ttl: ttl, retry: ttl / 10, orphan: orphan}
}

func (e *Elector) obtain() (*redislock.Lock, error) {
	ctx, cancel := context.WithTimeout(context.Background(), e.s.timeout)
	defer cancel()
	l, err := e.locks.Obtain(ctx, e.key, e.ttl, nil)
	e.report(err)
	return l, err
}

func (e *Elector) refresh(l *redislock.Lock) error {
	ctx, cancel := context.WithTimeout(context.Background(), e.s.timeout)
	defer cancel()
	err := l.Refresh(ctx, e.ttl, nil)
	e.report(err)
	return err
}

// report records a Redis failure (not a lease held by another).
func (e *Elector) report(err error) {
	switch {
	case err == nil, errors.Is(err, redislock.ErrNotObtained):
		e.s.ok()
	default:
		e.s.fail("lease", err)
	}
}

// Lead blocks until this replica may poll or ctx ends. The context it
// returns ends when the lease is lost to another replica; release ends it
// and gives the lease up.
func (e *Elector) Lead(ctx context.Context) (context.Context, func(), error) {
	var failingSince time.Time
	for {
		l, err := e.obtain()
		switch {
		case err == nil:
			e.s.log.Info("poller lease taken: this replica polls")
			return e.hold(ctx, l)
		case errors.Is(err, redislock.ErrNotObtained):
			failingSince = time.Time{}
		default:
			if failingSince.IsZero() {
				failingSince = time.Now()
			} else if time.Since(failingSince) >= e.orphan {
				e.s.log.Warn("redis unreachable and no poller lease: polling without it until redis answers", "for", e.orphan)
				return e.hold(ctx, nil)
			}
		}
		select {
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		case <-time.After(e.retry):
		}
	}
}

// hold keeps the lease l (nil: none yet, take it when Redis answers).
func (e *Elector) hold(ctx context.Context, l *redislock.Lock) (context.Context, func(), error) {
	lctx, cancel := context.WithCancel(ctx)
	var mu sync.Mutex
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(e.ttl / 3)
		defer t.Stop()
		for {
			select {
			case <-lctx.Done():
				return
			case <-t.C:
			}
			mu.Lock()
			cur := l
			mu.Unlock()
			var err error
			if cur == nil {
				if cur, err = e.obtain(); err == nil {
					mu.Lock()
					l = cur
					mu.Unlock()
					e.s.log.Info("poller lease taken again")
				}
			} else {
				err = e.refresh(cur)
			}
			if errors.Is(err, redislock.ErrNotObtained) {
				e.s.log.Warn("poller lease lost to another replica: this one stops polling")
				cancel()
				return
			}
		}
	}()
	var once sync.Once
	release := func() {
		once.Do(func() {
			cancel()
			<-done
			mu.Lock()
			cur := l
			mu.Unlock()
			if cur != nil {
				rctx, rcancel := context.WithTimeout(context.Background(), e.s.timeout)
				defer rcancel()
				_ = cur.Release(rctx)
			}
		})
	}
	return lctx, release, nil
}
