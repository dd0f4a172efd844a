package llm

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

var hello = []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleUser, Content: "你好"}}

func TestChatStreams(t *testing.T) {
	f := newFake(t)
	want := "西部陆海新通道通达548个港口[1]。"
	f.chat = func(w http.ResponseWriter, _ *http.Request, _ openai.ChatCompletionRequest, _ int) { sse(w, want, 5) }
	c := f.client(t)
	var deltas []string
	text, usage, err := c.Chat(context.Background(), hello, func(d string) { deltas = append(deltas, d) })
	if err != nil {
		t.Fatal(err)
	}
	if text != want || strings.Join(deltas, "") != want {
		t.Errorf("text %q, deltas %q; want %q", text, deltas, want)
	}
	if len(deltas) < 3 {
		t.Errorf("want the text in several deltas, got %d", len(deltas))
	}
	if usage.PromptTokens != 120 || usage.CompletionTokens != 30 || usage.TotalTokens != 150 {
		t.Errorf("usage = %+v", usage)
	}
	reqs := f.requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests", len(reqs))
	}
	r := reqs[0]
	if r.Auth != "Bearer sk-test-key" {
		t.Errorf("Authorization = %q, want the key as a bearer token", r.Auth)
	}
	if !r.Chat.Stream || r.Chat.Model != "chat-model" || r.Chat.MaxTokens != DefaultMaxTokens ||
		r.Chat.Temperature != DefaultTemperature || r.Chat.StreamOptions == nil || !r.Chat.StreamOptions.IncludeUsage {
		t.Errorf("request = stream %v model %q max_tokens %d temperature %v stream_options %+v",
			r.Chat.Stream, r.Chat.Model, r.Chat.MaxTokens, r.Chat.Temperature, r.Chat.StreamOptions)
	}
}

func TestChatNoKeyNoAuthorization(t *testing.T) {
	f := newFake(t)
	f.chat = func(w http.ResponseWriter, _ *http.Request, _ openai.ChatCompletionRequest, _ int) { sse(w, "好", 1) }
	c := f.client(t, func(c *Config) { c.APIKey = "" })
	if _, _, err := c.Chat(context.Background(), hello, nil); err != nil {
		t.Fatal(err)
	}
	if a := f.requests()[0].Auth; a != "" {
		t.Errorf("Authorization = %q without a key", a)
	}
}

func TestChatRetries(t *testing.T) {
	tests := []struct {
		name    string
		fail    func(w http.ResponseWriter) // the failing reply
		fails   int                         // how many calls fail before success (-1: all)
		calls   int                         // calls expected
		ok      bool
		reason  string
		minTime time.Duration
	}{
		{"429 with Retry-After then success", func(w http.ResponseWriter) {
			w.Header().Set("Retry-After", "1")
			apiError(w, 429, "rate limited")
		}, 1, 2, true, "", 900 * time.Millisecond},
		{"429 with retry-after-ms", func(w http.ResponseWriter) {
			w.Header().Set("Retry-After-Ms", "300")
			apiError(w, 429, "rate limited")
		}, 1, 2, true, "", 250 * time.Millisecond},
		{"500 then success", func(w http.ResponseWriter) { apiError(w, 500, "boom") }, 1, 2, true, "", 0},
		{"502 with a non-JSON body then success", func(w http.ResponseWriter) {
			w.WriteHeader(502)
			_, _ = w.Write([]byte("<html>bad gateway</html>"))
		}, 1, 2, true, "", 0},
		{"503 every time: retries spent", func(w http.ResponseWriter) { apiError(w, 503, "overloaded") }, -1, 1 + 2, false, "503", 0},
		{"no retry on 429 insufficient_quota", func(w http.ResponseWriter) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(429)
			_, _ = w.Write([]byte(`{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}}`))
		}, -1, 1, false, "quota", 0},
		{"no retry on 400", func(w http.ResponseWriter) { apiError(w, 400, "bad request") }, -1, 1, false, "400", 0},
		{"no retry on 401", func(w http.ResponseWriter) { apiError(w, 401, "bad key") }, -1, 1, false, "401", 0},
		{"no retry on 404", func(w http.ResponseWriter) { apiError(w, 404, "no such model") }, -1, 1, false, "404", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t)
			f.chat = func(w http.ResponseWriter, _ *http.Request, _ openai.ChatCompletionRequest, call int) {
				if tt.fails < 0 || call < tt.fails {
					tt.fail(w)
					return
				}
				sse(w, "好的[1]。", 2)
			}
			c := f.client(t, func(c *Config) { c.MaxRetries = 2 })
			start := time.Now()
			text, _, err := c.Chat(context.Background(), hello, nil)
			took := time.Since(start)
			if got := f.chatCalls(); got != tt.calls {
				t.Errorf("%d calls, want %d", got, tt.calls)
			}
			if tt.ok != (err == nil) {
				t.Fatalf("err = %v, want ok=%v", err, tt.ok)
			}
			if tt.ok && text != "好的[1]。" {
				t.Errorf("text = %q", text)
			}
			if !tt.ok {
				var le *Error
				if !errors.As(err, &le) || le.Reason != tt.reason {
					t.Errorf("err = %v, want reason %s", err, tt.reason)
				}
			}
			if took < tt.minTime {
				t.Errorf("took %v, want at least %v (Retry-After)", took, tt.minTime)
			}
		})
	}
}

func TestChatRetryAfterBeyondDeadlineFailsAtOnce(t *testing.T) {
	f := newFake(t)
	f.chat = func(w http.ResponseWriter, _ *http.Request, _ openai.ChatCompletionRequest, _ int) {
		w.Header().Set("Retry-After", "30")
		apiError(w, 429, "rate limited")
	}
	c := f.client(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	start := time.Now()
	_, _, err := c.Chat(ctx, hello, nil)
	if err == nil || time.Since(start) > time.Second {
		t.Errorf("err %v after %v: want a quick failure, the wait exceeds the deadline", err, time.Since(start))
	}
}

func TestChatTimeout(t *testing.T) {
	f := newFake(t)
	f.chat = func(w http.ResponseWriter, r *http.Request, _ openai.ChatCompletionRequest, _ int) {
		<-r.Context().Done() // hang until the client gives up
	}
	c := f.client(t, func(c *Config) { c.Timeout = 10 * time.Second })
	ctx, cancel := context.WithTimeout(context.Background(), 700*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, _, err := c.Chat(ctx, hello, nil)
	var le *Error
	if !errors.As(err, &le) || le.Reason != "timeout" {
		t.Fatalf("err = %v, want a timeout", err)
	}
	if took := time.Since(start); took > 1500*time.Millisecond {
		t.Errorf("took %v, the deadline was 700ms", took)
	}
}

func TestChatStallIsRetried(t *testing.T) {
	f := newFake(t)
	f.chat = func(w http.ResponseWriter, r *http.Request, _ openai.ChatCompletionRequest, call int) {
		if call == 0 {
			<-r.Context().Done()
			return
		}
		sse(w, "好", 1)
	}
	c := f.client(t, func(c *Config) { c.Timeout = 2 * time.Second }) // stall after 1s
	text, _, err := c.Chat(context.Background(), hello, nil)
	if err != nil || text != "好" || f.chatCalls() != 2 {
		t.Errorf("text %q err %v calls %d: want the stalled call retried", text, err, f.chatCalls())
	}
}

func TestChatStreamFailures(t *testing.T) {
	tests := []struct {
		name   string
		reply  func(w http.ResponseWriter, r *http.Request)
		reason string
	}{
		{"cut without [DONE] or finish_reason", func(w http.ResponseWriter, _ *http.Request) {
			startSSE(w)
			sseChunk(w, `{"content":"西部陆海"}`, "")
			sseChunk(w, `{"content":"新通道"}`, "")
			// the connection ends here
		}, "stream"},
		{"error event inside the stream", func(w http.ResponseWriter, _ *http.Request) {
			startSSE(w)
			sseChunk(w, `{"content":"西部"}`, "")
			_, _ = w.Write([]byte(`data: {"error":{"message":"model crashed","type":"server_error"}}` + "\n\n"))
		}, "stream"},
		{"malformed chunk", func(w http.ResponseWriter, _ *http.Request) {
			startSSE(w)
			_, _ = w.Write([]byte("data: {not json\n\n"))
		}, "bad_response"},
		{"empty answer", func(w http.ResponseWriter, _ *http.Request) { sse(w, "", 1) }, "empty"},
		{"only a think block", func(w http.ResponseWriter, _ *http.Request) { sse(w, "<think>嗯……</think>  ", 3) }, "empty"},
		{"text then a stall: no retry once text was streamed", func(w http.ResponseWriter, r *http.Request) {
			startSSE(w)
			sseChunk(w, `{"content":"西部"}`, "")
			<-r.Context().Done()
		}, "timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t)
			f.chat = func(w http.ResponseWriter, r *http.Request, _ openai.ChatCompletionRequest, _ int) { tt.reply(w, r) }
			c := f.client(t, func(c *Config) { c.Timeout = 1 * time.Second })
			_, _, err := c.Chat(context.Background(), hello, func(string) {})
			var le *Error
			if !errors.As(err, &le) || le.Reason != tt.reason {
				t.Fatalf("err = %v, want reason %q", err, tt.reason)
			}
			if n := f.chatCalls(); n != 1 {
				t.Errorf("%d calls, want 1 (not retried)", n)
			}
		})
	}
}

func TestChatDoneWithoutFinishReasonIsComplete(t *testing.T) {
	f := newFake(t)
	f.chat = func(w http.ResponseWriter, _ *http.Request, _ openai.ChatCompletionRequest, _ int) {
		startSSE(w)
		sseChunk(w, `{"content":"好的"}`, "")
		_, _ = w.Write([]byte("data: [DONE]\n\n"))
	}
	text, _, err := f.client(t).Chat(context.Background(), hello, nil)
	if err != nil || text != "好的" {
		t.Errorf("text %q err %v", text, err)
	}
}

func TestChatThinkBlockHidden(t *testing.T) {
	f := newFake(t)
	f.chat = func(w http.ResponseWriter, _ *http.Request, _ openai.ChatCompletionRequest, _ int) {
		sse(w, "<think>\n用户问港口数量，来源2有。\n</think>\n\n通达548个港口[2]。", 9)
	}
	var streamed strings.Builder
	text, _, err := f.client(t).Chat(context.Background(), hello, func(d string) { streamed.WriteString(d) })
	if err != nil {
		t.Fatal(err)
	}
	if text != "通达548个港口[2]。" || streamed.String() != text {
		t.Errorf("text %q streamed %q", text, streamed.String())
	}
}

func TestChatUnreachableFailsFast(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now
	c, err := NewClient(Config{BaseURL: "http://" + addr + "/v1", ChatModel: "m"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, _, err = c.Chat(context.Background(), hello, nil)
	var le *Error
	if !errors.As(err, &le) || le.Reason != "unreachable" || le.Attempts != 1 || !errors.Is(err, ErrUnreachable) || errors.Is(err, ErrRejected) {
		t.Fatalf("err = %v, want unreachable after 1 attempt", err)
	}
	if time.Since(start) > time.Second {
		t.Errorf("took %v", time.Since(start))
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		h    map[string]string
		want time.Duration
	}{
		{nil, -1},
		{map[string]string{"Retry-After": "2"}, 2 * time.Second},
		{map[string]string{"Retry-After": "0.5"}, 500 * time.Millisecond},
		{map[string]string{"Retry-After": now.Add(3 * time.Second).Format(http.TimeFormat)}, 3 * time.Second},
		{map[string]string{"Retry-After-Ms": "250", "Retry-After": "9"}, 250 * time.Millisecond},
		{map[string]string{"Retry-After": "soon"}, -1},
	}
	for _, tt := range tests {
		h := http.Header{}
		for k, v := range tt.h {
			h.Set(k, v)
		}
		if got := parseRetryAfter(h, now); got != tt.want {
			t.Errorf("%v: got %v, want %v", tt.h, got, tt.want)
		}
	}
}

func TestThinkFilterSplitTags(t *testing.T) {
	for _, pieces := range []int{1, 2, 3, 5, 8, 13, 40} {
		var out strings.Builder
		f := thinkFilter{out: func(s string) { out.WriteString(s) }}
		for _, p := range split("<think>a</thin>b</think>答案[1]", pieces) {
			f.write(p)
		}
		if out.String() != "答案[1]" {
			t.Errorf("%d pieces: %q", pieces, out.String())
		}
		out.Reset()
		f = thinkFilter{out: func(s string) { out.WriteString(s) }}
		for _, p := range split("<th不是标签>答案", pieces) {
			f.write(p)
		}
		if out.String() != "<th不是标签>答案" {
			t.Errorf("%d pieces: %q", pieces, out.String())
		}
	}
}

func TestChatServerIgnoresStream(t *testing.T) {
	f := newFake(t)
	f.chat = func(w http.ResponseWriter, _ *http.Request, _ openai.ChatCompletionRequest, _ int) {
		writeJSON(w, map[string]any{
			"id": "x", "object": "chat.completion", "model": "chat-model",
			"choices": []map[string]any{{"index": 0, "message": map[string]any{"role": "assistant", "content": "通达548个港口[1]。"}, "finish_reason": "stop"}},
			"usage":   map[string]int{"prompt_tokens": 7, "completion_tokens": 5, "total_tokens": 12},
		})
	}
	var streamed string
	text, usage, err := f.client(t).Chat(context.Background(), hello, func(d string) { streamed += d })
	if err != nil || text != "通达548个港口[1]。" || streamed != text || usage.TotalTokens != 12 {
		t.Errorf("text %q streamed %q usage %+v err %v", text, streamed, usage, err)
	}
}

func TestChatAdaptsToRefusedParameters(t *testing.T) {
	tests := []struct {
		name  string
		model string
		fail  func(req openai.ChatCompletionRequest) string // "" = accept
		check func(t *testing.T, req openai.ChatCompletionRequest)
	}{
		{"reasoning model caught by go-openai", "o3-mini", func(openai.ChatCompletionRequest) string { return "" },
			func(t *testing.T, req openai.ChatCompletionRequest) {
				if req.MaxTokens != 0 || req.MaxCompletionTokens == 0 || req.Temperature != 0 {
					t.Errorf("sent max_tokens %d max_completion_tokens %d temperature %v", req.MaxTokens, req.MaxCompletionTokens, req.Temperature)
				}
			}},
		{"server refuses max_tokens", "openai/o3-mini", func(req openai.ChatCompletionRequest) string {
			if req.MaxTokens > 0 {
				return "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead."
			}
			if req.Temperature != 0 {
				return "Unsupported value: 'temperature' does not support 0.1 with this model."
			}
			return ""
		}, func(t *testing.T, req openai.ChatCompletionRequest) {
			if req.MaxTokens != 0 || req.MaxCompletionTokens == 0 || req.Temperature != 0 {
				t.Errorf("final request max_tokens %d max_completion_tokens %d temperature %v", req.MaxTokens, req.MaxCompletionTokens, req.Temperature)
			}
		}},
		{"old server refuses stream_options", "llama", func(req openai.ChatCompletionRequest) string {
			if req.StreamOptions != nil {
				return "unknown field stream_options"
			}
			return ""
		}, func(t *testing.T, req openai.ChatCompletionRequest) {
			if req.StreamOptions != nil || req.Temperature == 0 {
				t.Errorf("final request %+v", req)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t)
			var last openai.ChatCompletionRequest
			f.chat = func(w http.ResponseWriter, _ *http.Request, req openai.ChatCompletionRequest, _ int) {
				last = req
				if msg := tt.fail(req); msg != "" {
					apiError(w, 400, msg)
					return
				}
				sse(w, "好", 1)
			}
			c := f.client(t, func(c *Config) { c.ChatModel = tt.model })
			if text, _, err := c.Chat(context.Background(), hello, nil); err != nil || text != "好" {
				t.Fatalf("text %q err %v", text, err)
			}
			tt.check(t, last)
		})
	}
}

// recObserver records what the client reports.
type recObserver struct {
	mu     sync.Mutex
	events []string
}

func (o *recObserver) add(s string)                  { o.mu.Lock(); o.events = append(o.events, s); o.mu.Unlock() }
func (o *recObserver) Call(kind string)              { o.add("call " + kind) }
func (o *recObserver) CallError(kind, reason string) { o.add("error " + kind + " " + reason) }
func (o *recObserver) Tokens(p, c int)               { o.add(fmt.Sprintf("tokens %d %d", p, c)) }
func (o *recObserver) Fallback(reason string)        { o.add("fallback " + reason) }
func (o *recObserver) Citation(action string, n int) { o.add(fmt.Sprintf("citation %s %d", action, n)) }

func (o *recObserver) list() []string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([]string(nil), o.events...)
}

func TestObserverSeesCallsErrorsAndTokens(t *testing.T) {
	f := newFake(t)
	f.chat = func(w http.ResponseWriter, _ *http.Request, _ openai.ChatCompletionRequest, call int) {
		if call == 0 {
			apiError(w, 500, "boom")
			return
		}
		sse(w, "ok", 1)
	}
	obs := &recObserver{}
	c := f.client(t, func(c *Config) { c.Observer = obs; c.MaxRetries = 1 })
	if _, _, err := c.Chat(context.Background(), hello, nil); err != nil {
		t.Fatal(err)
	}
	want := []string{"call chat", "error chat 500", "call chat", "tokens 120 30"}
	if got := obs.list(); !slices.Equal(got, want) {
		t.Errorf("observed %q, want %q", got, want)
	}
	var e Error
	e.Reason = "429"
	if !errors.Is(&e, ErrRateLimited) || errors.Is(&e, ErrTimeout) {
		t.Error("429 is a rate limit")
	}
}
