package redisstate

import (
	"context"
	"encoding/json"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/go-redis/redis_rate/v10"
	"github.com/redis/go-redis/v9"

	"articlebot/bot"
	"articlebot/rag"
)

// Each type takes the in-process store of the bot as its local fallback
// (bot.NewMemory, bot.NewDeduper, ...) and satisfies the bot's interface.
var (
	_ bot.Memory        = (*Memory)(nil)
	_ bot.Deduper       = (*Deduper)(nil)
	_ bot.RateLimiter   = (*Limiter)(nil)
	_ bot.QuotaStore    = (*Quota)(nil)
	_ bot.FeedbackStore = (*Feedback)(nil)
)

// Memory is conversation memory in Redis: one list of JSON turns per
// conversation key (ab:<bot>:mem:<key>), capped at turns entries by an atomic
// MULTI of RPUSH, LTRIM and PEXPIRE; the TTL is the idle timeout. The
// character bound is applied when reading, from the oldest turn on, exactly
// as the in-memory version applies it when writing. Every turn is also kept
// in the local fallback, which answers while Redis does not.
type Memory struct {
	s            *Store
	local        bot.Memory
	turns, chars int
	ttl          time.Duration
}

// NewMemory returns Redis-backed memory with the bounds of bot.NewMemory
// (zero means the same defaults, rag.DefaultLimits').
func NewMemory(s *Store, local bot.Memory, turns, chars int, ttl time.Duration) *Memory {
	d := rag.Limits{Turns: turns, HistoryChars: chars, HistoryTTL: ttl}.WithDefaults()
	turns, chars, ttl = d.Turns, d.HistoryChars, d.HistoryTTL
	return &Memory{s: s, local: local, turns: turns, chars: chars, ttl: ttl}
}

func (m *Memory) key(k string) string { return m.s.Key("mem", k) }

// Get returns the turns of key, oldest first, within the bounds.
func (m *Memory) Get(key string) []rag.Turn {
	var raw []string
	if !m.s.do("memory", func(ctx context.Context) (err error) {
		raw, err = m.s.rdb.LRange(ctx, m.key(key), 0, -1).Result()
		return err
	}) {
		return m.local.Get(key)
	}
	turns := make([]rag.Turn, 0, len(raw))
	total := 0
	for _, r := range raw {
		var t rag.Turn
		if json.Unmarshal([]byte(r), &t) != nil {
			continue
		}
		turns = append(turns, t)
		total += runes(t)
	}
	for len(turns) > 1 && total > m.chars {
		total -= runes(turns[0])
		turns = turns[1:]
	}
	if len(turns) == 0 {
		return nil
	}
	return turns
}

// Append adds a turn atomically and restarts the idle timeout.
func (m *Memory) Append(key string, t rag.Turn) {
	m.local.Append(key, t)
	alone := runes(t) > m.chars
	if alone { // one turn alone is too long: it replaces the others, clipped, as in the local memory
		t = rag.Turn{Question: rag.ClipRunes(t.Question, m.chars/2), Answer: rag.ClipRunes(t.Answer, m.chars/2)}
	}
	raw, err := json.Marshal(t)
	if err != nil {
		return
	}
	k := m.key(key)
	m.s.do("memory", func(ctx context.Context) error {
		_, err := m.s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
			if alone {
				p.Del(ctx, k)
			}
			p.RPush(ctx, k, raw)
			p.LTrim(ctx, k, int64(-m.turns), -1)
			p.PExpire(ctx, k, m.ttl)
			return nil
		})
		return err
	})
}

// Reset forgets key, in Redis and locally.
func (m *Memory) Reset(key string) {
	m.local.Reset(key)
	m.s.do("memory", func(ctx context.Context) error { return m.s.rdb.Del(ctx, m.key(key)).Err() })
}

func runes(t rag.Turn) int {
	return utf8.RuneCountInString(t.Question) + utf8.RuneCountInString(t.Answer)
}

// DedupTTL is how long an update id is remembered: Telegram keeps an
// undelivered update for at most a day.
const DedupTTL = 24 * time.Hour

// Deduper marks update ids with one SET ab:<bot>:upd:<id> NX EX 86400. While
// Redis does not answer, the local fallback decides (it sees every id, so it
// knows this replica's recent ones).
type Deduper struct {
	s     *Store
	local bot.Deduper
}

// NewDeduper returns the Redis dedup over local.
func NewDeduper(s *Store, local bot.Deduper) *Deduper { return &Deduper{s: s, local: local} }

// Seen marks id and reports whether any replica had marked it already.
func (d *Deduper) Seen(id int64) bool {
	localSeen := d.local.Seen(id)
	var set bool
	if !d.s.do("dedup", func(ctx context.Context) (err error) {
		set, err = d.s.rdb.SetNX(ctx, d.s.Key("upd", strconv.FormatInt(id, 10)), 1, DedupTTL).Result()
		return err
	}) {
		return localSeen
	}
	return !set
}

// Limiter is the per-user question quota in Redis: GCRA
// (github.com/go-redis/redis_rate) with perMinute questions a minute and
// bursts of perMinute, the same shape as the local token bucket. Its key
// (rate:ab:<bot>:rl:<user>) expires when the bucket is full again.
type Limiter struct {
	s     *Store
	local bot.RateLimiter
	rl    *redis_rate.Limiter
	limit redis_rate.Limit
}

// NewLimiter returns the Redis rate limiter over local.
func NewLimiter(s *Store, local bot.RateLimiter, perMinute int) *Limiter {
	if perMinute <= 0 {
		perMinute = bot.DefaultRatePerMinute
	}
	return &Limiter{s: s, local: local, rl: redis_rate.NewLimiter(s.rdb), limit: redis_rate.PerMinute(perMinute)}
}

// Allow takes one question from key's quota, shared by every replica.
func (l *Limiter) Allow(key int64) (bool, time.Duration) {
	var res *redis_rate.Result
	if !l.s.do("limit", func(ctx context.Context) (err error) {
		res, err = l.rl.Allow(ctx, l.s.Key("rl", strconv.FormatInt(key, 10)), l.limit)
		return err
	}) {
		return l.local.Allow(key)
	}
	if res.Allowed > 0 {
		return true, 0
	}
	return false, max(res.RetryAfter, time.Millisecond)
}
