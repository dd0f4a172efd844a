package bot

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"articlebot/bot/bottest"
)

// BenchmarkLoad sends 1,000 questions from 200 chats (150 private, 50
// groups), all queued at once, through the fake Bot API and the real HTTP
// client, offline mode, and prints: answered exactly once, in order per
// chat, no message over Telegram's limits, p99 update→reply latency, peak RSS.
//
//	go test -bench BenchmarkLoad -run '^$' ./bot/
//
// "limits=off" disables the outbound limiter: its latency is the bot's own.
// "limits=telegram" keeps Telegram's limits (1/s per chat, 20/min per group,
// 30/s overall); its "service" latency excludes the deliberate waits
// (outbound limiter, and queueing behind the same chat's earlier answers).
func BenchmarkLoad(b *testing.B) {
	b.Run("limits=off", func(b *testing.B) { loadRun(b, func() Config { return Config{Limits: Limits{PerChat: -1}} }) })
	b.Run("limits=telegram", func(b *testing.B) { loadRun(b, func() Config { return Config{Limits: Limits{}} }) })
}

// loadRun runs the load once per b.N with a bot configured by mk (fresh
// state stores each run; the rate limit is set to 20 a minute).
func loadRun(b *testing.B, mk func() Config) {
	const chats, perChat = 200, 5
	for i := 0; i < b.N; i++ {
		cfg := mk()
		cfg.RatePerMinute = 20
		h := start(b, cfg, nil)
		var mu sync.Mutex
		traces := map[int]*conv{}
		h.b.traceDone = func(c *conv) {
			mu.Lock()
			traces[c.replyTo] = c
			mu.Unlock()
		}
		h.srv.Wait(5*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "getUpdates") > 0 })

		type q struct {
			chat  int64
			msgID int
			upd   int64
		}
		var qs []q
		t0 := time.Now()
		for k := 0; k < perChat; k++ {
			for c := 0; c < chats; c++ {
				var chat models.Chat
				text := "港口有多少个？问题" + strconv.Itoa(k)
				var ents []models.MessageEntity
				if c < 150 {
					chat = privateChat(int64(10000 + c))
				} else {
					chat = groupChat(int64(-10000 - c))
					text = "/ask " + text
					ents = cmdEntity(text)
				}
				id, upd := h.send(chat, user(int64(10000+c), "zh"), text, ents)
				qs = append(qs, q{chat.ID, id, upd})
			}
		}
		deadline := time.Now().Add(3 * time.Minute)
		for {
			mu.Lock()
			n := len(traces)
			mu.Unlock()
			if n >= len(qs) || time.Now().After(deadline) {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		total := time.Since(t0)
		h.stop()

		// Every question answered exactly once, in order per chat.
		calls := h.srv.Calls("sendMessage")
		replyAt := map[int][]time.Time{}
		var rejected, overLimit int
		var sendTimes []time.Time
		perChatTimes := map[int64][]time.Time{}
		for _, c := range calls {
			if c.Reply != "" {
				rejected++
				continue
			}
			if u16(c.Params["text"]) > MaxMessageUnits {
				overLimit++
			}
			var rp models.ReplyParameters
			_ = c.JSON("reply_parameters", &rp)
			replyAt[rp.MessageID] = append(replyAt[rp.MessageID], c.At)
			sendTimes = append(sendTimes, c.At)
			perChatTimes[c.Int("chat_id")] = append(perChatTimes[c.Int("chat_id")], c.At)
		}
		once, inOrder := 0, true
		last := map[int64]time.Time{}
		var raw, service []time.Duration
		for _, x := range qs {
			ts := replyAt[x.msgID]
			if len(ts) == 1 {
				once++
			} else {
				continue
			}
			if ts[0].Before(last[x.chat]) {
				inOrder = false
			}
			last[x.chat] = ts[0]
			raw = append(raw, ts[0].Sub(h.srv.PushedAt(x.upd)))
			mu.Lock()
			tr := traces[x.msgID]
			mu.Unlock()
			if tr != nil {
				service = append(service, ts[0].Sub(tr.started)-time.Duration(tr.waitedNs))
			}
		}
		// Observed rates, from the fake's clock.
		maxGlobal := maxInWindow(sendTimes, time.Second)
		maxChat, maxGroup := 0, 0
		for id, ts := range perChatTimes {
			maxChat = max(maxChat, maxInWindow(ts, time.Second))
			if id < 0 {
				maxGroup = max(maxGroup, maxInWindow(ts, time.Minute))
			}
		}
		rss := peakRSS()
		p99raw, p99svc := pct(raw, 99), pct(service, 99)
		b.ReportMetric(float64(pct(raw, 50).Microseconds())/1000, "p50-update-to-reply-ms")
		b.ReportMetric(float64(pct(service, 50).Microseconds())/1000, "p50-service-ms")
		b.ReportMetric(float64(p99raw.Milliseconds()), "p99-update-to-reply-ms")
		b.ReportMetric(float64(p99svc.Milliseconds()), "p99-service-ms")
		b.ReportMetric(rss, "peak-RSS-MB")
		fmt.Printf("\n%s: %d questions from %d chats in %v\n", b.Name(), len(qs), chats, total.Round(time.Millisecond))
		fmt.Printf("  answered exactly once: %d/%d; in order per chat: %v\n", once, len(qs), inOrder)
		fmt.Printf("  messages rejected by the fake: %d; over 4096 UTF-16 units: %d\n", rejected, overLimit)
		fmt.Printf("  max sends in any 1s: %d overall, %d per chat; max in any minute per group: %d\n", maxGlobal, maxChat, maxGroup)
		fmt.Printf("  update→reply latency: p50 %v, p99 %v, max %v\n", pct(raw, 50), p99raw, pct(raw, 100))
		fmt.Printf("  service latency (no deliberate waits): p50 %v, p99 %v\n", pct(service, 50), p99svc)
		fmt.Printf("  peak RSS (VmHWM): %.1f MB\n", rss)
		if once != len(qs) || !inOrder || rejected > 0 || overLimit > 0 {
			b.Errorf("load run failed: once=%d/%d inOrder=%v rejected=%d over=%d", once, len(qs), inOrder, rejected, overLimit)
		}
		if cfg.Limits.PerChat >= 0 && (maxGlobal > 30 || maxChat > 1 || maxGroup > 20) {
			b.Errorf("outbound limits exceeded: %d/s overall, %d/s per chat, %d/min per group", maxGlobal, maxChat, maxGroup)
		}
	}
}

// maxInWindow is the most events within any span d.
func maxInWindow(ts []time.Time, d time.Duration) int {
	s := append([]time.Time(nil), ts...)
	sort.Slice(s, func(i, j int) bool { return s[i].Before(s[j]) })
	best, j := 0, 0
	for i := range s {
		for s[i].Sub(s[j]) >= d {
			j++
		}
		best = max(best, i-j+1)
	}
	return best
}

func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := (len(s)*p + 99) / 100
	return s[min(max(i-1, 0), len(s)-1)]
}

// peakRSS reads VmHWM (peak resident set) in MB.
func peakRSS() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}
