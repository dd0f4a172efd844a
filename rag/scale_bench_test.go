package rag

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// genLargeArticle returns one article of about size bytes: generated
// articles (genArticle) one after another, their titles turned into
// sections, so paragraphs rarely repeat.
func genLargeArticle(tb testing.TB, size int) string {
	ss := corpusSentences(tb)
	var b strings.Builder
	b.Grow(size + 8192)
	b.WriteString("# 合作报道合集\n\n")
	for i := 0; b.Len() < size; i++ {
		b.WriteString(strings.Replace(genArticle(ss, i), "# ", "## ", 1))
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkIndexScale builds the index of one generated article of 1 to 30
// MB into a fresh directory per operation. Run one size per process so the
// peak RSS is that size's:
//
//	go test -run '^$' -bench 'IndexScale/^1MB$' -benchtime 1x ./rag/
func BenchmarkIndexScale(b *testing.B) {
	for _, mb := range []int{1, 3, 10, 30} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			text := genLargeArticle(b, mb<<20)
			b.SetBytes(int64(len(text)))
			var took time.Duration
			chunks := 0
			for b.Loop() {
				dir := filepath.Join(b.TempDir(), "index")
				t0 := time.Now()
				e, err := OpenTexts(context.Background(), []string{"big"}, []string{text}, nil, Options{IndexDir: dir})
				took += time.Since(t0)
				if err != nil {
					b.Fatal(err)
				}
				chunks = e.Index().Chunks
				e.Close()
				os.RemoveAll(dir)
			}
			b.ReportMetric(took.Seconds()/float64(b.N), "index-s")
			b.ReportMetric(float64(chunks), "chunks")
			if hwm := vmHWM(); hwm > 0 {
				b.ReportMetric(float64(hwm)/1024, "rss-peak-MB")
			}
		})
	}
}

// TestWriteScaleArticles writes the articles of BenchmarkIndexScale as
// data directories for the built binary, when ARTICLEBOT_SCALE_DIR is set:
//
//	ARTICLEBOT_SCALE_DIR=/tmp/scale go test -run WriteScaleArticles ./rag/
//	/usr/bin/time -v env ARTICLEBOT_DATA=/tmp/scale/30MB ARTICLEBOT_INDEX_DIR=/tmp/scale/index articlebot index
func TestWriteScaleArticles(t *testing.T) {
	root := os.Getenv("ARTICLEBOT_SCALE_DIR")
	if root == "" {
		t.Skip("set ARTICLEBOT_SCALE_DIR to write the scale articles")
	}
	for _, mb := range []int{1, 3, 10, 30} {
		dir := filepath.Join(root, fmt.Sprintf("%dMB", mb))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "big.txt"), []byte(genLargeArticle(t, mb<<20)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
