package extract_test

import (
	"context"
	"sort"
	"testing"
	"time"

	"articlebot/internal/eval"
	"articlebot/rag"
)

// BenchmarkAsk answers one question end to end in process.
//
//	go test -run '^$' -bench . -count 6 ./rag/extract | benchstat -
func BenchmarkAsk(b *testing.B) {
	x := articleEngine(b)
	ctx := context.Background()
	var lat []time.Duration
	b.ReportAllocs()
	for b.Loop() {
		t0 := time.Now()
		a, err := x.Ask(ctx, rag.Request{Question: "西部陆海新通道通达多少个港口？"})
		lat = append(lat, time.Since(t0))
		if err != nil || !a.Found {
			b.Fatalf("%+v %v", a, err)
		}
	}
	report(b, lat)
}

// BenchmarkAskDevSet cycles through the dev questions (refusals and English
// ones included).
func BenchmarkAskDevSet(b *testing.B) {
	x := articleEngine(b)
	qs, err := eval.ReadFile(devPath)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var lat []time.Duration
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		t0 := time.Now()
		if _, err := x.Ask(ctx, rag.Request{Question: qs[i%len(qs)].Q}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
		i++
	}
	report(b, lat)
}

func report(b *testing.B, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
