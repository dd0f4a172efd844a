package bot

import (
	"fmt"
	"testing"
	"time"
)

// seqRun asks n questions one at a time (each from its own private chat,
// outbound limiter off) and reports the p50 and p90 of update→reply: the
// time one answer takes with nothing queued in front of it.
func seqRun(b *testing.B, mk func() Config, n int) {
	for i := 0; i < b.N; i++ {
		cfg := mk()
		cfg.Limits = Limits{PerChat: -1}
		h := start(b, cfg, nil)
		done := make(chan *conv, 1)
		h.b.traceDone = func(c *conv) { done <- c }
		var lat []time.Duration
		for k := 0; k < n; k++ {
			id := int64(30000 + k)
			msg, upd := h.send(privateChat(id), user(id, "zh"), "港口有多少个？", nil)
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				b.Fatalf("question %d not answered", k)
			}
			r := h.replies(msg)
			if len(r) != 1 {
				b.Fatalf("question %d: %d replies", k, len(r))
			}
			lat = append(lat, r[0].At.Sub(h.srv.PushedAt(upd)))
		}
		h.stop()
		p50, p90 := pct(lat, 50), pct(lat, 90)
		b.ReportMetric(float64(p50.Microseconds())/1000, "p50-update-to-reply-ms")
		b.ReportMetric(float64(p90.Microseconds())/1000, "p90-update-to-reply-ms")
		fmt.Printf("\n%s: %d questions one at a time: update→reply p50 %v, p90 %v\n", b.Name(), n, p50, p90)
	}
}
