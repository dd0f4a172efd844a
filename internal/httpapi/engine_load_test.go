package httpapi

import (
	"context"
	"io"
	"log/slog"
	"testing"

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
	log := slog.New(slog.NewJSONHandler(io.Discard, nil))
	e, err := rag.Open(context.Background(), rag.Options{DataDir: "../../data", Log: log})
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	x, err := extract.New(e, log)
	if err != nil {
		b.Fatal(err)
	}
	h := NewHandler(Options{Asker: x, Log: log})
	var res LoadResult
	for b.Loop() {
		res = LoadTestHandler(context.Background(), h, 50, d)
	}
	reportLoad(b, res)
}
