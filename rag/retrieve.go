package rag

import (
	"context"
	"fmt"
	"sort"

	"github.com/blevesearch/bleve/v2"
)

// Retrieval modes, for measuring each ranking alone against the fusion.
const (
	RetrieveFused  = "fused"
	RetrieveVector = "vector"
	RetrieveBM25   = "bm25"
)

// rrfK is the reciprocal rank fusion constant: score = Σ 1/(rrfK + rank).
// 60 is the value of the original paper; our lists are short and the
// measured difference between 10 and 60 is small (README).
const rrfK = 60

// candidates is how deep each ranking is read before fusion.
func candidates(k, n int) int { return min(max(3*k, 30), n) }

// Retrieve returns the k chunks that best match query, best first, fusing the
// vector ranking and the BM25 ranking with reciprocal rank fusion.
func (e *Engine) Retrieve(ctx context.Context, query string, k int) ([]Hit, error) {
	return e.retrieve(ctx, query, k, e.mode)
}

func (e *Engine) retrieve(ctx context.Context, query string, k int, mode string) ([]Hit, error) {
	ix := e.ix
	n := len(ix.Chunks)
	if n == 0 || k <= 0 {
		return nil, nil
	}
	depth := candidates(k, n)
	scores := make(map[int]float64, 2*depth)
	if mode != RetrieveBM25 {
		ids, err := ix.vectorSearch(ctx, query, depth)
		if err != nil {
			if mode == RetrieveVector || ctx.Err() != nil {
				return nil, err
			}
			// An embedding server that is down must not stop answers:
			// BM25 alone still finds the passage.
			e.log.Warn("vector search failed; using full-text ranking only", "err", err)
		}
		for r, i := range ids {
			scores[i] += 1 / float64(rrfK+r+1)
		}
	}
	if mode != RetrieveVector {
		ids, err := ix.textSearch(ctx, query, depth)
		if err != nil {
			return nil, err
		}
		for r, i := range ids {
			scores[i] += 1 / float64(rrfK+r+1)
		}
	}
	hits := make([]Hit, 0, len(scores))
	for i, s := range scores {
		hits = append(hits, Hit{Chunk: ix.Chunks[i], Score: s})
	}
	sort.Slice(hits, func(a, b int) bool {
		if hits[a].Score != hits[b].Score {
			return hits[a].Score > hits[b].Score
		}
		return hits[a].ID < hits[b].ID
	})
	if len(hits) > k {
		hits = hits[:k]
	}
	return hits, nil
}

// vectorSearch returns chunk indexes by cosine similarity.
func (ix *Index) vectorSearch(ctx context.Context, query string, depth int) ([]int, error) {
	vs, err := ix.embedder.Embed(ctx, []string{query})
	if err != nil {
		return nil, fmt.Errorf("embed question: %w", err)
	}
	if isZero(vs[0]) {
		return nil, nil // nothing to compare; chromem-go would divide by zero
	}
	coll, err := ix.collection()
	if err != nil {
		return nil, err
	}
	res, err := coll.QueryEmbedding(ctx, vs[0], min(depth, coll.Count()), nil, nil)
	if err != nil {
		return nil, fmt.Errorf("vector search: %w", err)
	}
	out := make([]int, 0, len(res))
	for _, r := range res {
		if i, ok := ix.byID[r.ID]; ok {
			out = append(out, i)
		}
	}
	return out, nil
}

func isZero(v []float32) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}

// textSearch returns chunk indexes by BM25 over CJK bigrams.
func (ix *Index) textSearch(ctx context.Context, query string, depth int) ([]int, error) {
	q := bleve.NewMatchQuery(query)
	q.SetField("text")
	req := bleve.NewSearchRequestOptions(q, depth, 0, false)
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("full-text search: %w", err)
	}
	out := make([]int, 0, len(res.Hits))
	for _, h := range res.Hits {
		if i, ok := ix.byID[h.ID]; ok {
			out = append(out, i)
		}
	}
	return out, nil
}
