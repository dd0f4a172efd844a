package rag

import (
	"context"
	"errors"
	"sync"
	"testing"
)

// countingEmbedder stands in for an API embedder: it counts the texts it
// embeds and fails every call after failAfter calls (an interrupted run).
type countingEmbedder struct {
	mu        sync.Mutex
	calls     int
	texts     int
	failAfter int // 0: never fail
	inner     *HashEmbedder
}

func (c *countingEmbedder) ID() string { return "test:counting" }

func (c *countingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(texts) > 1 { // batches of the index, not single questions
		c.calls++
		if c.failAfter > 0 && c.calls > c.failAfter {
			return nil, errors.New("interrupted")
		}
		c.texts += len(texts)
	}
	if len(c.inner.IDF) == 0 {
		c.inner.Fit(texts)
	}
	return c.inner.Embed(ctx, texts)
}

// TestEmbeddingResumes: an indexing run that dies after the first batch
// leaves that batch cached beside the index; the next run embeds only the
// rest, and the index it builds answers.
func TestEmbeddingResumes(t *testing.T) {
	dir := t.TempDir()
	first := &countingEmbedder{failAfter: 1, inner: DefaultEmbedder()}
	if _, err := Open(context.Background(), Options{DataDir: "../data", IndexDir: dir, Embedder: first}); err == nil {
		t.Fatal("the interrupted run should fail")
	}
	if first.texts != EmbedBatch {
		t.Fatalf("first run embedded %d texts, want one batch of %d", first.texts, EmbedBatch)
	}
	second := &countingEmbedder{inner: DefaultEmbedder()}
	e, err := Open(context.Background(), Options{DataDir: "../data", IndexDir: dir, Embedder: second})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	total := e.Index().Chunks
	if second.texts != total-EmbedBatch {
		t.Fatalf("second run embedded %d texts, want the %d left of %d", second.texts, total-EmbedBatch, total)
	}
	hits, err := e.Retrieve(context.Background(), "西部陆海新通道通达多少个港口？", 3)
	if err != nil || len(hits) == 0 {
		t.Fatalf("resumed index does not retrieve: %v %v", hits, err)
	}
}
