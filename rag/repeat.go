package rag

import (
	"hash/maphash"
	"strings"
	"unicode/utf8"
)

// Repeats of a kept passage are found in time linear in the article:
//
//   - "contained in": a block of at least minRepeatRunes characters that is
//     part of a longer kept passage. Every kept passage is fingerprinted by
//     winnowing (Schleimer et al., SIGMOD 2003): of every window of
//     repeatWindow consecutive repeatGram-character grams, the gram with the
//     smallest hash is recorded. A block that is inside a kept passage has
//     the same windows, so each of its own selected grams is recorded for
//     that passage; only the passages holding its rarest selected gram are
//     compared with strings.Contains.
//   - "extended by": a block that starts with a whole kept passage of at
//     least minRepeatRunes characters. Such a passage shares the block's
//     first minRepeatRunes characters, which key a map.
//
// Comparing every block with every kept passage, as before, made a 30 MB
// article take hours.
const (
	minRepeatRunes = 20
	repeatGram     = 8
	repeatWindow   = minRepeatRunes - repeatGram + 1 // a window spans minRepeatRunes characters
)

type repeatIndex struct {
	texts   []string // normalised text of each kept passage
	passage []int    // its index in Document.Passages
	grams   map[uint64][]int32
	heads   map[string][]int32 // first minRepeatRunes characters → kept passages
	seed    maphash.Seed
	offs    []int // scratch: rune offsets
	sel     []uint64
}

func (x *repeatIndex) init() {
	if x.grams == nil {
		x.grams = map[uint64][]int32{}
		x.heads = map[string][]int32{}
		x.seed = maphash.MakeSeed()
	}
}

// add records a kept passage.
func (x *repeatIndex) add(norm string, passage int) {
	x.init()
	i := int32(len(x.texts))
	x.texts = append(x.texts, norm)
	x.passage = append(x.passage, passage)
	x.record(i, norm)
}

// replace puts norm, which starts with kept passage i, in its place.
func (x *repeatIndex) replace(i int, norm string) {
	x.texts[i] = norm
	x.record(int32(i), norm) // the old grams stay true: norm holds the old text
}

func (x *repeatIndex) record(i int32, norm string) {
	for _, h := range x.fingerprints(norm) {
		if l := x.grams[h]; len(l) == 0 || l[len(l)-1] != i {
			x.grams[h] = append(l, i)
		}
	}
	if head, ok := x.head(norm); ok {
		if l := x.heads[head]; len(l) == 0 || l[len(l)-1] != i {
			x.heads[head] = append(l, i)
		}
	}
}

// containedIn reports whether norm (of at least minRepeatRunes characters)
// is part of a longer kept passage: scrapers repeat paragraphs cut short.
func (x *repeatIndex) containedIn(norm string) bool {
	if len(x.texts) == 0 || utf8.RuneCountInString(norm) < minRepeatRunes {
		return false
	}
	var best []int32
	for k, h := range x.fingerprints(norm) {
		l := x.grams[h]
		if len(l) == 0 {
			return false
		}
		if k == 0 || len(l) < len(best) {
			best = l
		}
	}
	for _, i := range best {
		if k := x.texts[i]; len(k) > len(norm) && strings.Contains(k, norm) {
			return true
		}
	}
	return false
}

// extendedBy returns a kept passage of at least minRepeatRunes characters
// that norm repeats in full and extends, or -1.
func (x *repeatIndex) extendedBy(norm string) int {
	head, ok := x.head(norm)
	if !ok {
		return -1
	}
	for _, i := range x.heads[head] {
		if k := x.texts[i]; len(norm) > len(k) && strings.HasPrefix(norm, k) {
			return int(i)
		}
	}
	return -1
}

// head is the first minRepeatRunes characters of s.
func (x *repeatIndex) head(s string) (string, bool) {
	n := 0
	for i := range s {
		if n == minRepeatRunes {
			return s[:i], true
		}
		n++
	}
	return s, n == minRepeatRunes
}

// fingerprints returns the winnowed gram hashes of s (none when s is
// shorter than a window), in order, consecutive repeats dropped. The slice
// is reused by the next call.
func (x *repeatIndex) fingerprints(s string) []uint64 {
	x.offs = x.offs[:0]
	for i := range s {
		x.offs = append(x.offs, i)
	}
	x.offs = append(x.offs, len(s))
	x.sel = x.sel[:0]
	ngrams := len(x.offs) - repeatGram // grams start at offs[0 .. ngrams-1]
	if ngrams < repeatWindow {
		return x.sel
	}
	hash := func(g int) uint64 { return maphash.String(x.seed, s[x.offs[g]:x.offs[g+repeatGram]]) }
	// A monotonic queue of gram positions whose hashes increase: its front
	// is the smallest hash of the window (the rightmost one on ties).
	var q []int
	var hs []uint64
	last := -1
	for g := range ngrams {
		h := hash(g)
		for len(q) > 0 && hs[len(hs)-1] >= h {
			q, hs = q[:len(q)-1], hs[:len(hs)-1]
		}
		q, hs = append(q, g), append(hs, h)
		if q[0] <= g-repeatWindow {
			q, hs = q[1:], hs[1:]
		}
		if g >= repeatWindow-1 && q[0] != last {
			last = q[0]
			x.sel = append(x.sel, hs[0])
		}
	}
	return x.sel
}
