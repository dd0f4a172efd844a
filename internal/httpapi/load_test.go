package httpapi

import (
	"context"
	"io"
	"log/slog"
	"os"
	"strconv"
	"testing"
	"time"
)

// loadDuration is ARTICLEBOT_LOAD_SECONDS (default 3 s): 30 for the README.
func loadDuration(tb testing.TB) time.Duration {
	s := os.Getenv("ARTICLEBOT_LOAD_SECONDS")
	if s == "" {
		return 3 * time.Second
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f <= 0 {
		tb.Fatalf("ARTICLEBOT_LOAD_SECONDS=%q: want a positive number of seconds", s)
	}
	return time.Duration(f * float64(time.Second))
}

// BenchmarkAskLoad50 puts 50 concurrent clients on POST /v1/ask for
// ARTICLEBOT_LOAD_SECONDS and reports requests/s, p50/p99, errors and peak
// RSS (VmHWM).
//
// By default it serves the HTTP layer with a fake Asker that returns a
// canned answer at once, so it measures routing, JSON, logging, metrics and
// loopback TCP; logs are JSON-encoded to io.Discard, as in production minus
// the write. With ARTICLEBOT_LOAD_URL set it loads that endpoint instead
// (e.g. a running `articlebot serve`), with ARTICLEBOT_LOAD_TOKEN as bearer
// token, and reports the peak RSS of ARTICLEBOT_LOAD_PID when given.
//
//	ARTICLEBOT_LOAD_SECONDS=30 go test -run '^$' -bench AskLoad50 ./internal/httpapi
func BenchmarkAskLoad50(b *testing.B) {
	d := loadDuration(b)
	cfg := LoadConfig{Clients: 50, Duration: d}
	if url := os.Getenv("ARTICLEBOT_LOAD_URL"); url != "" {
		cfg.URL, cfg.Token = url, os.Getenv("ARTICLEBOT_LOAD_TOKEN")
		cfg.PID, _ = strconv.Atoi(os.Getenv("ARTICLEBOT_LOAD_PID"))
	}
	var res LoadResult
	// The run is timed by d, not by b.N: one run per benchmark call.
	for b.Loop() {
		if cfg.URL != "" {
			res = RunLoad(context.Background(), cfg)
			continue
		}
		log := slog.New(slog.NewJSONHandler(io.Discard, nil))
		res = LoadTestHandler(context.Background(), NewHandler(Options{Asker: okAsker, Log: log}), cfg.Clients, d)
	}
	reportLoad(b, res)
}

// reportLoad reports a load run as benchmark metrics and fails on errors.
func reportLoad(b *testing.B, res LoadResult) {
	b.Helper()
	b.ReportMetric(res.RPS, "req/s")
	b.ReportMetric(float64(res.P50.Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(res.P99.Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(res.Errors), "errors")
	b.ReportMetric(float64(res.PeakRSS)/(1<<20), "peak-RSS-MB")
	b.ReportMetric(0, "ns/op") // meaningless for a timed run
	b.Log(res)
	if res.Errors > 0 {
		b.Errorf("%d errors, first: %s", res.Errors, res.FirstError)
	}
}

// TestLoadSmoke checks the load runner itself on a short run: every request
// answered, numbers consistent.
func TestLoadSmoke(t *testing.T) {
	res := LoadTestHandler(context.Background(), NewHandler(Options{Asker: okAsker}), 8, 300*time.Millisecond)
	t.Log(res)
	if res.Errors != 0 || res.Requests == 0 {
		t.Fatalf("errors %d of %d: %s", res.Errors, res.Requests, res.FirstError)
	}
	if !(res.P50 > 0 && res.P50 <= res.P90 && res.P90 <= res.P99 && res.P99 <= res.Max) {
		t.Fatalf("percentiles out of order: %s", res)
	}
	if res.RPS <= 0 || res.PeakRSS <= 0 {
		t.Fatalf("rps or peak RSS missing: %s", res)
	}
}

// TestLoadCountsErrors: a server that refuses is counted, not hidden.
func TestLoadCountsErrors(t *testing.T) {
	h := NewHandler(Options{Asker: okAsker, Token: "tok-12345"})
	res := LoadTestHandler(context.Background(), h, 2, 50*time.Millisecond)
	if res.Errors == 0 || res.Errors != res.Requests || res.FirstError == "" {
		t.Fatalf("unauthorized run: %s first=%q", res, res.FirstError)
	}
}

func TestPercentile(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 100; i++ {
		d = append(d, time.Duration(i))
	}
	for _, tt := range []struct {
		q    float64
		want time.Duration
	}{{0.5, 50}, {0.9, 90}, {0.99, 99}, {1, 100}, {0, 1}} {
		if got := percentile(d, tt.q); got != tt.want {
			t.Errorf("percentile(%v) = %v, want %v", tt.q, got, tt.want)
		}
	}
	if percentile(nil, 0.5) != 0 {
		t.Error("empty")
	}
}
