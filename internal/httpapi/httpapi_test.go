package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"articlebot/internal/metrics"
	"articlebot/rag"
)

func TestAsk(t *testing.T) {
	const token = "s3cret-http-token"
	failing := askerFunc(func(context.Context, rag.Request) (rag.Answer, error) {
		return rag.Answer{}, errors.New("index broken")
	})
	long := strings.Repeat("港", rag.DefaultQuestionChars)
	tests := []struct {
		name    string
		opts    Options
		method  string
		body    string
		header  []string
		status  int
		errPart string // part of the JSON error; "" for a 200 answer
	}{
		{name: "answer", body: `{"question":"西部陆海新通道通达多少个港口？"}`, status: 200},
		{name: "with history", body: `{"question":"那呢？","history":[{"question":"q","answer":"a"}]}`, status: 200},
		{name: "question at the limit", body: `{"question":"` + long + `"}`, status: 200},
		{name: "question over the limit", body: `{"question":"` + long + `港"}`, status: 400, errPart: fmt.Sprintf("limit is %d", rag.DefaultQuestionChars)},
		{name: "bad JSON", body: `{"question":`, status: 400, errPart: "bad JSON"},
		{name: "not JSON", body: `question=x`, status: 400, errPart: "bad JSON"},
		{name: "wrong type", body: `{"question":5}`, status: 400, errPart: "bad JSON"},
		{name: "trailing data", body: `{"question":"a"} {"question":"b"}`, status: 400, errPart: "more than one JSON value"},
		{name: "empty body", body: ``, status: 400, errPart: "empty body"},
		{name: "empty question", body: `{"question":""}`, status: 400, errPart: "question is empty"},
		{name: "blank question", body: `{"question":" \n\t "}`, status: 400, errPart: "question is empty"},
		{name: "no question", body: `{"history":[]}`, status: 400, errPart: "question is empty"},
		{name: "oversized body", opts: Options{MaxBody: 100}, body: `{"question":"` + strings.Repeat("a", 200) + `"}`, status: 413, errPart: "larger than 100 bytes"},
		{name: "oversized default", body: `{"question":"a","history":[{"question":"` + strings.Repeat("x", 70<<10) + `"}]}`, status: 413, errPart: "larger than 65536"},
		{name: "GET", method: "GET", status: 405, errPart: "use POST"},
		{name: "PUT", method: "PUT", body: `{"question":"a"}`, status: 405, errPart: "use POST"},
		{name: "token missing", opts: Options{Token: token}, body: `{"question":"a"}`, status: 401, errPart: "bearer token"},
		{name: "token wrong", opts: Options{Token: token}, body: `{"question":"a"}`, header: []string{"Authorization", "Bearer " + token + "x"}, status: 401, errPart: "bearer token"},
		{name: "token prefix", opts: Options{Token: token}, body: `{"question":"a"}`, header: []string{"Authorization", "Bearer s3cret"}, status: 401, errPart: "bearer token"},
		{name: "basic auth", opts: Options{Token: token}, body: `{"question":"a"}`, header: []string{"Authorization", "Basic " + token}, status: 401, errPart: "bearer token"},
		{name: "token right", opts: Options{Token: token}, body: `{"question":"a"}`, header: []string{"Authorization", "Bearer " + token}, status: 200},
		{name: "token any case", opts: Options{Token: token}, body: `{"question":"a"}`, header: []string{"Authorization", "bearer " + token}, status: 200},
		{name: "asker error", opts: Options{Asker: failing}, body: `{"question":"a"}`, status: 500, errPart: "could not answer"},
		{name: "no content type", body: `{"question":"a"}`, header: []string{"Content-Type", ""}, status: 415, errPart: "application/json"},
		{name: "text/plain", body: `{"question":"a"}`, header: []string{"Content-Type", "text/plain"}, status: 415, errPart: "application/json"},
		{name: "form", body: `{"question":"a"}`, header: []string{"Content-Type", "application/x-www-form-urlencoded"}, status: 415, errPart: "application/json"},
		{name: "json with charset", body: `{"question":"a"}`, header: []string{"Content-Type", "application/json; charset=utf-8"}, status: 200},
		{name: "json upper case", body: `{"question":"a"}`, header: []string{"Content-Type", "Application/JSON"}, status: 200},
		{name: "token, two spaces", opts: Options{Token: token}, body: `{"question":"a"}`, header: []string{"Authorization", "Bearer  " + token}, status: 401, errPart: "bearer token"},
		{name: "token with a tab", opts: Options{Token: token}, body: `{"question":"a"}`, header: []string{"Authorization", "Bearer " + token + "\t"}, status: 401, errPart: "bearer token"},
		{name: "token case differs", opts: Options{Token: token}, body: `{"question":"a"}`, header: []string{"Authorization", "Bearer " + strings.ToUpper(token)}, status: 401, errPart: "bearer token"},
		{name: "foreign host, host check", opts: Options{LoopbackHosts: true}, body: `{"question":"a"}`, header: []string{"Host", "evil.example:8080"}, status: 403, errPart: "not a loopback name"},
		{name: "rebinding host", opts: Options{LoopbackHosts: true}, body: `{"question":"a"}`, header: []string{"Host", "127.0.0.1.nip.io"}, status: 403, errPart: "not a loopback name"},
		{name: "localhost", opts: Options{LoopbackHosts: true}, body: `{"question":"a"}`, header: []string{"Host", "localhost:8080"}, status: 200},
		{name: "LOCALHOST", opts: Options{LoopbackHosts: true}, body: `{"question":"a"}`, header: []string{"Host", "LOCALHOST"}, status: 200},
		{name: "127.0.0.1", opts: Options{LoopbackHosts: true}, body: `{"question":"a"}`, header: []string{"Host", "127.0.0.1:8080"}, status: 200},
		{name: "[::1]", opts: Options{LoopbackHosts: true}, body: `{"question":"a"}`, header: []string{"Host", "[::1]:8080"}, status: 200},
		{name: "foreign host, no host check", body: `{"question":"a"}`, header: []string{"Host", "evil.example"}, status: 200},
		{name: "foreign origin", body: `{"question":"a"}`, header: []string{"Origin", "https://evil.example"}, status: 403, errPart: "ARTICLEBOT_CORS_ORIGINS"},
		{name: "allowed origin", opts: Options{CORSOrigins: []string{"https://app.example"}}, body: `{"question":"a"}`, header: []string{"Origin", "https://app.example"}, status: 200},
		{name: "other origin", opts: Options{CORSOrigins: []string{"https://app.example"}}, body: `{"question":"a"}`, header: []string{"Origin", "https://app.example.evil"}, status: 403, errPart: "not allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.opts
			if o.Asker == nil {
				o.Asker = okAsker
			}
			method := tt.method
			if method == "" {
				method = "POST"
			}
			rec := do(NewHandler(o), method, "/v1/ask", tt.body, tt.header...)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d; body %s", rec.Code, tt.status, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			if tt.errPart == "" {
				var a rag.Answer
				if err := json.Unmarshal(rec.Body.Bytes(), &a); err != nil {
					t.Fatalf("answer is not JSON: %v: %s", err, rec.Body)
				}
				if !a.Found || a.Mode != rag.ModeExtractive || len(a.Citations) != 2 || a.Question == "" {
					t.Fatalf("answer not passed through: %+v", a)
				}
				if !strings.Contains(rec.Body.String(), "<推动>") {
					t.Errorf("HTML escaped in quote: %s", rec.Body)
				}
				return
			}
			var e ErrorResponse
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil {
				t.Fatalf("error is not JSON: %v: %s", err, rec.Body)
			}
			if !strings.Contains(e.Error, tt.errPart) {
				t.Fatalf("error %q does not contain %q", e.Error, tt.errPart)
			}
			if strings.Contains(rec.Body.String(), token) {
				t.Fatalf("token in response: %s", rec.Body)
			}
			switch tt.status {
			case 405:
				if rec.Header().Get("Allow") != "POST" {
					t.Errorf("405 without Allow: POST")
				}
			case 401:
				if !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Bearer") {
					t.Errorf("401 without WWW-Authenticate")
				}
			}
		})
	}
}

func TestAskPassesRequest(t *testing.T) {
	var got rag.Request
	h := NewHandler(Options{Asker: askerFunc(func(_ context.Context, req rag.Request) (rag.Answer, error) {
		got = req
		return canned(req.Question), nil
	})})
	rec := do(h, "POST", "/v1/ask", `{"question":"  那新能源汽车呢？\n","history":[{"question":"q1","answer":"a1"},{"question":"q2","answer":"a2"}]}`)
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if got.Question != "那新能源汽车呢？" {
		t.Errorf("question not trimmed: %q", got.Question)
	}
	if len(got.History) != 2 || got.History[1] != (rag.Turn{Question: "q2", Answer: "a2"}) {
		t.Errorf("history: %+v", got.History)
	}
	if got.Offline || got.OnDelta != nil {
		t.Errorf("request fields set that the API does not offer: %+v", got)
	}
}

func TestRoutes(t *testing.T) {
	var webhookHits atomic.Int32
	h := NewHandler(Options{
		Asker: okAsker,
		Token: "tok-12345",
		Mounts: map[string]http.Handler{
			"POST /telegram/webhook": http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				webhookHits.Add(1)
				w.WriteHeader(http.StatusOK)
			}),
		},
	})
	tests := []struct {
		method, path string
		status       int
		bodyPart     string
	}{
		{"GET", "/healthz", 200, `{"status":"ok"}`},
		{"HEAD", "/healthz", 200, ``},
		{"POST", "/healthz", 405, `"error"`},
		{"GET", "/readyz", 200, `{"status":"ready"}`},
		{"DELETE", "/readyz", 405, `"error"`},
		{"GET", "/metrics", 200, "articlebot_questions_total"},
		{"POST", "/metrics", 405, `"error"`},
		{"GET", "/nope", 404, `"error":"no route /nope`},
		{"GET", "/", 404, `"error"`},
		{"POST", "/telegram/webhook", 200, ``}, // mounted, no bearer token needed
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			rec := do(h, tt.method, tt.path, "")
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			if !strings.Contains(rec.Body.String(), tt.bodyPart) {
				t.Fatalf("body %q does not contain %q", rec.Body, tt.bodyPart)
			}
		})
	}
	if webhookHits.Load() != 1 {
		t.Fatalf("webhook mount hit %d times", webhookHits.Load())
	}
}

func TestReadyz(t *testing.T) {
	var calls atomic.Int32
	var fail atomic.Bool
	h := NewHandler(Options{
		Asker:    okAsker,
		ReadyTTL: 50 * time.Millisecond,
		Ready: func(ctx context.Context) error {
			calls.Add(1)
			if _, ok := ctx.Deadline(); !ok {
				t.Error("Ready called without a deadline")
			}
			if fail.Load() {
				return errors.New("LLM server http://ollama:11434/v1 unreachable")
			}
			return nil
		},
	})
	for range 5 {
		if rec := do(h, "GET", "/readyz", ""); rec.Code != 200 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	}
	if n := calls.Load(); n != 1 {
		t.Fatalf("Ready called %d times within the TTL, want 1", n)
	}
	fail.Store(true)
	time.Sleep(60 * time.Millisecond)
	rec := do(h, "GET", "/readyz", "")
	if rec.Code != 503 {
		t.Fatalf("status %d, want 503", rec.Code)
	}
	var body map[string]string
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body["status"] != "not ready" || !strings.Contains(body["reason"], "unreachable") {
		t.Fatalf("503 body: %s (%v)", rec.Body, err)
	}
	if n := calls.Load(); n != 2 {
		t.Fatalf("Ready called %d times, want 2", n)
	}
}

func TestReadyPanics(t *testing.T) {
	h := NewHandler(Options{Asker: okAsker, Ready: func(context.Context) error { panic("boom") }})
	rec := do(h, "GET", "/readyz", "")
	if rec.Code != 503 || !strings.Contains(rec.Body.String(), "panicked") {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
}

func TestMetricsAfterQuestion(t *testing.T) {
	h := NewHandler(Options{Asker: okAsker, Token: "tok-12345"})
	q := metrics.Questions.WithLabelValues(rag.ModeExtractive, "true", "http")
	before := counterValue(t, q)
	refusedBefore := counterValue(t, metrics.Refused.WithLabelValues("unauthorized"))

	if rec := do(h, "POST", "/v1/ask", `{"question":"a"}`, "Authorization", "Bearer tok-12345"); rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	do(h, "POST", "/v1/ask", `{"question":"a"}`) // unauthorized

	if got := counterValue(t, q) - before; got != 1 {
		t.Errorf("questions counted %v, want 1", got)
	}
	if got := counterValue(t, metrics.Refused.WithLabelValues("unauthorized")) - refusedBefore; got != 1 {
		t.Errorf("refused counted %v, want 1", got)
	}
	rec := do(h, "GET", "/metrics", "")
	for _, want := range []string{
		`articlebot_questions_total{chat_type="http",found="true",mode="extractive"}`,
		`articlebot_answer_seconds_bucket{mode="extractive"`,
		`articlebot_retrieval_top_score_count`,
		`articlebot_refused_total{reason="unauthorized"}`,
		`process_resident_memory_bytes`,
	} {
		if !strings.Contains(rec.Body.String(), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

func TestLogLine(t *testing.T) {
	const q = "西部陆海新通道通达多少个港口？"
	for _, level := range []slog.Level{slog.LevelInfo, slog.LevelDebug} {
		t.Run(level.String(), func(t *testing.T) {
			var buf syncBuffer
			h := NewHandler(Options{Asker: okAsker, Log: jsonLogger(&buf, level)})
			do(h, "POST", "/v1/ask", `{"question":"`+q+`"}`)
			do(h, "POST", "/v1/ask", `{bad`)
			var answered []map[string]any
			for line := range strings.Lines(buf.String()) {
				var m map[string]any
				if err := json.Unmarshal([]byte(line), &m); err != nil {
					t.Fatalf("log line not JSON: %q", line)
				}
				if m["msg"] == "answered" {
					answered = append(answered, m)
				}
			}
			if len(answered) != 1 {
				t.Fatalf("%d answered lines, want 1:\n%s", len(answered), buf.String())
			}
			m := answered[0]
			if m["mode"] != "extractive" || m["found"] != true || m["sources"] != float64(2) || m["chat_type"] != "http" {
				t.Errorf("log line fields: %v", m)
			}
			if _, ok := m["latency_ms"].(float64); !ok {
				t.Errorf("no latency_ms: %v", m)
			}
			_, hasQ := m["question"]
			if hasQ != (level == slog.LevelDebug) || strings.Contains(buf.String(), q) != (level == slog.LevelDebug) {
				t.Errorf("question text logged at %s: %v", level, hasQ)
			}
		})
	}
}

func TestNewHandlerNeedsAsker(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("no panic for a nil Asker")
		}
	}()
	NewHandler(Options{})
}

// counterValue reads a counter without prometheus/testutil (whose
// dependencies are not in go.mod).
func counterValue(t *testing.T, c prometheus.Counter) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

func TestReadyzReportNeverFails(t *testing.T) {
	h := NewHandler(Options{
		Asker: okAsker,
		Report: func() map[string]string {
			return map[string]string{"redis": "redis unavailable since ..., using local state"}
		},
	})
	rec := do(h, "GET", "/readyz", "")
	var body map[string]string
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != 200 || body["status"] != "ready" || !strings.Contains(body["redis"], "unavailable") {
		t.Fatalf("readyz with a report: %d %s", rec.Code, rec.Body)
	}
}

// An allowed origin gets CORS headers and its preflight answered; others
// get no CORS headers and 403 (issue 11, item 7).
func TestCORS(t *testing.T) {
	h := NewHandler(Options{Asker: okAsker, CORSOrigins: []string{"https://app.example"}, Token: "tok-12345"})
	rec := do(h, "OPTIONS", "/v1/ask", "", "Origin", "https://app.example", "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type, authorization")
	if rec.Code != 204 || rec.Header().Get("Access-Control-Allow-Origin") != "https://app.example" ||
		!strings.Contains(rec.Header().Get("Access-Control-Allow-Headers"), "Authorization") || rec.Header().Get("Access-Control-Allow-Methods") != "POST" {
		t.Errorf("preflight: %d %v", rec.Code, rec.Header())
	}
	rec = do(h, "OPTIONS", "/v1/ask", "", "Origin", "https://evil.example")
	if rec.Code != 403 || rec.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("foreign preflight: %d %v", rec.Code, rec.Header())
	}
	rec = do(h, "POST", "/v1/ask", `{"question":"a"}`, "Origin", "https://app.example", "Authorization", "Bearer tok-12345")
	if rec.Code != 200 || rec.Header().Get("Access-Control-Allow-Origin") != "https://app.example" || rec.Header().Get("Vary") != "Origin" {
		t.Errorf("allowed POST: %d %v", rec.Code, rec.Header())
	}
}

func TestParseOrigins(t *testing.T) {
	got, err := ParseOrigins(" https://a.example, http://localhost:3000 https://b.example/")
	if err != nil || strings.Join(got, " ") != "https://a.example http://localhost:3000 https://b.example" {
		t.Errorf("ParseOrigins = %q, %v", got, err)
	}
	for _, bad := range []string{"*", "a.example", "ftp://a.example", "https://a.example/app", "https://u:p@a.example", "https://a.example?x=1"} {
		if _, err := ParseOrigins(bad); err == nil {
			t.Errorf("ParseOrigins(%q) accepted", bad)
		}
	}
}

func TestCheckListenErrors(t *testing.T) {
	if err := CheckListen("0.0.0.0:8080", ""); !errors.Is(err, ErrTokenRequired) {
		t.Errorf("beyond loopback without a token: %v", err)
	}
	if err := CheckListen("nonsense", ""); !errors.Is(err, ErrBadListen) {
		t.Errorf("bad address: %v", err)
	}
	for _, ok := range [][2]string{{"127.0.0.1:8080", ""}, {"[::1]:1", ""}, {"localhost:1", ""}, {":8080", "tok"}} {
		if err := CheckListen(ok[0], ok[1]); err != nil {
			t.Errorf("%v: %v", ok, err)
		}
	}
	if !NeedsHostCheck("127.0.0.1:8080", "") || NeedsHostCheck("127.0.0.1:8080", "tok") || NeedsHostCheck("0.0.0.0:8080", "") {
		t.Error("NeedsHostCheck")
	}
}
