package bot

import (
	"sync"
	"time"

	"golang.org/x/time/rate"

	"articlebot/rag"
)

// The bot's state sits behind these small interfaces so that a shared store
// (Redis) can replace the in-memory versions when several instances run or
// when conversations must survive restarts.

// Memory keeps recent conversation turns per conversation key (a chat, or a
// forum topic in a chat).
type Memory interface {
	// Get returns the turns still valid for key, oldest first.
	Get(key string) []rag.Turn
	// Append adds a turn, evicting the oldest ones beyond the bounds.
	Append(key string, t rag.Turn)
	// Reset forgets key.
	Reset(key string)
}

// Deduper tells whether an update was seen before.
type Deduper interface {
	// Seen marks id and reports whether it had been marked already.
	Seen(id int64) bool
}

// RateLimiter is the per-user question quota.
type RateLimiter interface {
	// Allow takes one question from key's quota. When refused, retry says
	// when the next question will be accepted.
	Allow(key int64) (ok bool, retry time.Duration)
}

// NewMemory returns an in-memory Memory holding at most turns turns and
// chars characters (runes of questions and answers) per key, forgetting a
// conversation ttl after its last turn. Zero bounds mean the defaults
// (6 turns, 6000 chars, 30 minutes).
func NewMemory(turns, chars int, ttl time.Duration) Memory {
	if turns <= 0 {
		turns = 6
	}
	if chars <= 0 {
		chars = 6000
	}
	if ttl <= 0 {
		ttl = 30 * time.Minute
	}
	return &memMemory{turns: turns, chars: chars, ttl: ttl, now: time.Now, m: map[string]*convo{}}
}

type convo struct {
	turns []rag.Turn
	last  time.Time
}

type memMemory struct {
	turns, chars int
	ttl          time.Duration
	now          func() time.Time

	mu     sync.Mutex
	m      map[string]*convo
	writes int
}

func (m *memMemory) Get(key string) []rag.Turn {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.m[key]
	if c == nil {
		return nil
	}
	if m.now().Sub(c.last) > m.ttl {
		delete(m.m, key)
		return nil
	}
	return append([]rag.Turn(nil), c.turns...)
}

func (m *memMemory) Append(key string, t rag.Turn) {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	c := m.m[key]
	if c == nil || now.Sub(c.last) > m.ttl {
		c = &convo{}
		m.m[key] = c
	}
	c.turns = append(c.turns, t)
	c.last = now
	total := 0
	for _, x := range c.turns {
		total += runeLen(x.Question) + runeLen(x.Answer)
	}
	for len(c.turns) > m.turns || (len(c.turns) > 1 && total > m.chars) {
		total -= runeLen(c.turns[0].Question) + runeLen(c.turns[0].Answer)
		c.turns = c.turns[1:]
	}
	if total > m.chars { // one turn alone is too long: keep its tail
		c.turns[0] = rag.Turn{Question: clipRunes(c.turns[0].Question, m.chars/2), Answer: clipRunes(c.turns[0].Answer, m.chars/2)}
	}
	// Sweep expired conversations now and then so idle chats do not pile up.
	m.writes++
	if m.writes%256 == 0 {
		for k, v := range m.m {
			if now.Sub(v.last) > m.ttl {
				delete(m.m, k)
			}
		}
	}
}

func (m *memMemory) Reset(key string) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

// NewDeduper returns an in-memory Deduper remembering the last n ids
// (default 10000).
func NewDeduper(n int) Deduper {
	if n <= 0 {
		n = 10000
	}
	return &memDedup{ring: make([]int64, n), set: make(map[int64]struct{}, n)}
}

type memDedup struct {
	mu   sync.Mutex
	ring []int64
	pos  int
	full bool
	set  map[int64]struct{}
}

func (d *memDedup) Seen(id int64) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.set[id]; ok {
		return true
	}
	if d.full {
		delete(d.set, d.ring[d.pos])
	}
	d.ring[d.pos] = id
	d.set[id] = struct{}{}
	d.pos++
	if d.pos == len(d.ring) {
		d.pos, d.full = 0, true
	}
	return false
}

// NewRateLimiter returns an in-memory per-key token bucket allowing perMinute
// questions a minute with bursts of up to perMinute.
func NewRateLimiter(perMinute int) RateLimiter {
	if perMinute <= 0 {
		perMinute = 20
	}
	return &memLimiter{per: perMinute, m: map[int64]*limEntry{}}
}

type limEntry struct {
	lim  *rate.Limiter
	last time.Time
}

type memLimiter struct {
	per   int
	mu    sync.Mutex
	m     map[int64]*limEntry
	calls int
}

func (l *memLimiter) Allow(key int64) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := time.Now()
	e := l.m[key]
	if e == nil {
		e = &limEntry{lim: rate.NewLimiter(rate.Limit(float64(l.per)/60), l.per)}
		l.m[key] = e
	}
	e.last = now
	l.calls++
	if l.calls%1024 == 0 { // full buckets carry no state: drop idle users
		for k, v := range l.m {
			if now.Sub(v.last) > 2*time.Minute {
				delete(l.m, k)
			}
		}
	}
	r := e.lim.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}
