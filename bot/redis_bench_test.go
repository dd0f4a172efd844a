package bot_test

import (
	"fmt"
	"io"
	"log/slog"
	"sync/atomic"
	"testing"

	"articlebot/bot"
	"articlebot/internal/redisstate"
	"articlebot/internal/redistest"
)

// BenchmarkLoadRedis is BenchmarkLoad with the state in-process and in a
// real redis-server on loopback (memory, journal and dedup, rate limit,
// quotas, feedback), to measure what Redis adds to an answer:
//
//	go test -bench LoadRedis -benchtime 3x -run '^$' ./bot/
func BenchmarkLoadRedis(b *testing.B) {
	redisConfig := func(b *testing.B, lim bot.Limits) func() bot.Config {
		srv := redistest.Start(b)
		var n atomic.Int64
		return func() bot.Config {
			// A fresh bot id per run: the fake numbers updates from the
			// same id every time.
			s, err := redisstate.Open(redisstate.Options{URL: srv.URL(0), BotID: fmt.Sprint("bench", n.Add(1)),
				Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { s.Close() })
			cfg := bot.Config{Limits: lim}
			s.Apply(&cfg)
			return cfg
		}
	}
	// One question at a time: what Redis adds to one answer.
	b.Run("sequential/state=memory", func(b *testing.B) {
		bot.SeqRun(b, func() bot.Config { return bot.Config{} }, 300)
	})
	b.Run("sequential/state=redis", func(b *testing.B) { bot.SeqRun(b, redisConfig(b, bot.Limits{}), 300) })
	for _, lim := range []struct {
		name string
		l    bot.Limits
	}{{"limits=off", bot.Limits{PerChat: -1}}, {"limits=telegram", bot.Limits{}}} {
		b.Run(lim.name+"/state=memory", func(b *testing.B) {
			bot.LoadRun(b, func() bot.Config { return bot.Config{Limits: lim.l} })
		})
		b.Run(lim.name+"/state=redis", func(b *testing.B) { bot.LoadRun(b, redisConfig(b, lim.l)) })
	}
}
