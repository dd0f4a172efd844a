package bot

import (
	"context"
	"sync"
	"time"
)

// Limits are the outbound message limits. Zero values mean Telegram's
// documented limits; a negative PerChat disables the limiter (tests only).
type Limits struct {
	PerChat       int           // messages per PerChatWindow in one chat (default 1 per second)
	PerChatWindow time.Duration // default 1s
	PerGroup      int           // messages per minute in one group (default 20)
	Global        int           // messages per second overall (default 30)
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
		l.Global = 30
	}
	return l
}

// window allows at most n events in any span d (a sliding log: exact, unlike
// a token bucket whose burst lets a minute hold more than n).
type window struct {
	n  int
	d  time.Duration
	ts []time.Time // ascending, len <= n
}

// wait returns how long until one more event fits; 0 when it fits now.
func (w *window) wait(now time.Time) time.Duration {
	for len(w.ts) > 0 && now.Sub(w.ts[0]) >= w.d {
		w.ts = w.ts[1:]
	}
	if len(w.ts) < w.n {
		return 0
	}
	return w.ts[0].Add(w.d).Sub(now)
}

func (w *window) add(now time.Time) {
	if len(w.ts) == w.n {
		w.ts = w.ts[1:]
	}
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

	mu     sync.Mutex
	global *window
	chats  map[int64]*chatLimit
	n      int
}

func newOutbound(l Limits) *outbound {
	o := &outbound{disabled: l.PerChat < 0, lim: l.withDefaults(), chats: map[int64]*chatLimit{}}
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
				if now.Sub(v.last) > 2*time.Minute && now.After(v.blocked) {
					delete(o.chats, k)
				}
			}
		}
	}
	c.last = now
	return c
}

// acquire waits until a message to chat may be sent and records it. It
// returns the time spent waiting (deliberate waits, for latency accounting).
func (o *outbound) acquire(ctx context.Context, chatID int64, group bool) (time.Duration, error) {
	start := time.Now()
	for {
		now := time.Now()
		o.mu.Lock()
		c := o.chat(chatID, now)
		var d time.Duration
		if now.Before(c.blocked) {
			d = c.blocked.Sub(now)
		}
		if !o.disabled {
			d = max(d, c.chat.wait(now), o.global.wait(now))
			if group {
				d = max(d, c.group.wait(now))
			}
		}
		if d <= 0 {
			if !o.disabled {
				c.chat.add(now)
				o.global.add(now)
				if group {
					c.group.add(now)
				}
			}
			o.mu.Unlock()
			return time.Since(start), nil
		}
		o.mu.Unlock()
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return time.Since(start), ctx.Err()
		case <-t.C:
		}
	}
}

// tryAcquire records a send only if it may go now (for streaming edits,
// which are skipped rather than delayed).
func (o *outbound) tryAcquire(chatID int64, group bool) bool {
	now := time.Now()
	o.mu.Lock()
	defer o.mu.Unlock()
	c := o.chat(chatID, now)
	if now.Before(c.blocked) {
		return false
	}
	if o.disabled {
		return true
	}
	if c.chat.wait(now) > 0 || o.global.wait(now) > 0 || (group && c.group.wait(now) > 0) {
		return false
	}
	c.chat.add(now)
	o.global.add(now)
	if group {
		c.group.add(now)
	}
	return true
}

// blocked reports whether a 429 still holds for chat.
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
