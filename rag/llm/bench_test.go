package llm

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"articlebot/rag"
)

// BenchmarkAskOverhead measures what the engine adds to the model's own time
// per question: prompt building, the HTTP and SSE path, marker parsing,
// quoting, everything but the fake server's latency, which is known and
// subtracted (overhead-ms). The fake Retriever is instant, so the offline
// engine's retrieval time (its own benchmark) comes on top.
func BenchmarkAskOverhead(b *testing.B) {
	for _, tc := range []struct {
		name    string
		q       string
		calls   int // model calls per question
		latency time.Duration
	}{
		{"zh/latency=0", "西部陆海新通道通达多少个港口？", 1, 0},
		{"zh/latency=20ms", "西部陆海新通道通达多少个港口？", 1, 20 * time.Millisecond},
		{"en-rewrite/latency=20ms", "How many ports does the corridor reach?", 2, 20 * time.Millisecond},
	} {
		b.Run(tc.name, func(b *testing.B) {
			f := newFake(b)
			f.chat = func(w http.ResponseWriter, r *http.Request, req openai.ChatCompletionRequest, _ int) {
				time.Sleep(tc.latency)
				if isRewrite(req) {
					sse(w, "西部陆海新通道通达多少个港口", 3)
					return
				}
				p := lastUser(req)
				sse(w, fmt.Sprintf("西部陆海新通道通达全球126个国家和地区的548个港口[%d]，川渝实施了197项改革措施[%d][%d]。", sourceWith(p, "548个港口"), sourceWith(p, "197项"), sourceWith(p, "iPad")), 20)
			}
			a := NewAnswerer(f.client(b), newRetriever(), nil)
			ctx := context.Background()
			start := time.Now()
			for b.Loop() {
				ans, err := a.Ask(ctx, rag.Request{Question: tc.q, OnDelta: func(string) {}})
				if err != nil || ans.Mode != rag.ModeLLM || len(ans.Citations) != 3 {
					b.Fatalf("ans %+v err %v", ans, err)
				}
			}
			per := time.Since(start) / time.Duration(b.N)
			b.ReportMetric(float64(per-time.Duration(tc.calls)*tc.latency)/1e6, "overhead-ms")
		})
	}
}
