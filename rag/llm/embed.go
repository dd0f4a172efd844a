package llm

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sort"

	openai "github.com/sashabaranov/go-openai"

	"articlebot/rag"
)

// Embedder embeds texts through the server's /embeddings endpoint: batched,
// read by index (servers may answer out of order), unit-normalised, each
// batch retried like chat. Safe for concurrent use. Progress over a whole
// corpus is the index's to report (rag.Options.Progress), batch by batch.
type Embedder struct {
	c     *Client
	model string
	batch int
}

var _ rag.Embedder = (*Embedder)(nil)

// Embedder returns the API embedder, or nil when ARTICLEBOT_EMBED_MODEL is
// empty (the offline embedder stays). The dynamic type is *Embedder.
func (c *Client) Embedder() rag.Embedder {
	if e := c.APIEmbedder(); e != nil {
		return e
	}
	return nil // not a typed nil: callers compare with nil
}

// APIEmbedder is Embedder with its concrete type, or nil without an
// embedding model.
func (c *Client) APIEmbedder() *Embedder {
	if c == nil || c.cfg.EmbedModel == "" {
		return nil
	}
	return &Embedder{c: c, model: c.cfg.EmbedModel, batch: c.cfg.BatchSize}
}

// ID names the model; it is part of the index key, so a new model rebuilds
// the index.
func (e *Embedder) ID() string { return "openai:" + e.model }

// Embed returns one unit vector per text, in the order of texts.
func (e *Embedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	err := e.embed(ctx, texts, func(start int, vecs [][]float32) error {
		copy(out[start:], vecs)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// embed sends texts in batches and hands each batch's vectors to done, in
// order, as soon as it arrives (the cache persists them there).
func (e *Embedder) embed(ctx context.Context, texts []string, done func(start int, vecs [][]float32) error) error {
	if len(texts) == 0 {
		return nil
	}
	dim := 0
	for start := 0; start < len(texts); start += e.batch {
		batch := texts[start:min(start+e.batch, len(texts))]
		vecs, err := e.embedBatch(ctx, batch)
		if err != nil {
			return fmt.Errorf("embed texts %d–%d of %d with %s: %w", start+1, start+len(batch), len(texts), e.model, err)
		}
		if dim == 0 {
			dim = len(vecs[0])
		}
		for _, v := range vecs {
			if len(v) != dim {
				return fmt.Errorf("embed with %s: vectors of %d and %d dimensions in one call", e.model, dim, len(v))
			}
		}
		if err := done(start, vecs); err != nil {
			return err
		}
	}
	return nil
}

// embedBatch is one /embeddings request, retried on 429/5xx/timeouts.
func (e *Embedder) embedBatch(ctx context.Context, batch []string) ([][]float32, error) {
	in := make([]string, len(batch))
	for i, t := range batch {
		if t == "" {
			t = " " // an empty input is a 400 at OpenAI
		}
		in[i] = t
	}
	var vecs [][]float32
	err := e.c.do(ctx, "embed", 0, nil, func(actx context.Context) error {
		actx, cancel := context.WithTimeout(actx, e.c.cfg.Timeout)
		defer cancel()
		resp, err := e.c.api.CreateEmbeddings(actx, openai.EmbeddingRequestStrings{
			Input: in, Model: openai.EmbeddingModel(e.model), EncodingFormat: openai.EmbeddingEncodingFormatFloat,
		})
		if err != nil {
			return err
		}
		vecs, err = byIndex(resp.Data, len(in))
		return err
	})
	return vecs, err
}

// byIndex orders the server's vectors by their index field and normalises
// them; it rejects missing, repeated or out-of-range indexes.
func byIndex(data []openai.Embedding, n int) ([][]float32, error) {
	if len(data) != n {
		return nil, fmt.Errorf("server returned %d embeddings for %d texts", len(data), n)
	}
	sorted := append([]openai.Embedding(nil), data...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Index < sorted[j].Index })
	out := make([][]float32, n)
	for i, d := range sorted {
		if d.Index != i {
			return nil, fmt.Errorf("server returned embedding indexes that are not 0..%d (saw %d)", n-1, d.Index)
		}
		v, err := unit(d.Embedding)
		if err != nil {
			return nil, fmt.Errorf("embedding %d: %w", i, err)
		}
		out[i] = v
	}
	return out, nil
}

// unit returns v scaled to length 1 (chromem-go stores vectors as given and
// scores them by dot product).
func unit(v []float32) ([]float32, error) {
	if len(v) == 0 {
		return nil, errors.New("empty vector")
	}
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 || math.IsNaN(s) || math.IsInf(s, 0) {
		return nil, errors.New("zero or invalid vector")
	}
	inv := 1 / math.Sqrt(s)
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(float64(x) * inv)
	}
	return out, nil
}
