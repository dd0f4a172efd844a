package rag

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"unicode"
	"unicode/utf8"
)

// CorpusEmbedder is an Embedder whose weights are fitted on the chunks it
// indexes, such as the offline HashEmbedder's IDF. The index fits it before
// embedding the chunks, saves its State with the index and restores it with
// SetState when the index is loaded. Its vectors depend on the corpus, so
// they are never kept in the embedding cache.
type CorpusEmbedder interface {
	Embedder
	FitCorpus(ctx context.Context, texts []string) error
	State() ([]byte, error)
	SetState(state []byte) error
}

// VectorCacher is implemented by embedders that say whether the index keeps
// their vectors in the resumable cache beside it (embcache-*.jsonl). The
// cache is for embedders that are slow or paid, like an embedding API; an
// embedder that does not implement VectorCacher is cached, unless it is a
// CorpusEmbedder.
type VectorCacher interface {
	CacheVectors() bool
}

// cacheVectors says whether emb's vectors go to the embedding cache.
func cacheVectors(emb Embedder) bool {
	if _, fitted := emb.(CorpusEmbedder); fitted {
		return false
	}
	if c, ok := emb.(VectorCacher); ok {
		return c.CacheVectors()
	}
	return true
}

// HashEmbedder is the offline embedder: hashed character n-grams weighted by
// TF-IDF, unit length. It needs no model download and embeds a question in
// microseconds. Han characters are units of their own; a run of ASCII letters
// or digits ("iPad", "1400") is one unit. n-grams never cross punctuation.
//
// Hand-written because no maintained Go library does hashed n-gram TF-IDF
// for Chinese without a dictionary; it is 100 lines and measured (README).
type HashEmbedder struct {
	Dims       int
	MinN, MaxN int
	// IDF holds one weight per bucket, fitted on the corpus by Fit.
	IDF []float32
}

// NewHashEmbedder returns an unfitted embedder; call Fit before Embed.
func NewHashEmbedder(dims, minN, maxN int) *HashEmbedder {
	return &HashEmbedder{Dims: dims, MinN: minN, MaxN: maxN}
}

// ID names the parameters; the fitted IDF depends on the corpus, which the
// index key covers separately.
func (h *HashEmbedder) ID() string {
	return fmt.Sprintf("hash-ngram-v1-d%d-n%d%d", h.Dims, h.MinN, h.MaxN)
}

var (
	_ CorpusEmbedder = (*HashEmbedder)(nil)
	_ VectorCacher   = (*HashEmbedder)(nil)
)

// CacheVectors is false: embedding is cheaper than reading a cache.
func (h *HashEmbedder) CacheVectors() bool { return false }

// FitCorpus is Fit, stopping when ctx ends.
func (h *HashEmbedder) FitCorpus(ctx context.Context, texts []string) error {
	return h.fit(ctx, texts)
}

// State is the fitted IDF, as JSON.
func (h *HashEmbedder) State() ([]byte, error) { return json.Marshal(h.IDF) }

// SetState restores an IDF saved by State.
func (h *HashEmbedder) SetState(state []byte) error {
	var idf []float32
	if err := json.Unmarshal(state, &idf); err != nil {
		return fmt.Errorf("hash embedder state: %w", err)
	}
	if len(idf) != h.Dims {
		return fmt.Errorf("hash embedder state: %d weights for %d dimensions", len(idf), h.Dims)
	}
	h.IDF = idf
	return nil
}

// features calls fn with the hash of every n-gram of s: FNV-1a over the
// n units, each followed by a zero byte. Han characters are units of their
// own, a run of ASCII letters or digits is one unit, and n-grams never cross
// punctuation or spaces. It allocates only its two scratch slices.
func (h *HashEmbedder) features(s string, fn func(uint64)) {
	var buf []byte   // the units of the current run, each followed by a zero byte
	var starts []int // where each unit starts in buf
	inASCII := false
	endASCII := func() {
		if inASCII {
			buf = append(buf, 0)
			inASCII = false
		}
	}
	endRun := func() {
		endASCII()
		k := len(starts)
		starts = append(starts, len(buf))
		for n := h.MinN; n <= h.MaxN; n++ {
			for i := 0; i+n <= k; i++ {
				fn(fnv64a(buf[starts[i]:starts[i+n]]))
			}
		}
		buf, starts = buf[:0], starts[:0]
	}
	for _, r := range s {
		r = foldRune(r)
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)), r == '.' && inASCII: // "iPad", "1400", "1.2万"
			if !inASCII {
				starts = append(starts, len(buf))
				inASCII = true
			}
			buf = append(buf, byte(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Nl, r):
			endASCII()
			starts = append(starts, len(buf))
			buf = utf8.AppendRune(buf, r)
			buf = append(buf, 0)
		default:
			if len(starts) > 0 {
				endRun()
			}
		}
	}
	if len(starts) > 0 {
		endRun()
	}
}

// fnv64a is hash/fnv's 64-bit FNV-1a of b, without an allocation.
func fnv64a(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// Fit computes the IDF of every bucket over texts (smoothed, so unseen
// buckets weigh the most).
func (h *HashEmbedder) Fit(texts []string) { _ = h.fit(context.Background(), texts) }

func (h *HashEmbedder) fit(ctx context.Context, texts []string) error {
	df := make([]int, h.Dims)
	seen := make([]int, h.Dims) // the text that last counted each bucket, plus one
	for i, t := range texts {
		if i%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		h.features(t, func(x uint64) {
			if b := int(x % uint64(h.Dims)); seen[b] != i+1 {
				seen[b] = i + 1
				df[b]++
			}
		})
	}
	h.IDF = make([]float32, h.Dims)
	n := float64(len(texts))
	for i, d := range df {
		h.IDF[i] = float32(math.Log((n+1)/(float64(d)+1)) + 1)
	}
	return nil
}

// Embed returns unit-length vectors (zero vectors for texts with no units).
func (h *HashEmbedder) Embed(_ context.Context, texts []string) ([][]float32, error) {
	if len(h.IDF) != h.Dims {
		return nil, fmt.Errorf("hash embedder: not fitted (IDF has %d of %d weights)", len(h.IDF), h.Dims)
	}
	out := make([][]float32, len(texts))
	tf := make(map[uint64]int)
	for i, t := range texts {
		clear(tf)
		h.features(t, func(x uint64) { tf[x]++ })
		v := make([]float32, h.Dims)
		for x, c := range tf {
			b := int(x % uint64(h.Dims))
			w := (1 + float32(math.Log(float64(c)))) * h.IDF[b]
			if x>>63 == 1 { // signed hashing: collisions cancel instead of adding up
				w = -w
			}
			v[b] += w
		}
		normalize(v)
		out[i] = v
	}
	return out, nil
}

func normalize(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}
