package bot

import (
	"context"
	"sync"
	"testing"

	"articlebot/bot/bottest"
)

// grantElector is an Elector a test grants and revokes by hand.
type grantElector struct {
	mu       sync.Mutex
	grant    chan struct{}
	cancel   context.CancelFunc
	released int
}

func (e *grantElector) Lead(ctx context.Context) (context.Context, func(), error) {
	e.mu.Lock()
	g := e.grant
	e.mu.Unlock()
	select {
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	case <-g:
	}
	lctx, cancel := context.WithCancel(ctx)
	e.mu.Lock()
	e.cancel = cancel
	e.grant = make(chan struct{})
	e.mu.Unlock()
	return lctx, func() {
		cancel()
		e.mu.Lock()
		e.released++
		e.mu.Unlock()
	}, nil
}

func TestPollsOnlyWhileElected(t *testing.T) {
	el := &grantElector{grant: make(chan struct{})}
	h := start(t, Config{Elector: el}, nil)
	settle()
	if n := bottest.Count(h.srv.Calls(""), "getUpdates"); n != 0 {
		t.Fatalf("%d getUpdates before being elected", n)
	}
	p, from := privateChat(70), user(70, "zh")
	q1, _ := h.send(p, from, "港口有多少个？", nil)
	el.mu.Lock()
	close(el.grant)
	el.mu.Unlock()
	h.waitReplies(q1, 1)

	// Lease lost: polling stops, then resumes when elected again.
	el.mu.Lock()
	el.cancel()
	el.mu.Unlock()
	settle()
	before := bottest.Count(h.srv.Calls(""), "getUpdates")
	q2, _ := h.send(p, from, "发布会在哪里？", nil)
	settle()
	if n := bottest.Count(h.srv.Calls(""), "getUpdates"); n > before+1 || len(h.replies(q2)) != 0 {
		t.Fatalf("kept polling after losing the lease: %d getUpdates after %d, replies %d", n, before, len(h.replies(q2)))
	}
	el.mu.Lock()
	close(el.grant)
	el.mu.Unlock()
	h.waitReplies(q2, 1)
	h.stop()
	el.mu.Lock()
	defer el.mu.Unlock()
	if el.released != 2 {
		t.Errorf("lease released %d times, want 2 (lost, then at shutdown)", el.released)
	}
}
