package rag

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestChunkPassagesSmall(t *testing.T) {
	// three sentences of 10 runes each
	text := "# 标题\n\n一二三四五六七八九。甲乙丙丁戊己庚辛壬。子丑寅卯辰巳午未申。\n"
	d := Ingest("x", text)
	for _, tc := range []struct {
		p    ChunkParams
		want []string
	}{
		{ChunkParams{MaxRunes: 25, Overlap: 0}, []string{"标题", "一二三四五六七八九。甲乙丙丁戊己庚辛壬。", "子丑寅卯辰巳午未申。"}},
		{ChunkParams{MaxRunes: 25, Overlap: 1}, []string{"标题", "一二三四五六七八九。甲乙丙丁戊己庚辛壬。", "甲乙丙丁戊己庚辛壬。子丑寅卯辰巳午未申。"}},
		{ChunkParams{MaxRunes: 30, Overlap: 1}, []string{"标题", "一二三四五六七八九。甲乙丙丁戊己庚辛壬。子丑寅卯辰巳午未申。"}},
		// a sentence longer than MaxRunes is one chunk, never cut
		{ChunkParams{MaxRunes: 5, Overlap: 0}, []string{"标题", "一二三四五六七八九。", "甲乙丙丁戊己庚辛壬。", "子丑寅卯辰巳午未申。"}},
		// overlap as large as the chunk still moves on
		{ChunkParams{MaxRunes: 5, Overlap: 1}, []string{"标题", "一二三四五六七八九。", "甲乙丙丁戊己庚辛壬。", "子丑寅卯辰巳午未申。"}},
		{ChunkParams{MaxRunes: 25, Overlap: 5}, []string{"标题", "一二三四五六七八九。甲乙丙丁戊己庚辛壬。", "甲乙丙丁戊己庚辛壬。子丑寅卯辰巳午未申。"}},
	} {
		t.Run(tc.p.String(), func(t *testing.T) {
			cs := ChunkPassages(d.Passages, tc.p)
			var got []string
			for _, c := range cs {
				got = append(got, c.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("chunks %q, want %q", got, tc.want)
			}
			checkChunks(t, map[string]string{"x": text}, d.Passages, cs, tc.p)
		})
	}
}

func TestChunkPassagesDefault(t *testing.T) {
	d := Ingest("article", readArticle(t))
	if a, b := ChunkPassages(d.Passages, ChunkParams{}), ChunkPassages(d.Passages, DefaultChunkParams); fmt.Sprint(a) != fmt.Sprint(b) {
		t.Error("zero ChunkParams do not chunk as DefaultChunkParams")
	}
	if ChunkPassages(nil, DefaultChunkParams) != nil {
		t.Error("chunks of no passages")
	}
}

// Over the real article, for the chunk sizes the measurements try: chunks
// hold whole sentences, point at their text, and cover every sentence.
func TestChunkPassagesArticle(t *testing.T) {
	text := readArticle(t)
	d := Ingest("article", text)
	for _, size := range []int{40, 80, 120, 200, 300, 500} {
		for _, ov := range []int{0, 1, 2} {
			p := ChunkParams{MaxRunes: size, Overlap: ov}
			checkChunks(t, map[string]string{"article": text}, d.Passages, ChunkPassages(d.Passages, p), p)
		}
	}
}

// checkChunks checks the chunk invariants against the passages they came
// from: file[Start:End] == Text; each chunk lies in one passage, carries its
// doc, section, paragraph and kind, starts and ends at sentence boundaries,
// keeps to MaxRunes unless it is one sentence, overlaps its predecessor by
// at most Overlap sentences, and all chunks together hold every sentence.
func checkChunks(t testing.TB, files map[string]string, ps []Passage, cs []Chunk, p ChunkParams) {
	t.Helper()
	if p.MaxRunes <= 0 {
		p = DefaultChunkParams // what ChunkPassages uses then
	}
	type key struct {
		doc  string
		para int
	}
	byPara := map[key]Passage{}
	for _, ps := range ps {
		byPara[key{ps.Doc, ps.Paragraph}] = ps
	}
	ids := map[string]bool{}
	covered := map[key]map[int]bool{}
	var prev *Chunk
	for i := range cs {
		c := cs[i]
		if ids[c.ID] {
			t.Errorf("%v: duplicate chunk ID %s", p, c.ID)
		}
		ids[c.ID] = true
		file := files[c.Doc]
		if c.Start < 0 || c.End > len(file) || c.Start >= c.End || file[c.Start:c.End] != c.Text {
			t.Errorf("%v: chunk %s: file[%d:%d] is not its text %.30q", p, c.ID, c.Start, c.End, c.Text)
			continue
		}
		ps, ok := byPara[key{c.Doc, c.Paragraph}]
		if !ok {
			t.Errorf("%v: chunk %s names no passage", p, c.ID)
			continue
		}
		if c.Start < ps.Start || c.End > ps.End || c.Section != ps.Section || c.Kind != ps.Kind {
			t.Errorf("%v: chunk %s [%d,%d) %q/%q outside passage %d [%d,%d) %q/%q", p, c.ID, c.Start, c.End, c.Section, c.Kind, ps.Paragraph, ps.Start, ps.End, ps.Section, ps.Kind)
			continue
		}
		spans := SplitSentences(ps.Text)
		first, last := -1, -1
		for j, sp := range spans {
			if ps.Start+sp.Start == c.Start {
				first = j
			}
			if ps.Start+sp.End == c.End {
				last = j
			}
		}
		if first < 0 || last < first {
			t.Errorf("%v: chunk %s does not start and end at sentence boundaries: %q", p, c.ID, c.Text)
			continue
		}
		k := key{c.Doc, c.Paragraph}
		if covered[k] == nil {
			covered[k] = map[int]bool{}
		}
		for j := first; j <= last; j++ {
			covered[k][j] = true
		}
		if n := sentenceRunes(ps.Text, spans[first:last+1]); n > p.MaxRunes && last > first {
			t.Errorf("%v: chunk %s has %d runes of sentences in %d sentences", p, c.ID, n, last-first+1)
		}
		if prev != nil && prev.Doc == c.Doc && prev.Paragraph == c.Paragraph {
			if c.Start <= prev.Start {
				t.Errorf("%v: chunk %s does not move on from %s", p, c.ID, prev.ID)
			}
			shared := 0
			for _, sp := range spans {
				if ps.Start+sp.Start >= c.Start && ps.Start+sp.End <= prev.End {
					shared++
				}
			}
			if shared > max(p.Overlap, 0) {
				t.Errorf("%v: chunk %s shares %d sentences with %s", p, c.ID, shared, prev.ID)
			}
		}
		prev = &cs[i]
	}
	for _, ps := range ps {
		n := len(SplitSentences(ps.Text))
		if got := len(covered[key{ps.Doc, ps.Paragraph}]); got != n {
			t.Errorf("%v: passage %d: chunks hold %d of %d sentences", p, ps.Paragraph, got, n)
		}
	}
}

func sentenceRunes(text string, spans []Span) int {
	n := 0
	for _, sp := range spans {
		n += utf8.RuneCountInString(text[sp.Start:sp.End])
	}
	return n
}
