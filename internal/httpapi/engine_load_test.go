package httpapi

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"articlebot/rag"
	"articlebot/rag/extract"
)

// BenchmarkAskLoad50Engine is BenchmarkAskLoad50 with the real offline
// engine (the bundled article, index in memory) behind the HTTP layer: the
// issue's "/v1/ask offline" figure. Peak RSS is this test process's, which
// holds the engine, the server and the 50 clients.
//
//	ARTICLEBOT_LOAD_SECONDS=30 go test -run '^$' -bench AskLoad50Engine ./internal/httpapi
func BenchmarkAskLoad50Engine(b *testing.B) {
	d := loadDuration(b)
	x, log := offlineAsker(b)
	h := NewHandler(Options{Asker: x, Log: log})
	var res LoadResult
	for b.Loop() {
		res = LoadTestHandler(context.Background(), h, 50, d)
	}
	reportLoad(b, res)
}

// BenchmarkFlood is issue 11's flood: 100 requests carrying a
// 20,300-character history question ("西部陆海新通道" × 2,900 behind
// "港口呢"), 20 at a time, sent once a second into normal traffic (2 clients
// asking the example questions) on the real offline engine. It reports the
// normal p99 alone, beside the flood, and beside a control flood of as many
// ordinary follow-ups; "flood-x" is the ratio beside the flood over alone
// (level ≤ 2), "content-x" beside the flood over beside the control (≈ 1
// when the content costs nothing extra).
//
//	ARTICLEBOT_LOAD_SECONDS=5 go test -run '^$' -bench Flood ./internal/httpapi
func BenchmarkFlood(b *testing.B) {
	d := loadDuration(b)
	x, log := offlineAsker(b)
	srv := httptest.NewServer(NewHandler(Options{Asker: x, Log: log}))
	defer srv.Close()
	url := srv.URL + "/v1/ask"
	worst, _ := json.Marshal(AskRequest{Question: "港口呢", History: []rag.Turn{{Question: strings.Repeat("西部陆海新通道", 2900), Answer: "x"}}})
	control, _ := json.Marshal(AskRequest{Question: "港口呢", History: []rag.Turn{{Question: "西部陆海新通道通达多少个港口？", Answer: "x"}}})
	ctx := context.Background()
	normal := func() LoadResult { return RunLoad(ctx, LoadConfig{URL: url, Clients: 2, Duration: d}) }
	beside := func(body []byte) (LoadResult, LoadResult) {
		var flood LoadResult
		var wg sync.WaitGroup
		stop := time.Now().Add(d)
		wg.Go(func() {
			for next := time.Now().Add(200 * time.Millisecond); next.Before(stop); next = next.Add(time.Second) {
				time.Sleep(time.Until(next))
				r := RunLoad(ctx, LoadConfig{URL: url, Clients: 20, Count: 100, Duration: time.Until(stop), Bodies: [][]byte{body}})
				flood.Requests += r.Requests
				flood.Errors += r.Errors
				flood.P99 = max(flood.P99, r.P99)
				flood.Elapsed = max(flood.Elapsed, r.Elapsed)
			}
		})
		n := normal()
		wg.Wait()
		return n, flood
	}
	var alone, withFlood, withControl, flood LoadResult
	for b.Loop() {
		normal() // warm up
		alone = normal()
		withFlood, flood = beside(worst)
		withControl, _ = beside(control)
	}
	ms := func(t time.Duration) float64 { return float64(t.Microseconds()) / 1000 }
	b.ReportMetric(ms(alone.P99), "alone-p99-ms")
	b.ReportMetric(ms(withFlood.P99), "flood-p99-ms")
	b.ReportMetric(ms(withControl.P99), "control-p99-ms")
	b.ReportMetric(ms(withFlood.P99)/ms(alone.P99), "flood-x")
	b.ReportMetric(ms(withFlood.P99)/ms(withControl.P99), "content-x")
	b.ReportMetric(float64(flood.Requests), "flood-requests")
	b.ReportMetric(float64(PeakRSS(0))/(1<<20), "peak-RSS-MB")
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(ms(flood.Elapsed), "flood-burst-ms")
	b.Logf("alone %s\nbeside the flood %s\nbeside the control %s\nflood: %d requests, %d errors, p99 %s, longest burst of 100 %s", alone, withFlood, withControl, flood.Requests, flood.Errors, flood.P99, flood.Elapsed)
	if flood.Errors+alone.Errors+withFlood.Errors > 0 {
		b.Errorf("errors: flood %d, normal %d/%d", flood.Errors, alone.Errors, withFlood.Errors)
	}
}

// offlineAsker opens the seed article in memory and its offline answerer,
// closed when the benchmark ends, with a log that discards.
func offlineAsker(b *testing.B) (*extract.Answerer, *slog.Logger) {
	log := slog.New(slog.NewJSONHandler(io.Discard, nil))
	e, err := rag.Open(context.Background(), rag.Options{DataDir: "../../data", Log: log})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { e.Close() })
	x, err := extract.New(e, log)
	if err != nil {
		b.Fatal(err)
	}
	return x, log
}
