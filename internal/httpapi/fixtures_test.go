package httpapi

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	"articlebot/internal/testkit"
	"articlebot/rag"
)

// askerFunc adapts a function to rag.Asker.
type askerFunc func(ctx context.Context, req rag.Request) (rag.Answer, error)

func (f askerFunc) Ask(ctx context.Context, req rag.Request) (rag.Answer, error) { return f(ctx, req) }

// canned is a realistic offline answer: two citations with Chinese quotes.
func canned(q string) rag.Answer {
	return rag.Answer{
		Question: q,
		Answer:   "西部陆海新通道通达全球127个国家和地区的555个港口[1]。",
		Found:    true,
		Citations: []rag.Citation{
			{N: 1, Doc: "article", Section: "通道", Paragraph: 3, Start: 120, End: 210, Kind: "text",
				Quote: "目前，西部陆海新通道已通达全球127个国家和地区的555个港口。"},
			{N: 2, Doc: "article", Section: "通道", Paragraph: 4, Start: 211, End: 300, Kind: "text",
				Quote: "川渝两地联动实施了197项改革措施，<推动>通道建设提速。"},
		},
		Mode:     rag.ModeExtractive,
		TookMS:   0.4,
		Lang:     "zh",
		TopScore: 0.82,
	}
}

// okAsker answers every question with canned.
var okAsker = askerFunc(func(_ context.Context, req rag.Request) (rag.Answer, error) {
	return canned(req.Question), nil
})

// syncBuffer is a bytes.Buffer safe for a logger and a test reading it.
type syncBuffer = testkit.SyncBuffer

func jsonLogger(w io.Writer, level slog.Level) *slog.Logger {
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: level}))
}

// do sends one request to h in process and returns the recorder.
func do(h http.Handler, method, path, body string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if method == http.MethodPost {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(header); i += 2 {
		if header[i] == "Host" {
			req.Host = header[i+1]
			continue
		}
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// post sends a question over a real connection.
func post(t *testing.T, c *http.Client, url, body string) (int, string) {
	t.Helper()
	resp, err := c.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// checkNoLeak fails when goroutines stay above base: every request goroutine
// and every Asker goroutine must have ended.
func checkNoLeak(t *testing.T, base int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > base {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			n := runtime.Stack(buf, true)
			t.Fatalf("goroutines: %d, want <= %d\n%s", runtime.NumGoroutine(), base, buf[:n])
		}
		time.Sleep(10 * time.Millisecond)
	}
}
