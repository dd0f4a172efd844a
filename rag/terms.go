package rag

import (
	"math"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"
)

// Terms are what the extractive answerer matches between a question and a
// sentence: bigrams of units (a Han character, or a run of ASCII letters and
// digits) and ASCII words on their own ("gdp", "ipad", "2024"), hashed to
// uint64 so a sentence's terms are one sorted slice, computed once per index.

// termBag is a sorted set of term hashes.
type termBag []uint64

func (b termBag) has(t uint64) bool {
	i := sort.Search(len(b), func(i int) bool { return b[i] >= t })
	return i < len(b) && b[i] == t
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	asciiTag  = 0x9E3779B97F4A7C15
)

func pairHash(a, b uint64) uint64 {
	h := a*0xBF58476D1CE4E5B9 ^ b
	h ^= h >> 31
	return h * 0x94D049BB133111EB
}

// appendTerms appends the term hashes of s to dst (with repeats).
func appendTerms(dst []uint64, s string) []uint64 {
	var prev uint64
	havePrev := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		r = foldRune(r)
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			// an ASCII run; a '.' between digits stays inside ("1.2")
			h := uint64(fnvOffset)
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				r2 = foldRune(r2)
				if r2 == '.' && j > i && j+n2 < len(s) && s[j+n2] >= '0' && s[j+n2] <= '9' {
					// decimal point
				} else if !(r2 < 0x80 && (unicode.IsLetter(r2) || unicode.IsDigit(r2))) {
					break
				}
				h = (h ^ uint64(r2)) * fnvPrime
				j += n2
			}
			dst = append(dst, h^asciiTag)
			if havePrev {
				dst = append(dst, pairHash(prev, h))
			}
			prev, havePrev = h, true
			i = j
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Nl, r) {
			u := (uint64(fnvOffset) ^ uint64(r)) * fnvPrime
			if havePrev {
				dst = append(dst, pairHash(prev, u))
			}
			prev, havePrev = u, true
		} else {
			havePrev = false
		}
		i += n
	}
	return dst
}

// termsOf returns the term set of s.
func termsOf(s string) termBag {
	t := appendTerms(nil, s)
	slices.Sort(t)
	return slices.Compact(t)
}

// union merges two term sets.
func (b termBag) union(o termBag) termBag {
	out := make(termBag, 0, len(b)+len(o))
	out = append(append(out, b...), o...)
	slices.Sort(out)
	return slices.Compact(out)
}

// sentInfo is one sentence of the index, with its terms precomputed.
type sentInfo struct {
	chunk int  // index in Index.Chunks of the first chunk holding it
	span  Span // in that chunk's Text
	terms termBag
	prev  int // the previous sentence of the same paragraph, or -1
}

// corpusStats holds every distinct sentence of the index with its terms, and
// the terms' document frequencies over sentences.
type corpusStats struct {
	df    map[uint64]int
	n     int
	sents []sentInfo
	// chunkSents lists, per chunk, its sentences (indexes in sents).
	chunkSents [][]int
}

func newCorpusStats(chunks []Chunk) *corpusStats {
	cs := &corpusStats{df: map[uint64]int{}, chunkSents: make([][]int, len(chunks))}
	type key struct {
		doc string
		abs Span
	}
	seen := map[key]int{}
	type paraKey struct {
		doc  string
		para int
	}
	byPara := map[paraKey][]int{}
	for ci, c := range chunks {
		for _, sp := range SplitSentences(c.Text) {
			k := key{c.Doc, Span{c.Start + sp.Start, c.Start + sp.End}}
			if si, ok := seen[k]; ok {
				cs.chunkSents[ci] = append(cs.chunkSents[ci], si)
				continue // overlap repeats sentences
			}
			si := len(cs.sents)
			seen[k] = si
			ts := termsOf(c.Text[sp.Start:sp.End])
			cs.sents = append(cs.sents, sentInfo{chunk: ci, span: sp, terms: ts, prev: -1})
			cs.chunkSents[ci] = append(cs.chunkSents[ci], si)
			pk := paraKey{c.Doc, c.Paragraph}
			byPara[pk] = append(byPara[pk], si)
			for _, t := range ts {
				cs.df[t]++
			}
		}
	}
	cs.n = len(cs.sents)
	for _, list := range byPara {
		sort.Slice(list, func(a, b int) bool {
			return chunks[cs.sents[list[a]].chunk].Start+cs.sents[list[a]].span.Start < chunks[cs.sents[list[b]].chunk].Start+cs.sents[list[b]].span.Start
		})
		for i := 1; i < len(list); i++ {
			cs.sents[list[i]].prev = list[i-1]
		}
	}
	return cs
}

func (cs *corpusStats) idf(t uint64) float64 {
	return math.Log(float64(cs.n+1)/float64(cs.df[t]+1)) + 1
}

// prevTerms returns the terms of the sentence before si in its paragraph.
func (cs *corpusStats) prevTerms(si int) termBag {
	if p := cs.sents[si].prev; p >= 0 {
		return cs.sents[p].terms
	}
	return nil
}

// coverage is the weighted share of the question's terms found in s.
func coverage(terms map[uint64]float64, s termBag) float64 {
	return coverageInContext(terms, s, nil)
}

// contextWeight is how much a term counts when it stands in the previous
// sentence of the same paragraph rather than in the sentence itself: Chinese
// reports name the topic once and go on about it ("发展通道经济，……货值超过1400亿元").
const contextWeight = 0.6

// coverageInContext is coverage where terms missing from the sentence but
// present in the previous sentence count at contextWeight.
func coverageInContext(terms map[uint64]float64, s, prev termBag) float64 {
	var have, all float64
	for t, w := range terms {
		all += w
		if s.has(t) {
			have += w
		} else if prev.has(t) {
			have += contextWeight * w
		}
	}
	if all == 0 {
		return 0
	}
	return have / all
}
