package llm

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"strings"
	"testing"
)

func TestEmbedBatchedAndReadByIndex(t *testing.T) {
	f := newFake(t)
	f.embed = func(w http.ResponseWriter, _ *http.Request, input []string, _ int) {
		writeEmbeddings(w, input, true) // answered in reverse order
	}
	c := f.client(t, func(c *Config) { c.BatchSize = 4 })
	e := c.Embedder()
	if e == nil || e.ID() != "openai:embed-model" {
		t.Fatalf("embedder %v", e)
	}
	texts := make([]string, 10)
	for i := range texts {
		texts[i] = strings.Repeat("字", i+1) // distinct lengths → distinct vectors
	}
	vecs, err := e.Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	var sizes []int
	for _, r := range f.requests() {
		sizes = append(sizes, len(r.Embed.Input))
		if r.Embed.Model != "embed-model" || r.Auth != "Bearer sk-test-key" {
			t.Errorf("request model %q auth %q", r.Embed.Model, r.Auth)
		}
	}
	if fmt.Sprint(sizes) != "[4 4 2]" {
		t.Errorf("batch sizes %v, want [4 4 2]", sizes)
	}
	for i, v := range vecs {
		want := vecFor(texts[i])
		n := math.Sqrt(float64(want[0]*want[0] + want[1]*want[1] + want[2]*want[2]))
		for j := range v {
			if math.Abs(float64(v[j])-float64(want[j])/n) > 1e-6 {
				t.Fatalf("vector %d = %v, want %v normalised: order or norm wrong", i, v, want)
			}
		}
	}
}

func TestEmbedRetriesAndRejectsBadReplies(t *testing.T) {
	f := newFake(t)
	f.embed = func(w http.ResponseWriter, _ *http.Request, input []string, call int) {
		switch call {
		case 0:
			apiError(w, 500, "busy")
		case 1:
			writeEmbeddings(w, input, false)
		default:
			writeEmbeddings(w, input[:1], false) // too few vectors
		}
	}
	e := f.client(t).Embedder()
	if _, err := e.Embed(context.Background(), []string{"甲", ""}); err != nil {
		t.Fatalf("500 then success: %v", err)
	}
	if _, err := e.Embed(context.Background(), []string{"甲", "乙"}); err == nil || !strings.Contains(err.Error(), "1 embeddings for 2 texts") {
		t.Errorf("short reply: err = %v", err)
	}
	if got := f.requests()[1].Embed.Input[1]; got != " " {
		t.Errorf("empty text sent as %q, want a space", got)
	}
}

func TestNoEmbedModelNoEmbedder(t *testing.T) {
	f := newFake(t)
	c := f.client(t, func(c *Config) { c.EmbedModel = "" })
	if e := c.Embedder(); e != nil {
		t.Errorf("Embedder() = %v, want nil", e)
	}
}
