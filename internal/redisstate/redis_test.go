package redisstate_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"articlebot/bot"
	"articlebot/internal/metrics"
	"articlebot/internal/redisstate"
	"articlebot/internal/redistest"
	"articlebot/internal/testkit"
	"articlebot/rag"
)

func TestOpenURL(t *testing.T) {
	for _, u := range []string{"", "localhost:6379", "http://x", "redis://:pw@[::1"} {
		if _, err := redisstate.Open(redisstate.Options{URL: u}); !errors.Is(err, redisstate.ErrURL) {
			t.Errorf("%q: %v", u, err)
		} else if strings.Contains(err.Error(), "pw") {
			t.Errorf("password in the error: %v", err)
		}
	}
	for _, u := range []string{"redis://localhost:6379", "rediss://user:secret@redis.example.com:6380/3", "redis://:secret@10.0.0.1/2"} {
		s, err := redisstate.Open(redisstate.Options{URL: u})
		if err != nil {
			t.Errorf("%q: %v", u, err)
			continue
		}
		s.Close()
	}
}

func TestKeysNamespacedWithTTLs(t *testing.T) {
	srv := redistest.Start(t)
	a := openStore(t, srv, redisstate.Options{BotID: "111"})
	b := openStore(t, srv, redisstate.Options{BotID: "222"})
	ma := redisstate.NewMemory(a, bot.NewMemory(6, 6000, time.Hour), 6, 6000, 90*time.Second)
	mb := redisstate.NewMemory(b, bot.NewMemory(6, 6000, time.Hour), 6, 6000, time.Hour)
	ma.Append("5", rag.Turn{Question: "q", Answer: "a"})
	if mb.Get("5") != nil {
		t.Error("another bot sees the conversation")
	}
	da, db := redisstate.NewDeduper(a, bot.NewDeduper(0)), redisstate.NewDeduper(b, bot.NewDeduper(0))
	da.Seen(9)
	if db.Seen(9) {
		t.Error("another bot's update id counted as seen")
	}
	redisstate.NewLimiter(a, bot.NewRateLimiter(20), 20).Allow(42)
	redisstate.NewQuota(a, bot.NewQuotaStore()).Add(context.Background(), "2026-12-01", 42, bot.DailyUse{Questions: 1})
	fb := redisstate.NewFeedback(a, bot.NewFeedbackStore(0))
	fb.SaveAnswer(context.Background(), "x1", bot.Shown{Answer: "a"})
	fb.Vote(context.Background(), "x1", 42, 1)

	ttl := func(key string) time.Duration {
		t.Helper()
		line, err := srv.Do("PTTL", key)
		if err != nil {
			t.Fatal(err)
		}
		var ms int64
		if _, err := fmtSscan(strings.TrimPrefix(line, ":"), &ms); err != nil {
			t.Fatalf("PTTL %s: %q", key, line)
		}
		return time.Duration(ms) * time.Millisecond
	}
	if d := ttl("ab:111:mem:5"); d <= 80*time.Second || d > 90*time.Second {
		t.Errorf("memory TTL %v, want the 90s idle timeout", d)
	}
	if d := ttl("ab:111:upd:9"); d <= 23*time.Hour || d > 24*time.Hour {
		t.Errorf("dedup TTL %v, want 24h", d)
	}
	if d := ttl("ab:111:quota:2026-12-01"); d <= 47*time.Hour || d > 48*time.Hour {
		t.Errorf("quota TTL %v, want 48h (the day and the next)", d)
	}
	for _, k := range []string{"ab:111:ans:x1", "ab:111:votes:x1"} {
		if d := ttl(k); d <= 6*24*time.Hour || d > 7*24*time.Hour {
			t.Errorf("%s TTL %v, want 7 days", k, d)
		}
	}
	if d := ttl("rate:ab:111:rl:42"); d <= 0 || d > 3*time.Second {
		t.Errorf("rate-limit TTL %v, want until the bucket refills (3s for one of 20/min)", d)
	}
}

// syncBuffer is a log sink for the warnings.
type syncBuffer = testkit.SyncBuffer

func TestRedisDownFallsBackAndReturns(t *testing.T) {
	srv := redistest.Start(t)
	var logs syncBuffer
	s := openStore(t, srv, redisstate.Options{Retry: time.Millisecond, Log: slog.New(slog.NewTextHandler(&logs, nil))})
	mem := redisstate.NewMemory(s, bot.NewMemory(6, 6000, time.Hour), 6, 6000, time.Hour)
	dd := redisstate.NewDeduper(s, bot.NewDeduper(0))
	lim := redisstate.NewLimiter(s, bot.NewRateLimiter(2), 2)

	mem.Append("c", rag.Turn{Question: "before", Answer: "a"})
	dd.Seen(1)
	if s.Status() != nil {
		t.Fatalf("status with Redis up: %v", s.Status())
	}
	before := redisErrors("memory", "dedup", "limit")

	srv.Stop(false)
	// Answers go on from local state: this replica's history, its dedup,
	// its own rate limit.
	mem.Append("c", rag.Turn{Question: "during", Answer: "b"})
	if got := mem.Get("c"); len(got) != 2 || got[1].Question != "during" {
		t.Errorf("memory during the outage: %+v", got)
	}
	if !dd.Seen(1) || dd.Seen(2) || !dd.Seen(2) {
		t.Error("local dedup during the outage")
	}
	lim.Allow(7)
	lim.Allow(7)
	if ok, retry := lim.Allow(7); ok || retry <= 0 {
		t.Error("local rate limit during the outage")
	}
	if s.Status() == nil {
		t.Error("status does not report the outage")
	}
	if after := redisErrors("memory", "dedup", "limit"); after <= before {
		t.Error("articlebot_redis_errors_total not counted")
	}
	if n := strings.Count(logs.String(), "redis unavailable"); n != 1 {
		t.Errorf("%d warnings for one outage within a minute, want 1:\n%s", n, logs.String())
	}

	srv.Resume()
	deadline := time.Now().Add(10 * time.Second)
	for s.Status() != nil {
		if time.Now().After(deadline) {
			t.Fatalf("never back on Redis: %v", s.Status())
		}
		dd.Seen(3)
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(logs.String(), "redis is back") {
		t.Error("no log line when Redis came back")
	}
	mem.Append("c", rag.Turn{Question: "after", Answer: "c"})
	if v, err := srv.Do("LLEN", s.Key("mem", "c")); err != nil || v != ":1" {
		t.Errorf("memory not written to Redis again: %q %v", v, err)
	}
}

// A Redis that accepts connections and never answers costs one short
// deadline, then local state at once.
func TestSlowRedisHasADeadline(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			defer c.Close() // hold it open, say nothing
		}
	}()
	s, err := redisstate.Open(redisstate.Options{URL: "redis://" + l.Addr().String(), Timeout: 50 * time.Millisecond, Retry: time.Hour,
		Log: slog.New(slog.NewTextHandler(&syncBuffer{}, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	dd := redisstate.NewDeduper(s, bot.NewDeduper(0))
	done := make(chan bool)
	go func() {
		a := dd.Seen(1)
		b := dd.Seen(1) // Redis is not tried again within Retry
		done <- !a && b
	}()
	select {
	case ok := <-done:
		if !ok {
			t.Error("local dedup not used")
		}
	case <-time.After(20 * time.Second):
		t.Fatal("a call to a silent Redis did not give up")
	}
	if s.Status() == nil {
		t.Error("a silent Redis is not reported")
	}
}

func fmtSscan(s string, v *int64) (int, error) { return fmt.Sscan(s, v) }

func redisErrors(ops ...string) float64 {
	sum := 0.0
	for _, op := range ops {
		var m dto.Metric
		_ = metrics.RedisErrors.WithLabelValues(op).Write(&m)
		sum += m.GetCounter().GetValue()
	}
	return sum
}
