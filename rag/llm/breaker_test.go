package llm

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"articlebot/rag"
	"articlebot/rag/llm/llmtest"
)

// TestBreakerStopsCallingAFailingServer: after three failed answers in a
// row the next questions get the offline answer at once, without a request
// to the server; a success closes the breaker again.
func TestBreakerStopsCallingAFailingServer(t *testing.T) {
	srv := llmtest.NewServer(t)
	var fail atomic.Bool
	fail.Store(true)
	srv.OnChat(func(r llmtest.ChatRequest) llmtest.Reply {
		if fail.Load() {
			return llmtest.Reply{Status: 500}
		}
		return llmtest.Reply{Text: "548个港口[1]。"}
	})
	c, err := NewClient(Config{BaseURL: srv.BaseURL(), ChatModel: "chat", MaxRetries: -1, Timeout: 5 * time.Second}, nil)
	if err != nil {
		t.Fatal(err)
	}
	a := NewAnswerer(c, breakerRetriever{}, nil)
	ask := func() rag.Answer {
		t.Helper()
		ans, err := a.Ask(context.Background(), rag.Request{Question: "西部陆海新通道通达多少个港口？"})
		if err != nil {
			t.Fatal(err)
		}
		return ans
	}
	for i := 0; i < breakerTrip; i++ {
		if ans := ask(); ans.Mode != rag.ModeExtractive {
			t.Fatalf("answer %d: mode %s, want the fallback", i, ans.Mode)
		}
	}
	n := len(srv.Requests())
	t0 := time.Now()
	ans := ask()
	if ans.Mode != rag.ModeExtractive || !strings.Contains(ans.Note, "unavailable") || len(srv.Requests()) != n || time.Since(t0) > 100*time.Millisecond {
		t.Fatalf("open breaker: %+v, %d new requests, %v", ans, len(srv.Requests())-n, time.Since(t0))
	}
	// the cooldown passes; the server is back
	a.breaker.mu.Lock()
	a.breaker.openUntil = time.Now().Add(-time.Second)
	a.breaker.mu.Unlock()
	fail.Store(false)
	if ans := ask(); ans.Mode != rag.ModeLLM {
		t.Fatalf("after the cooldown: %+v", ans)
	}
	if a.breaker.failures != 0 {
		t.Fatalf("a success must close the breaker (failures %d)", a.breaker.failures)
	}
}

type breakerRetriever struct{}

func (breakerRetriever) Retrieve(ctx context.Context, q string, k int) ([]rag.Hit, error) {
	return []rag.Hit{{Chunk: rag.Chunk{ID: "a#1.0", Doc: "a", Paragraph: 1, Text: "西部陆海新通道通达全球548个港口。", Kind: rag.KindText}, Score: 1}}, nil
}

func (breakerRetriever) Ask(ctx context.Context, req rag.Request) (rag.Answer, error) {
	return rag.Answer{Question: req.Question, Answer: "548个港口 [1]", Found: true, Mode: rag.ModeExtractive}, nil
}
