package extract_test

import (
	"context"
	"errors"
	"math/rand"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"articlebot/rag"
)

// The request budget (rag.Limits) at the offline answerer's entry: whatever
// a caller hands in, one request costs what its clipped form costs.

// worstRequests are the requests of the budget benchmark and tests: the case
// of issue 11 (a 20,300-character history question behind a short
// follow-up), questions of exactly the question limit (article text, random
// Han characters, one phrase repeated), and every other field made as large
// as a 64 KiB body allows.
func worstRequests(tb testing.TB) map[string]rag.Request {
	text := readArticle(tb)
	runes := []rune(strings.Repeat(strings.Join(strings.Fields(text), ""), 6))
	n := rag.DefaultQuestionChars
	atLimit := string(runes[1000 : 1000+n])
	rnd := rand.New(rand.NewSource(1))
	han := make([]rune, n)
	for i := range han {
		han[i] = rune(0x4e00 + rnd.Intn(0x9fa5-0x4e00))
	}
	repeated := []rune(strings.Repeat("西部陆海新通道", n))[:n-1]
	many := make([]rag.Turn, 1000)
	for i := range many {
		many[i] = rag.Turn{Question: string(runes[2000:2500]), Answer: string(runes[3000:4000])}
	}
	return map[string]rag.Request{
		"issue11":            rag.Request{Question: "港口呢", History: []rag.Turn{{Question: strings.Repeat("西部陆海新通道", 2900), Answer: "x"}}},
		"question-at-limit":  rag.Request{Question: atLimit},
		"question-random":    rag.Request{Question: string(han)},
		"question-repeated":  rag.Request{Question: string(repeated) + "？"},
		"question-over":      rag.Request{Question: strings.Repeat("西部陆海新通道", 3000)},
		"followup-article":   rag.Request{Question: "港口呢", History: []rag.Turn{{Question: string(runes[1000:30000]), Answer: string(runes[:20000])}}},
		"followup-random":    rag.Request{Question: "那呢", History: []rag.Turn{{Question: string(han), Answer: string(han)}}},
		"history-1000-turns": rag.Request{Question: "港口呢", History: many},
		"spaces":             rag.Request{Question: strings.Repeat(" ", 60000) + "港口呢", History: []rag.Turn{{Question: strings.Repeat("　", 20000) + "西部", Answer: strings.Repeat(" ", 60000)}}},
	}
}

func TestClipBoundsEveryField(t *testing.T) {
	l := rag.DefaultLimits()
	for name, req := range worstRequests(t) {
		got, err := l.Clip(req)
		if name == "question-over" {
			var tl *rag.TooLongError
			if !errors.Is(err, rag.ErrQuestionTooLong) || !errors.As(err, &tl) || tl.Limit != l.QuestionChars {
				t.Errorf("%s: err = %#v, want a *TooLongError with the limit", name, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got.Question != req.Question {
			t.Errorf("%s: the question changed", name)
		}
		if len(got.History) > l.Turns {
			t.Errorf("%s: %d turns", name, len(got.History))
		}
		total := 0
		for _, h := range got.History {
			nq, na := utf8.RuneCountInString(h.Question), utf8.RuneCountInString(h.Answer)
			if nq > l.QuestionChars || na > l.AnswerChars {
				t.Errorf("%s: a turn of %d+%d characters", name, nq, na)
			}
			total += nq + na
		}
		if total > l.HistoryChars {
			t.Errorf("%s: history of %d characters", name, total)
		}
		again, err := l.Clip(got)
		if err != nil || len(again.History) != len(got.History) {
			t.Fatalf("%s: clipping twice changed the request: %v", name, err)
		}
		for i := range again.History {
			if again.History[i] != got.History[i] {
				t.Errorf("%s: clipping twice changed turn %d", name, i)
			}
		}
	}
}

// The answerer bounds what it is handed: the issue 11 request gives the
// answer of its clipped form; a configured limit applies.
func TestAskClips(t *testing.T) {
	x := articleEngine(t)
	ctx := context.Background()
	req := worstRequests(t)["issue11"]
	clipped, err := x.Limits.Clip(req)
	if err != nil {
		t.Fatal(err)
	}
	a1, _ := x.Ask(ctx, req)
	a2, _ := x.Ask(ctx, clipped)
	if a1.Answer != a2.Answer || a1.Found != a2.Found {
		t.Errorf("raw %q/%v, clipped %q/%v", a1.Answer, a1.Found, a2.Answer, a2.Found)
	}
	a, _ := x.Ask(ctx, rag.Request{Question: strings.Repeat("港口", 300)})
	if a.Error != "question too long" || a.Answer == "" || a.Citations == nil {
		t.Errorf("over-long: %+v", a)
	}
	for _, q := range []string{"", "  \n"} {
		if a, _ := x.Ask(ctx, rag.Request{Question: q}); a.Error != "empty question" || a.Answer == "" {
			t.Errorf("%q: %+v", q, a)
		}
	}
	small := openAnswerer(t, dataDir)
	small.Limits = rag.Limits{QuestionChars: 8}
	if a, _ := small.Ask(ctx, rag.Request{Question: "西部陆海新通道通达多少个港口？"}); a.Error != "question too long" {
		t.Errorf("configured limit not applied: %+v", a)
	}
}

// maxBytesPerAsk is the allocation level of one request (issue 11).
const maxBytesPerAsk = 2 << 20

// Whatever its content, one request allocates at most 2 MB (issue 11's
// level). Bytes are counted, not timed, so this is a test; the CPU time is
// in BenchmarkAskBudget.
func TestAskAllocationBounded(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocations")
	}
	x := articleEngine(t)
	ctx := context.Background()
	for name, req := range worstRequests(t) {
		x.Ask(ctx, req) // warm caches
		const n = 5
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		for range n {
			x.Ask(ctx, req)
		}
		runtime.ReadMemStats(&m1)
		if per := (m1.TotalAlloc - m0.TotalAlloc) / n; per > maxBytesPerAsk {
			t.Errorf("%s: %d bytes allocated per request, level %d", name, per, maxBytesPerAsk)
		}
	}
}

// BenchmarkAskBudget asks the worst requests one at a time and reports CPU
// time (user+system of the whole process, GC included, so retrieval's
// parallel search counts in full) and bytes per request. Levels: 5 ms CPU,
// 2 MB.
//
//	go test -run '^$' -bench AskBudget -benchmem ./rag/extract/
func BenchmarkAskBudget(b *testing.B) {
	x := articleEngine(b)
	ctx := context.Background()
	reqs := worstRequests(b)
	reqs["normal"] = rag.Request{Question: "西部陆海新通道通达多少个港口？"}
	for name, req := range reqs {
		b.Run(name, func(b *testing.B) {
			x.Ask(ctx, req)
			b.ReportAllocs()
			c0 := cpuTime()
			for b.Loop() {
				x.Ask(ctx, req)
			}
			b.ReportMetric(float64((cpuTime()-c0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
