package rag

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Benchmarks of the hot paths. The 1,000-article corpus runs only with
// -bench (it is a benchmark), best alone so its RSS is its own:
//
//	go test -run '^$' -bench . -benchmem ./rag/
//	go test -run '^$' -bench Corpus1000 -benchtime 300x ./rag/

const benchQuestion = "西部陆海新通道通达多少个港口？"

// BenchmarkIndexBuild ingests, chunks and indexes the article in memory.
func BenchmarkIndexBuild(b *testing.B) {
	text := readArticle(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		e, err := OpenTexts(ctx, []string{"article"}, []string{text}, nil, Options{})
		if err != nil {
			b.Fatal(err)
		}
		e.Close()
	}
}

// BenchmarkOpenPersisted opens the engine with its index already on disk.
func BenchmarkOpenPersisted(b *testing.B) {
	root := b.TempDir()
	ctx := context.Background()
	opts := Options{DataDir: "../data", IndexDir: root}
	e, err := Open(ctx, opts)
	if err != nil {
		b.Fatal(err)
	}
	e.Close()
	b.ReportAllocs()
	for b.Loop() {
		e, err := Open(ctx, opts)
		if err != nil {
			b.Fatal(err)
		}
		if !e.Index().Loaded {
			b.Fatal("index rebuilt instead of loaded")
		}
		e.Close()
	}
}

// latencies collects per-operation durations for percentiles.
type latencies []time.Duration

func (l latencies) percentile(p float64) time.Duration {
	if len(l) == 0 {
		return 0
	}
	s := append(latencies(nil), l...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := int(p / 100 * float64(len(s)))
	return s[min(i, len(s)-1)]
}

func (l latencies) report(b *testing.B) {
	b.ReportMetric(float64(l.percentile(50).Microseconds()), "p50-us")
	b.ReportMetric(float64(l.percentile(99).Microseconds()), "p99-us")
}

// BenchmarkRetrieve is retrieval alone, per mode.
func BenchmarkRetrieve(b *testing.B) {
	text := readArticle(b)
	for _, mode := range []string{RetrieveFused, RetrieveVector, RetrieveBM25} {
		b.Run(mode, func(b *testing.B) {
			e, err := OpenTexts(context.Background(), []string{"article"}, []string{text}, nil, Options{RetrieveMode: mode})
			if err != nil {
				b.Fatal(err)
			}
			defer e.Close()
			for b.Loop() {
				if _, err := e.Retrieve(context.Background(), benchQuestion, 8); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEmbedQuestion is the offline embedder on one question.
func BenchmarkEmbedQuestion(b *testing.B) {
	d := Ingest("article", readArticle(b))
	cs := ChunkPassages(d.Passages, DefaultChunkParams)
	h := DefaultEmbedder()
	texts := make([]string, len(cs))
	for i, c := range cs {
		texts[i] = c.Text
	}
	h.Fit(texts)
	b.ReportAllocs()
	for b.Loop() {
		h.Embed(context.Background(), []string{benchQuestion})
	}
}

// BenchmarkIngestChunk is ingestion and chunking of the article.
func BenchmarkIngestChunk(b *testing.B) {
	text := readArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ChunkPassages(Ingest("article", text).Passages, DefaultChunkParams)
	}
}

// The generated corpus: articles recombined from the real article's
// sentences, with other numbers and place names, 2–5 KB each.

var (
	placeRe = regexp.MustCompile(`重庆|四川|成都|川渝|成渝|渝|川`)
	digitRe = regexp.MustCompile(`[0-9]+`)
	places  = [][2]string{ // province or city, its short name
		{"贵州", "黔"}, {"云南", "滇"}, {"湖北", "鄂"}, {"湖南", "湘"}, {"陕西", "陕"}, {"甘肃", "甘"},
		{"广西", "桂"}, {"江西", "赣"}, {"山西", "晋"}, {"河南", "豫"}, {"安徽", "皖"}, {"福建", "闽"},
		{"贵阳", "筑"}, {"昆明", "昆"}, {"武汉", "汉"}, {"长沙", "长"}, {"西安", "陕"}, {"兰州", "兰"},
		{"南宁", "邕"}, {"南昌", "洪"}, {"太原", "并"}, {"郑州", "郑"}, {"合肥", "庐"}, {"福州", "榕"},
	}
)

// corpusSentences are the sentences of the real article's text passages.
func corpusSentences(tb testing.TB) []string {
	d := Ingest("article", readArticle(tb))
	var out []string
	for _, p := range d.Passages {
		if p.Kind != KindText {
			continue
		}
		for _, sp := range SplitSentences(p.Text) {
			if s := p.Text[sp.Start:sp.End]; len([]rune(s)) >= 8 {
				out = append(out, s)
			}
		}
	}
	return out
}

// genArticle returns article i of the generated corpus: deterministic for
// i, a title, a byline, sections and paragraphs of recombined sentences.
func genArticle(sentences []string, i int) string {
	rng := rand.New(rand.NewSource(int64(i) + 1))
	a, c := places[rng.Intn(len(places))], places[rng.Intn(len(places))]
	pair := a[1] + c[1]
	rename := func(s string) string {
		s = placeRe.ReplaceAllStringFunc(s, func(m string) string {
			switch m {
			case "重庆":
				return a[0]
			case "四川", "成都":
				return c[0]
			case "川渝", "成渝":
				return pair
			case "渝":
				return a[1]
			}
			return c[1]
		})
		return digitRe.ReplaceAllStringFunc(s, func(m string) string {
			n := rng.Intn(9) + 1
			for range len(m) - 1 {
				n = n*10 + rng.Intn(10)
			}
			return strconv.Itoa(n)
		})
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s%s合作第%d号报道\n\n■本报记者 %s\n\n", a[0], c[0], i, []string{"王明", "李华", "张伟", "刘洋", "陈静"}[i%5])
	size := 2000 + rng.Intn(2500)
	section := 0
	for b.Len() < size {
		if b.Len() > 300*(section+1)*3 || section == 0 {
			section++
			fmt.Fprintf(&b, "### %s第%d部分\n\n", pair, section)
		}
		for n := 2 + rng.Intn(3); n > 0; n-- {
			b.WriteString(rename(sentences[rng.Intn(len(sentences))]))
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// genQuestions returns n questions for the generated corpus: the dev
// questions with the place names of one generated article each.
func genQuestions(tb testing.TB, n int) []string {
	raw, err := os.ReadFile(devPath)
	if err != nil {
		tb.Fatal(err)
	}
	var zh []string
	for _, l := range strings.Split(string(raw), "\n") {
		var q struct{ Q, Lang string }
		if json.Unmarshal([]byte(l), &q) == nil && q.Lang == "zh" {
			zh = append(zh, q.Q)
		}
	}
	out := make([]string, n)
	for k := range out {
		p := places[(k*7)%len(places)]
		out[k] = strings.NewReplacer("重庆", p[0], "川渝", p[1]+"渝").Replace(zh[k%len(zh)])
	}
	return out
}

func TestGenArticle(t *testing.T) {
	ss := corpusSentences(t)
	for i := range 50 {
		a := genArticle(ss, i)
		if a != genArticle(ss, i) {
			t.Fatalf("article %d is not deterministic", i)
		}
		if len(a) < 2000 || len(a) > 6000 {
			t.Errorf("article %d has %d bytes, want about 2–5 KB", i, len(a))
		}
		d := Ingest("g", a)
		if d.Stats.Passages < 5 || d.Info.Author == "" || len(d.Info.Sections) == 0 {
			t.Errorf("article %d: %+v", i, d.Stats)
		}
	}
}

var corpus1000 struct {
	once    sync.Once
	e       *Engine
	indexed time.Duration
	chunks  int
	bytes   int
	err     error
}

// BenchmarkCorpus1000 indexes 1,000 generated articles into a temporary
// directory once (reported as index-s), then measures one question per
// operation over a few hundred questions (p50/p99), the heap after a GC and
// the process's peak RSS (VmHWM).
func BenchmarkCorpus1000(b *testing.B) {
	c := &corpus1000
	c.once.Do(func() {
		ss := corpusSentences(b)
		names := make([]string, 1000)
		texts := make([]string, 1000)
		for i := range names {
			names[i] = fmt.Sprintf("gen%04d", i)
			texts[i] = genArticle(ss, i)
			c.bytes += len(texts[i])
		}
		// One fixed directory, emptied first: the engine keeps its files
		// open until the process ends, so a benchmark cannot remove it.
		dir := filepath.Join(os.TempDir(), "articlebot-bench-corpus1000")
		if err := os.RemoveAll(dir); err != nil {
			c.err = err
			return
		}
		t0 := time.Now()
		c.e, c.err = OpenTexts(context.Background(), names, texts, nil, Options{IndexDir: dir})
		c.indexed = time.Since(t0)
		if c.err == nil {
			c.chunks = c.e.Index().Chunks
			b.Logf("1,000 articles (%.1f MB, %d chunks) indexed in %v into %s", float64(c.bytes)/1e6, c.chunks, c.indexed, dir)
		}
	})
	if c.err != nil {
		b.Fatal(c.err)
	}
	qs := genQuestions(b, 300)
	ctx := context.Background()
	var lat latencies
	found := 0
	i := 0
	for b.Loop() {
		t0 := time.Now()
		hits, err := c.e.Retrieve(ctx, qs[i%len(qs)], 8)
		lat = append(lat, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		if len(hits) > 0 {
			found++
		}
		i++
	}
	b.ReportMetric(c.indexed.Seconds(), "index-s")
	b.ReportMetric(float64(c.chunks), "chunks")
	lat.report(b)
	b.ReportMetric(float64(found)/float64(max(i, 1)), "found/q")
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
	if hwm := vmHWM(); hwm > 0 {
		b.ReportMetric(float64(hwm)/1024, "rss-peak-MB")
	}
}

// vmHWM returns the process's peak resident set size in kB from
// /proc/self/status, or 0 where there is none.
func vmHWM() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmHWM:" {
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	return 0
}
