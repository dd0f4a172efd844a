package extract_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"articlebot/internal/testkit"
	"articlebot/rag"
	"articlebot/rag/extract"
)

// Shared fixtures of the answerer's tests.

const (
	dataDir     = "../../data"
	articlePath = "../../data/article.txt"
	devPath     = "../../testdata/dev.jsonl"
	probePath   = "../../testdata/probe.jsonl"
	blindPath   = "../../testdata/seed_blind.jsonl"
	cmrcPath    = "../../testdata/cmrc/cmrc2018_trial.json"
)

func readArticle(tb testing.TB) string { return readArticleAt(tb, articlePath) }

func readArticleAt(tb testing.TB, path string) string { return testkit.ReadFile(tb, path) }

// writeArticles writes name → text files into a new temporary directory and
// returns it.
func writeArticles(tb testing.TB, files map[string]string) string {
	return testkit.WriteFiles(tb, files)
}

// openAnswerer opens an engine over dir (in memory) and the answerer on it.
func openAnswerer(tb testing.TB, dir string) *extract.Answerer {
	tb.Helper()
	e, err := rag.Open(context.Background(), rag.Options{DataDir: dir})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { e.Close() })
	x, err := extract.New(e, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

var (
	articleOnce sync.Once
	articleX    *extract.Answerer
)

// articleEngine is one answerer over ../../data shared by the tests that
// only ask (it is safe for concurrent use).
func articleEngine(tb testing.TB) *extract.Answerer {
	tb.Helper()
	articleOnce.Do(func() {
		e, err := rag.Open(context.Background(), rag.Options{DataDir: dataDir})
		if err != nil {
			tb.Fatal(err)
		}
		if articleX, err = extract.New(e, nil); err != nil {
			tb.Fatal(err)
		}
	})
	return articleX
}

func ask(tb testing.TB, x *extract.Answerer, q string) rag.Answer {
	tb.Helper()
	a, err := x.Ask(context.Background(), rag.Request{Question: q})
	if err != nil {
		tb.Fatalf("Ask(%q): %v", q, err)
	}
	return a
}

// hasQuoteAt reports whether file[start:end] equals the quote after
// whitespace normalisation.
func hasQuoteAt(file string, c rag.Citation) bool {
	if c.Start < 0 || c.End > len(file) || c.Start > c.End {
		return false
	}
	return rag.NormalizeSpace(file[c.Start:c.End]) == strings.TrimSpace(c.Quote)
}

func articleChunks(tb testing.TB) []rag.Chunk {
	tb.Helper()
	e, err := rag.Open(context.Background(), rag.Options{DataDir: dataDir})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { e.Close() })
	return e.Chunks()
}
