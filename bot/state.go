package bot

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/go-telegram/bot/models"
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

// Elector lets one replica at a time long-poll (Telegram answers a second
// getUpdates with 409 Conflict). Lead blocks until this replica may poll or
// ctx ends; the context it returns ends when another replica takes over;
// release ends it and gives the right up (at shutdown, after the offset is
// confirmed). Nil in Config: this process always polls.
type Elector interface {
	Lead(ctx context.Context) (lead context.Context, release func(), err error)
}

// Journal keeps the updates this replica has taken and not yet answered
// where the other replicas see them, so that when it dies (SIGKILL, a lost
// machine) another gives its answers (through Bot.Resume). When set, it
// replaces the Deduper: Take marks an update seen and records it in one
// step (no crash between the two loses it), before the update is
// acknowledged (webhook 200, next getUpdates), and reports false for a
// repeat. Done is called once the update is handled; an answer cancelled at
// shutdown is not Done. Nil in Config: none.
type Journal interface {
	Take(u *models.Update) bool
	Done(id int64)
}

// NewMemory returns an in-memory Memory holding at most turns turns and
// chars characters (runes of questions and answers) per key, forgetting a
// conversation ttl after its last turn. Zero bounds mean the defaults of
// rag.DefaultLimits.
func NewMemory(turns, chars int, ttl time.Duration) Memory {
	d := rag.Limits{Turns: turns, HistoryChars: chars, HistoryTTL: ttl}.WithDefaults()
	turns, chars, ttl = d.Turns, d.HistoryChars, d.HistoryTTL
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

// DefaultRatePerMinute is the questions a user may ask a minute when no
// limit is configured.
const DefaultRatePerMinute = 20

// NewRateLimiter returns an in-memory per-key token bucket allowing perMinute
// questions a minute with bursts of up to perMinute.
func NewRateLimiter(perMinute int) RateLimiter {
	if perMinute <= 0 {
		perMinute = DefaultRatePerMinute
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

// DailyUse is what one user (or everyone) used in one quota day.
type DailyUse struct {
	Questions int64 `json:"questions"`
	Tokens    int64 `json:"tokens"` // LLM tokens (prompt + completion)
}

// QuotaStore counts use per user and quota day, for the daily limits
// (ARTICLEBOT_DAILY_QUESTIONS, ARTICLEBOT_DAILY_TOKENS) and /usage. day is
// the bot's name for the current quota day ("2006-01-02", starting at the
// reset hour); a store may forget a day once it is over (Redis: keys under
// the day with a two-day expiry). Methods may block on a network store.
type QuotaStore interface {
	// Add adds use to user's count for day and returns the user's count
	// after it (one atomic step, so two replicas cannot both pass a limit
	// by much).
	Add(ctx context.Context, day string, user int64, use DailyUse) (DailyUse, error)
	// Get returns user's count for day (zero when none).
	Get(ctx context.Context, day string, user int64) (DailyUse, error)
	// Total returns the count of all users for day and how many users it
	// holds (for admins).
	Total(ctx context.Context, day string) (use DailyUse, users int, err error)
}

// Shown is what the bot remembers of an answer it sent, so that a vote or
// a "regenerate" on it, which arrives with only the answer id, can be
// recorded with what was shown.
type Shown struct {
	Question  string         `json:"question"`
	Answer    string         `json:"answer"`
	Citations []rag.Citation `json:"citations,omitempty"`
	Mode      string         `json:"mode"`
	Found     bool           `json:"found"`
	Lang      string         `json:"lang,omitempty"`
	ChatID    int64          `json:"chat_id"`
	MessageID int            `json:"message_id,omitempty"` // first message of the answer
}

// ErrUnknownAnswer is returned for an answer id the store does not hold
// (never sent, or forgotten: stores keep answers for a bounded time).
var ErrUnknownAnswer = errors.New("unknown answer id")

// FeedbackStore keeps the answers sent (by answer id, a short random
// string) and one vote per user and answer. The votes themselves are
// appended to the votes file by the bot; the store only decides whether a
// vote is new. Methods may block on a network store.
type FeedbackStore interface {
	// SaveAnswer remembers what answer id showed.
	SaveAnswer(ctx context.Context, id string, s Shown) error
	// Answer returns what answer id showed, or ErrUnknownAnswer.
	Answer(ctx context.Context, id string) (Shown, error)
	// Vote records user's vote (+1 or -1) on answer id and returns the
	// vote it replaces (0 when none).
	Vote(ctx context.Context, id string, user int64, vote int) (prev int, err error)
}

// NewQuotaStore returns an in-memory QuotaStore keeping the last two days.
func NewQuotaStore() QuotaStore { return &memQuota{days: map[string]map[int64]DailyUse{}} }

type memQuota struct {
	mu   sync.Mutex
	days map[string]map[int64]DailyUse
}

func (q *memQuota) Add(_ context.Context, day string, user int64, use DailyUse) (DailyUse, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	d := q.days[day]
	if d == nil {
		d = map[int64]DailyUse{}
		q.days[day] = d
		// Keep today and the latest day before it only: the oldest go
		// first (map order would sometimes keep an old day instead).
		for len(q.days) > 2 {
			oldest := day
			for k := range q.days {
				oldest = min(oldest, k)
			}
			if oldest == day {
				break
			}
			delete(q.days, oldest)
		}
	}
	u := d[user]
	u.Questions += use.Questions
	u.Tokens += use.Tokens
	d[user] = u
	return u, nil
}

func (q *memQuota) Get(_ context.Context, day string, user int64) (DailyUse, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.days[day][user], nil
}

func (q *memQuota) Total(_ context.Context, day string) (DailyUse, int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	var t DailyUse
	for _, u := range q.days[day] {
		t.Questions += u.Questions
		t.Tokens += u.Tokens
	}
	return t, len(q.days[day]), nil
}

// NewFeedbackStore returns an in-memory FeedbackStore remembering the last
// n answers (default 10000) and their votes.
func NewFeedbackStore(n int) FeedbackStore {
	if n <= 0 {
		n = 10000
	}
	return &memFeedback{max: n, shown: map[string]*shownEntry{}}
}

type shownEntry struct {
	s     Shown
	votes map[int64]int
}

type memFeedback struct {
	mu    sync.Mutex
	max   int
	order []string // insertion order, for eviction
	shown map[string]*shownEntry
}

func (f *memFeedback) SaveAnswer(_ context.Context, id string, s Shown) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.shown[id]; !ok {
		f.order = append(f.order, id)
	}
	f.shown[id] = &shownEntry{s: s}
	for len(f.order) > f.max {
		delete(f.shown, f.order[0])
		f.order = f.order[1:]
	}
	return nil
}

func (f *memFeedback) Answer(_ context.Context, id string) (Shown, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	e := f.shown[id]
	if e == nil {
		return Shown{}, ErrUnknownAnswer
	}
	return e.s, nil
}

func (f *memFeedback) Vote(_ context.Context, id string, user int64, vote int) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	e := f.shown[id]
	if e == nil {
		return 0, ErrUnknownAnswer
	}
	if e.votes == nil {
		e.votes = map[int64]int{}
	}
	prev := e.votes[user]
	e.votes[user] = vote
	return prev, nil
}
