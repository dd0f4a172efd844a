package rag

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"unicode"
)

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

// units splits s into runs of units separated by punctuation and spaces.
func units(s string) [][]string {
	var runs [][]string
	var cur []string
	ascii := []rune{}
	flushASCII := func() {
		if len(ascii) > 0 {
			cur = append(cur, string(ascii))
			ascii = ascii[:0]
		}
	}
	flush := func() {
		flushASCII()
		if len(cur) > 0 {
			runs = append(runs, cur)
			cur = nil
		}
	}
	for _, r := range s {
		r = foldRune(r)
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			ascii = append(ascii, r)
		case r == '.' && len(ascii) > 0:
			ascii = append(ascii, r) // 1.2万
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Nl, r):
			flushASCII()
			cur = append(cur, string(r))
		default:
			flush()
		}
	}
	flush()
	return runs
}

// features calls fn with the hash of every n-gram of s.
func (h *HashEmbedder) features(s string, fn func(uint64)) {
	for _, run := range units(s) {
		for n := h.MinN; n <= h.MaxN; n++ {
			for i := 0; i+n <= len(run); i++ {
				f := fnv.New64a()
				for _, u := range run[i : i+n] {
					f.Write([]byte(u))
					f.Write([]byte{0})
				}
				fn(f.Sum64())
			}
		}
	}
}

// Fit computes the IDF of every bucket over texts (smoothed, so unseen
// buckets weigh the most).
func (h *HashEmbedder) Fit(texts []string) {
	df := make([]int, h.Dims)
	seen := make(map[int]bool)
	for _, t := range texts {
		clear(seen)
		h.features(t, func(x uint64) { seen[int(x%uint64(h.Dims))] = true })
		for b := range seen {
			df[b]++
		}
	}
	h.IDF = make([]float32, h.Dims)
	n := float64(len(texts))
	for i, d := range df {
		h.IDF[i] = float32(math.Log((n+1)/(float64(d)+1)) + 1)
	}
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
