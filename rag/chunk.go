package rag

import (
	"fmt"
	"unicode/utf8"
)

// ChunkParams choose how passages are cut into chunks. They are part of the
// index key.
type ChunkParams struct {
	// MaxRunes is the size a chunk grows to, in characters; a single sentence
	// longer than that is still one chunk (sentences are never cut).
	MaxRunes int
	// Overlap is how many sentences a chunk repeats from the previous one.
	Overlap int
}

// DefaultChunkParams were chosen by measuring retrieval on the dev set
// (README, "Chunking").
var DefaultChunkParams = ChunkParams{MaxRunes: 200, Overlap: 1}

func (p ChunkParams) String() string { return fmt.Sprintf("c%d-o%d", p.MaxRunes, p.Overlap) }

// ChunkPassages cuts passages into chunks of whole sentences. Every chunk
// keeps its passage's article, section, paragraph and kind, and its own byte
// offsets in the article file. A MaxRunes of 0 or less means
// DefaultChunkParams, its overlap included, as for Options.Chunking.
func ChunkPassages(ps []Passage, p ChunkParams) []Chunk {
	if p.MaxRunes <= 0 {
		p = DefaultChunkParams
	}
	var out []Chunk
	for _, ps := range ps {
		spans := SplitSentences(ps.Text)
		add := func(a, b int) {
			s, e := spans[a].Start, spans[b].End
			out = append(out, Chunk{
				ID:  fmt.Sprintf("%s#%d.%d", ps.Doc, ps.Paragraph, a),
				Doc: ps.Doc, Section: ps.Section, Paragraph: ps.Paragraph, Kind: ps.Kind,
				Start: ps.Start + s, End: ps.Start + e, Text: ps.Text[s:e],
			})
		}
		if len(spans) == 0 {
			continue
		}
		first := 0
		for first < len(spans) {
			last, size := first, utf8.RuneCountInString(ps.Text[spans[first].Start:spans[first].End])
			for last+1 < len(spans) {
				n := utf8.RuneCountInString(ps.Text[spans[last+1].Start:spans[last+1].End])
				if size+n > p.MaxRunes {
					break
				}
				last++
				size += n
			}
			add(first, last)
			if last == len(spans)-1 {
				break
			}
			next := last + 1 - p.Overlap
			if next <= first {
				next = first + 1
			}
			first = next
		}
	}
	return out
}
