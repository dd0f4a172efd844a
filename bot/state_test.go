package bot

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"articlebot/rag"
)

func TestMemoryBounds(t *testing.T) {
	m := NewMemory(3, 50, time.Minute).(*memMemory)
	now := time.Unix(1000, 0)
	m.now = func() time.Time { return now }
	for i := 0; i < 5; i++ {
		m.Append("c", rag.Turn{Question: "q" + itoa(i), Answer: "a"})
	}
	got := m.Get("c")
	if len(got) != 3 || got[0].Question != "q2" {
		t.Errorf("turn bound: %+v", got)
	}
	m.Append("c", rag.Turn{Question: strings.Repeat("x", 48), Answer: "y"})
	if got := m.Get("c"); len(got) != 1 {
		t.Errorf("char bound kept %d turns", len(got))
	}
	m.Append("c", rag.Turn{Question: strings.Repeat("x", 100), Answer: strings.Repeat("y", 100)})
	if got := m.Get("c"); len(got) != 1 || runeLen(got[0].Question)+runeLen(got[0].Answer) > 52 {
		t.Errorf("oversized turn kept: %d", runeLen(got[0].Question))
	}
	now = now.Add(2 * time.Minute)
	if got := m.Get("c"); got != nil {
		t.Errorf("expired memory returned %+v", got)
	}
	m.Append("d", rag.Turn{Question: "q"})
	m.Reset("d")
	if m.Get("d") != nil {
		t.Error("reset")
	}
}

func TestDeduper(t *testing.T) {
	d := NewDeduper(3)
	for _, id := range []int64{1, 2, 3} {
		if d.Seen(id) {
			t.Fatal("new id seen")
		}
	}
	if !d.Seen(2) {
		t.Error("repeat not seen")
	}
	d.Seen(4) // evicts 1
	if d.Seen(1) {
		t.Error("evicted id still seen")
	}
}

func TestRateLimiter(t *testing.T) {
	l := NewRateLimiter(3)
	for i := 0; i < 3; i++ {
		if ok, _ := l.Allow(1); !ok {
			t.Fatal("burst refused")
		}
	}
	ok, retry := l.Allow(1)
	if ok || retry <= 0 || retry > 21*time.Second {
		t.Errorf("4th: ok=%v retry=%v", ok, retry)
	}
	if ok, _ := l.Allow(2); !ok {
		t.Error("other user limited")
	}
}

func TestOutboundLimits(t *testing.T) {
	o := newOutbound(Limits{PerChat: 1, PerChatWindow: 100 * time.Millisecond, PerGroup: 3, Global: 1000})
	ctx := context.Background()
	start := time.Now()
	for i := 0; i < 3; i++ {
		_, done, err := o.acquire(ctx, 1, false)
		if err != nil {
			t.Fatal(err)
		}
		done()
	}
	if d := time.Since(start); d < 190*time.Millisecond {
		t.Errorf("3 sends to one chat in %v, want >= 200ms", d)
	}
	// Group: 3 a minute.
	for i := 0; i < 3; i++ {
		_, done, _ := o.acquire(ctx, -5, true)
		done()
	}
	if o.tryAcquire(-5, true) != nil {
		t.Error("4th group message within a minute allowed")
	}
	// 429 blocks the chat.
	o.block(2, 150*time.Millisecond)
	if !o.isBlocked(2) || o.tryAcquire(2, false) != nil {
		t.Error("blocked chat allowed")
	}
	w, _, _ := o.acquire(ctx, 2, false)
	if w < 100*time.Millisecond {
		t.Errorf("waited %v after a 150ms retry_after", w)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	o.block(3, time.Hour)
	if _, _, err := o.acquire(cctx, 3, false); err == nil {
		t.Error("acquire ignored a cancelled context")
	}
}

func TestWindowCountsInFlight(t *testing.T) {
	w := &window{n: 2, d: time.Second}
	t0 := time.Unix(0, 0)
	w.start()
	w.start()
	if d := w.wait(t0); d != time.Second {
		t.Errorf("both in flight: wait %v", d)
	}
	w.finish(t0)
	w.finish(t0.Add(100 * time.Millisecond))
	if d := w.wait(t0.Add(500 * time.Millisecond)); d != 500*time.Millisecond {
		t.Errorf("wait %v", d)
	}
	if d := w.wait(t0.Add(time.Second)); d != 0 {
		t.Errorf("wait after window %v", d)
	}
}

func TestQuotaStore(t *testing.T) {
	ctx := context.Background()
	q := NewQuotaStore()
	if u, _ := q.Add(ctx, "2026-12-01", 1, DailyUse{Questions: 1, Tokens: 10}); u != (DailyUse{1, 10}) {
		t.Errorf("first add = %+v", u)
	}
	if u, _ := q.Add(ctx, "2026-12-01", 1, DailyUse{Tokens: 5}); u != (DailyUse{1, 15}) {
		t.Errorf("second add = %+v", u)
	}
	_, _ = q.Add(ctx, "2026-12-01", 2, DailyUse{Questions: 2})
	if u, _ := q.Get(ctx, "2026-12-02", 1); u != (DailyUse{}) {
		t.Errorf("a new day starts at zero: %+v", u)
	}
	if tot, n, _ := q.Total(ctx, "2026-12-01"); tot != (DailyUse{3, 15}) || n != 2 {
		t.Errorf("total = %+v over %d users", tot, n)
	}
	for _, d := range []string{"2026-12-02", "2026-12-03", "2026-12-04"} {
		_, _ = q.Add(ctx, d, 1, DailyUse{Questions: 1})
	}
	if u, _ := q.Get(ctx, "2026-12-01", 1); u != (DailyUse{}) {
		t.Errorf("old days are forgotten: %+v", u)
	}
}

func TestFeedbackStore(t *testing.T) {
	ctx := context.Background()
	f := NewFeedbackStore(2)
	if _, err := f.Answer(ctx, "x"); !errors.Is(err, ErrUnknownAnswer) {
		t.Errorf("unknown answer: %v", err)
	}
	if _, err := f.Vote(ctx, "x", 1, 1); !errors.Is(err, ErrUnknownAnswer) {
		t.Errorf("vote on unknown answer: %v", err)
	}
	_ = f.SaveAnswer(ctx, "a", Shown{Question: "q", Answer: "a"})
	if s, err := f.Answer(ctx, "a"); err != nil || s.Question != "q" {
		t.Errorf("Answer = %+v, %v", s, err)
	}
	if prev, _ := f.Vote(ctx, "a", 1, 1); prev != 0 {
		t.Errorf("first vote replaced %d", prev)
	}
	if prev, _ := f.Vote(ctx, "a", 1, -1); prev != 1 {
		t.Errorf("changed vote replaced %d, want 1", prev)
	}
	if prev, _ := f.Vote(ctx, "a", 2, -1); prev != 0 {
		t.Errorf("another user's vote replaced %d", prev)
	}
	_ = f.SaveAnswer(ctx, "b", Shown{})
	_ = f.SaveAnswer(ctx, "c", Shown{})
	if _, err := f.Answer(ctx, "a"); !errors.Is(err, ErrUnknownAnswer) {
		t.Errorf("oldest answer kept beyond the bound: %v", err)
	}
}
