package bot

import (
	"context"
	"sync"
	"time"
)

// Limits are the outbound message limits. Zero values mean Telegram's
// documented limits with a small margin; a negative PerChat disables the
// limiter (tests only).
type Limits struct {
	PerChat       int           // messages per PerChatWindow in one chat (default 1)
	PerChatWindow time.Duration // default 1s (Telegram: ~1 message/s per chat)
	PerGroup      int           // messages per minute in one group (default 20)
	Global        int           // messages per second overall (default 28; Telegram: ~30)
}

func (l Limits) withDefaults() Limits {
	if l.PerChat == 0 {
		l.PerChat = 1
	}
	if l.PerChatWindow <= 0 {
		l.PerChatWindow = time.Second
	}
	if l.PerGroup <= 0 {
		l.PerGroup = 20
	}
	if l.Global <= 0 {
		l.Global = 28
	}
	return l
}

// window allows at most n requests in any span d, as Telegram sees them.
// A request counts from when it leaves (in flight) and is recorded when its
// reply arrives: Telegram received it between the two, so any span d of
// Telegram's clock holds at most n, however late the request travels.
// (A sliding log is exact, unlike a token bucket whose burst lets a minute
// hold more than n.)
type window struct {
	n        int
	d        time.Duration
	ts       []time.Time // completions, ascending
	inflight int
}

// wait returns how long until one more request fits: 0 when it fits now.
func (w *window) wait(now time.Time) time.Duration {
	for len(w.ts) > 0 && now.Sub(w.ts[0]) >= w.d {
		w.ts = w.ts[1:]
	}
	if len(w.ts)+w.inflight < w.n {
		return 0
	}
	if len(w.ts) == 0 {
		return w.d // only a completion frees a slot; it wakes the waiters
	}
	return w.ts[0].Add(w.d).Sub(now)
}

func (w *window) start() { w.inflight++ }

func (w *window) finish(now time.Time) {
	w.inflight--
	w.ts = append(w.ts, now)
}

type chatLimit struct {
	chat, group *window
	blocked     time.Time // a 429 told us to wait until then
	last        time.Time
}

// outbound keeps sends within Telegram's limits: per chat, per group and
// overall, plus the retry_after of a 429 for the chat that got it.
type outbound struct {
	lim      Limits
	disabled bool

	mu       sync.Mutex
	global   *window
	chats    map[int64]*chatLimit
	n        int
	released chan struct{} // closed when a request completes
}

func newOutbound(l Limits) *outbound {
	o := &outbound{disabled: l.PerChat < 0, lim: l.withDefaults(), chats: map[int64]*chatLimit{}, released: make(chan struct{})}
	o.global = &window{n: o.lim.Global, d: time.Second}
	return o
}

func (o *outbound) chat(id int64, now time.Time) *chatLimit {
	c := o.chats[id]
	if c == nil {
		c = &chatLimit{
			chat:  &window{n: o.lim.PerChat, d: o.lim.PerChatWindow},
			group: &window{n: o.lim.PerGroup, d: time.Minute},
		}
		o.chats[id] = c
		o.n++
		if o.n%1024 == 0 {
			for k, v := range o.chats {
				if now.Sub(v.last) > 2*time.Minute && now.After(v.blocked) && v.chat.inflight == 0 {
					delete(o.chats, k)
				}
			}
		}
	}
	c.last = now
	return c
}

// check returns the wait before a request to c may go (0: now).
func (o *outbound) check(c *chatLimit, group bool, now time.Time) time.Duration {
	var d time.Duration
	if now.Before(c.blocked) {
		d = c.blocked.Sub(now)
	}
	if o.disabled {
		return d
	}
	d = max(d, c.chat.wait(now), o.global.wait(now))
	if group {
		d = max(d, c.group.wait(now))
	}
	return d
}

// take records a request leaving; the returned func records its completion.
func (o *outbound) take(c *chatLimit, group bool) func() {
	if o.disabled {
		return func() {}
	}
	ws := []*window{c.chat, o.global}
	if group {
		ws = append(ws, c.group)
	}
	for _, w := range ws {
		w.start()
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			now := time.Now()
			o.mu.Lock()
			for _, w := range ws {
				w.finish(now)
			}
			close(o.released)
			o.released = make(chan struct{})
			o.mu.Unlock()
		})
	}
}

// acquire waits until a request to chat may be sent. Call done when its
// reply has arrived. waited is the time spent waiting (deliberate waits,
// for latency accounting).
func (o *outbound) acquire(ctx context.Context, chatID int64, group bool) (waited time.Duration, done func(), err error) {
	start := time.Now()
	for {
		now := time.Now()
		o.mu.Lock()
		c := o.chat(chatID, now)
		d := o.check(c, group, now)
		if d == 0 {
			done := o.take(c, group)
			o.mu.Unlock()
			return time.Since(start), done, nil
		}
		released := o.released
		o.mu.Unlock()
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return time.Since(start), nil, ctx.Err()
		case <-released:
		case <-t.C:
		}
		t.Stop()
	}
}

// tryAcquire takes a slot only if one is free now (streaming previews are
// skipped rather than delayed). It returns nil when not.
func (o *outbound) tryAcquire(chatID int64, group bool) (done func()) {
	now := time.Now()
	o.mu.Lock()
	defer o.mu.Unlock()
	c := o.chat(chatID, now)
	if o.check(c, group, now) != 0 {
		return nil
	}
	return o.take(c, group)
}

// isBlocked reports whether a 429 still holds for chat.
func (o *outbound) isBlocked(chatID int64) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	c := o.chats[chatID]
	return c != nil && time.Now().Before(c.blocked)
}

// block honours a 429's retry_after for chat.
func (o *outbound) block(chatID int64, d time.Duration) {
	now := time.Now()
	o.mu.Lock()
	c := o.chat(chatID, now)
	if until := now.Add(d); until.After(c.blocked) {
		c.blocked = until
	}
	o.mu.Unlock()
}
