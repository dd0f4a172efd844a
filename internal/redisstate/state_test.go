package redisstate_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"articlebot/bot"
	"articlebot/internal/redisstate"
	"articlebot/internal/redistest"
	"articlebot/rag"
)

// backend builds the state stores, memory and limiter with the given bounds.
type backend struct {
	name  string
	open  func(t *testing.T, turns, chars int, ttl time.Duration, perMinute int) (bot.Memory, bot.Deduper, bot.RateLimiter)
	usage func(t *testing.T) (bot.QuotaStore, bot.FeedbackStore)
}

// nsSeq gives every store of a test run its own bot id, so stores on one
// server do not see each other's keys.
var nsSeq atomic.Int64

func openStore(t *testing.T, srv *redistest.Server, opts redisstate.Options) *redisstate.Store {
	t.Helper()
	if opts.URL == "" {
		opts.URL = srv.URL(0)
	}
	if opts.BotID == "" {
		opts.BotID = fmt.Sprintf("test%d", nsSeq.Add(1))
	}
	s, err := redisstate.Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func backends(t *testing.T) []backend {
	srv := redistest.Start(t)
	return []backend{
		{"memory", func(t *testing.T, turns, chars int, ttl time.Duration, per int) (bot.Memory, bot.Deduper, bot.RateLimiter) {
			return bot.NewMemory(turns, chars, ttl), bot.NewDeduper(0), bot.NewRateLimiter(per)
		}, func(t *testing.T) (bot.QuotaStore, bot.FeedbackStore) {
			return bot.NewQuotaStore(), bot.NewFeedbackStore(0)
		}},
		{"redis", func(t *testing.T, turns, chars int, ttl time.Duration, per int) (bot.Memory, bot.Deduper, bot.RateLimiter) {
			s := openStore(t, srv, redisstate.Options{})
			return redisstate.NewMemory(s, bot.NewMemory(turns, chars, ttl), turns, chars, ttl),
				redisstate.NewDeduper(s, bot.NewDeduper(0)),
				redisstate.NewLimiter(s, bot.NewRateLimiter(per), per)
		}, func(t *testing.T) (bot.QuotaStore, bot.FeedbackStore) {
			s := openStore(t, srv, redisstate.Options{})
			return redisstate.NewQuota(s, bot.NewQuotaStore()), redisstate.NewFeedback(s, bot.NewFeedbackStore(0))
		}},
	}
}

// TestStateBehaviour is the one table of behaviour the in-memory and the
// Redis backends must both have.
func TestStateBehaviour(t *testing.T) {
	cases := []struct {
		name string
		run  func(t *testing.T, b backend)
	}{
		{"memory keeps the last turns, oldest first", func(t *testing.T, b backend) {
			m, _, _ := b.open(t, 3, 1000, time.Hour, 20)
			for i := 0; i < 5; i++ {
				m.Append("c", rag.Turn{Question: fmt.Sprint("q", i), Answer: "a"})
			}
			got := m.Get("c")
			if len(got) != 3 || got[0].Question != "q2" || got[2].Question != "q4" {
				t.Errorf("turn bound: %+v", got)
			}
		}},
		{"memory drops the oldest turns beyond the character bound", func(t *testing.T, b backend) {
			m, _, _ := b.open(t, 6, 50, time.Hour, 20)
			m.Append("c", rag.Turn{Question: "短问题", Answer: "a"})
			m.Append("c", rag.Turn{Question: strings.Repeat("问", 30), Answer: "b"})
			m.Append("c", rag.Turn{Question: strings.Repeat("x", 20), Answer: "c"})
			got := m.Get("c")
			if len(got) != 1 || got[0].Answer != "c" {
				t.Errorf("char bound: %+v", got)
			}
		}},
		{"memory clips one over-long turn and forgets the others", func(t *testing.T, b backend) {
			m, _, _ := b.open(t, 6, 50, time.Hour, 20)
			m.Append("c", rag.Turn{Question: "前一个", Answer: "a"})
			m.Append("c", rag.Turn{Question: strings.Repeat("x", 100), Answer: strings.Repeat("y", 100)})
			got := m.Get("c")
			if len(got) != 1 || len([]rune(got[0].Question))+len([]rune(got[0].Answer)) > 50 || !strings.HasSuffix(got[0].Question, "…") {
				t.Errorf("over-long turn: %+v", got)
			}
		}},
		{"memory keys are separate, reset forgets one", func(t *testing.T, b backend) {
			m, _, _ := b.open(t, 6, 1000, time.Hour, 20)
			m.Append("1", rag.Turn{Question: "一", Answer: "a"})
			m.Append("1:7", rag.Turn{Question: "话题", Answer: "b"})
			if m.Get("2") != nil {
				t.Error("unknown key has turns")
			}
			m.Reset("1")
			if m.Get("1") != nil {
				t.Error("reset key still has turns")
			}
			if got := m.Get("1:7"); len(got) != 1 || got[0].Question != "话题" {
				t.Errorf("other key after reset: %+v", got)
			}
		}},
		{"memory expires after the idle timeout", func(t *testing.T, b backend) {
			m, _, _ := b.open(t, 6, 1000, 300*time.Millisecond, 20)
			m.Append("c", rag.Turn{Question: "q", Answer: "a"})
			deadline := time.Now().Add(10 * time.Second)
			for m.Get("c") != nil {
				if time.Now().After(deadline) {
					t.Fatal("conversation never expired")
				}
				time.Sleep(50 * time.Millisecond)
			}
		}},
		{"dedup: a new id is not seen, a repeat is", func(t *testing.T, b backend) {
			_, d, _ := b.open(t, 0, 0, 0, 20)
			if d.Seen(1001) || d.Seen(1002) {
				t.Fatal("new id seen")
			}
			if !d.Seen(1001) || !d.Seen(1002) {
				t.Error("repeat not seen")
			}
		}},
		{"dedup: concurrent deliveries of one id, exactly one is new", func(t *testing.T, b backend) {
			_, d, _ := b.open(t, 0, 0, 0, 20)
			var fresh atomic.Int32
			var wg sync.WaitGroup
			for i := 0; i < 32; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if !d.Seen(77) {
						fresh.Add(1)
					}
				}()
			}
			wg.Wait()
			if fresh.Load() != 1 {
				t.Errorf("%d deliveries taken as new, want 1", fresh.Load())
			}
		}},
		{"rate limit: a burst of the quota, then a wait of about 60s/quota", func(t *testing.T, b backend) {
			_, _, l := b.open(t, 0, 0, 0, 3)
			for i := 0; i < 3; i++ {
				if ok, _ := l.Allow(1); !ok {
					t.Fatalf("question %d of the burst refused", i+1)
				}
			}
			ok, retry := l.Allow(1)
			if ok || retry <= 0 || retry > 21*time.Second {
				t.Errorf("4th: ok=%v retry=%v", ok, retry)
			}
			if ok, _ := l.Allow(2); !ok {
				t.Error("another user limited")
			}
		}},
		{"quota: counts per user and day, totals for admins", func(t *testing.T, b backend) {
			q, _ := b.usage(t)
			ctx := context.Background()
			q.Add(ctx, "2026-12-01", 1, bot.DailyUse{Questions: 1, Tokens: 100})
			got, err := q.Add(ctx, "2026-12-01", 1, bot.DailyUse{Questions: 1, Tokens: 50})
			if err != nil || got != (bot.DailyUse{Questions: 2, Tokens: 150}) {
				t.Errorf("after two: %+v %v", got, err)
			}
			q.Add(ctx, "2026-12-01", 2, bot.DailyUse{Questions: 1})
			q.Add(ctx, "2026-12-02", 1, bot.DailyUse{Questions: 5})
			if got, _ := q.Get(ctx, "2026-12-01", 1); got != (bot.DailyUse{Questions: 2, Tokens: 150}) {
				t.Errorf("get: %+v", got)
			}
			if got, _ := q.Get(ctx, "2026-12-01", 3); got != (bot.DailyUse{}) {
				t.Errorf("unknown user: %+v", got)
			}
			tot, users, err := q.Total(ctx, "2026-12-01")
			if err != nil || users != 2 || tot != (bot.DailyUse{Questions: 3, Tokens: 150}) {
				t.Errorf("total: %+v users %d %v", tot, users, err)
			}
			if got, _ := q.Get(ctx, "2026-12-02", 1); got.Questions != 5 {
				t.Errorf("next day: %+v", got)
			}
		}},
		{"quota: concurrent adds are all counted", func(t *testing.T, b backend) {
			q, _ := b.usage(t)
			var wg sync.WaitGroup
			for i := 0; i < 20; i++ {
				wg.Add(1)
				go func() { defer wg.Done(); q.Add(context.Background(), "d", 9, bot.DailyUse{Questions: 1, Tokens: 3}) }()
			}
			wg.Wait()
			if got, _ := q.Get(context.Background(), "d", 9); got != (bot.DailyUse{Questions: 20, Tokens: 60}) {
				t.Errorf("after 20 concurrent adds: %+v", got)
			}
		}},
		{"feedback: answers by id, one vote per user that replaces the earlier", func(t *testing.T, b backend) {
			_, f := b.usage(t)
			ctx := context.Background()
			if _, err := f.Answer(ctx, "nope"); !errors.Is(err, bot.ErrUnknownAnswer) {
				t.Errorf("unknown answer: %v", err)
			}
			if _, err := f.Vote(ctx, "nope", 1, 1); !errors.Is(err, bot.ErrUnknownAnswer) {
				t.Errorf("vote on an unknown answer: %v", err)
			}
			sh := bot.Shown{Question: "多少个港口？", Answer: "548个 [1]", Mode: "extractive", Found: true, ChatID: 5, MessageID: 7,
				Citations: []rag.Citation{{N: 1, Quote: "通达全球126个国家和地区的548个港口"}}}
			if err := f.SaveAnswer(ctx, "a1", sh); err != nil {
				t.Fatal(err)
			}
			got, err := f.Answer(ctx, "a1")
			if err != nil || got.Answer != sh.Answer || len(got.Citations) != 1 || got.Citations[0].Quote != sh.Citations[0].Quote || got.MessageID != 7 {
				t.Errorf("answer: %+v %v", got, err)
			}
			for _, c := range []struct {
				user       int64
				vote, prev int
			}{{1, 1, 0}, {1, -1, 1}, {2, -1, 0}, {1, -1, -1}} {
				if prev, err := f.Vote(ctx, "a1", c.user, c.vote); err != nil || prev != c.prev {
					t.Errorf("user %d votes %d: prev %d %v, want %d", c.user, c.vote, prev, err, c.prev)
				}
			}
		}},
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) { c.run(t, b) })
			}
		})
	}
}
