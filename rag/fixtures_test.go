package rag

import (
	"context"
	"sync"
	"testing"

	"articlebot/internal/testkit"
)

// Shared fixtures of the rag tests.

// articlePath is the real article the engine ships with.
const articlePath = "../data/article.txt"

// devPath is the dev question set.
const devPath = "../testdata/dev.jsonl"

// readArticle returns the text of the real article.
func readArticle(tb testing.TB) string {
	tb.Helper()
	return readArticleAt(tb, articlePath)
}

// readArticleAt returns the text of the file at path.
func readArticleAt(tb testing.TB, path string) string { return testkit.ReadFile(tb, path) }

// writeArticles writes name → text files into a new temporary directory and
// returns it.
func writeArticles(tb testing.TB, files map[string]string) string {
	return testkit.WriteFiles(tb, files)
}

var (
	memEngineOnce sync.Once
	memEngine     *Engine
	memEngineErr  error
)

// articleEngine is one in-memory engine over ../data with the default
// options, shared by the tests that only ask (the engine is safe for
// concurrent use).
func articleEngine(tb testing.TB) *Engine {
	tb.Helper()
	memEngineOnce.Do(func() {
		memEngine, memEngineErr = Open(context.Background(), Options{DataDir: "../data"})
	})
	if memEngineErr != nil {
		tb.Fatal(memEngineErr)
	}
	return memEngine
}

// ask stands for an answer in the engine's own tests: the best retrieved
// chunk as the answer and its citation (the answerer lives in rag/extract
// and has tests of its own).
func ask(tb testing.TB, e *Engine, q string) Answer {
	tb.Helper()
	hits, err := e.Retrieve(context.Background(), q, 8)
	if err != nil {
		tb.Fatalf("Retrieve(%q): %v", q, err)
	}
	a := Answer{Question: q}
	for i, h := range hits {
		a.Found, a.Answer = true, a.Answer+h.Text
		a.Citations = append(a.Citations, Citation{N: i + 1, Doc: h.Doc, Quote: h.Text, Start: h.Start, End: h.End})
	}
	return a
}
