package rag

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzIngestChunk feeds arbitrary text through Ingest, SplitSentences and
// ChunkPassages. Invariants: no panic; passages are the file's bytes at
// their offsets, in order, trimmed; sentences are in order, do not overlap
// and cover every non-space rune; chunks are the file's bytes at their
// offsets, lie within their passage at sentence boundaries and cover it.
//
//	go test -run '^$' -fuzz FuzzIngestChunk -fuzztime 60s ./rag/
func FuzzIngestChunk(f *testing.F) {
	// Part of the real article: the whole of it (17 KB) slows the fuzzer
	// down to a few hundred runs a second.
	if b, err := os.ReadFile(articlePath); err == nil {
		s := string(b)
		for _, part := range []string{s[:2000], s[len(s)/2 : len(s)/2+2000]} {
			f.Add(strings.ToValidUTF8(part, ""), uint16(200), uint8(1))
		}
	}
	for _, s := range []string{
		"",
		"\n\n",
		"# 标题\n\n## 副标题\n\n正文。第二句！\n\n### 小节\n\n“引语。”陈新武提出。后文……\n",
		"第一段：成渝地区双城经济圈建设已走过五年历程，进入积厚\n\n第一段：成渝地区双城经济圈建设已走过五年历程，进入积厚成势。\n",
		"开港。二〇二四年七月四日，忠县。通讯员 赵军 摄/视觉重庆\r\n\r\n■新重庆-重庆日报记者 唐琴\r\n",
		"Hello world. It is 1.5 km long! \"Yes!\" he said.\n\nNo end",
		"#\n\n##   \n\n###x\n\n……\n\n。。。”””\n\n“”",
		"\u3000\u3000全角空格开头。\u3000\n \t\n\xff\xfe无效字节。\xe4\xb8",
		"唱好“双城记”  \n打造增长极\n\n)\n\n'\n\n”陈新武提出。",
	} {
		f.Add(s, uint16(40), uint8(0))
		f.Add(s, uint16(0), uint8(2))
	}
	f.Fuzz(func(t *testing.T, text string, maxRunes uint16, overlap uint8) {
		p := ChunkParams{MaxRunes: int(maxRunes % 600), Overlap: int(overlap % 4)}
		d := Ingest("doc", text)
		prevEnd := 0
		for i, ps := range d.Passages {
			if ps.Start < prevEnd || ps.Start > ps.End || ps.End > len(text) {
				t.Fatalf("passage %d at [%d,%d) after %d (len %d)", i, ps.Start, ps.End, prevEnd, len(text))
			}
			if text[ps.Start:ps.End] != ps.Text {
				t.Fatalf("passage %d: text[%d:%d] = %q, Text %q", i, ps.Start, ps.End, text[ps.Start:ps.End], ps.Text)
			}
			if ps.Text == "" || ps.Paragraph != i+1 {
				t.Fatalf("passage %d: paragraph %d, text %q", i, ps.Paragraph, ps.Text)
			}
			prevEnd = ps.End
			checkSentencesFuzz(t, ps.Text, SplitSentences(ps.Text))
		}
		checkSentencesFuzz(t, text, SplitSentences(text))
		cs := ChunkPassages(d.Passages, p)
		checkChunks(t, map[string]string{"doc": text}, d.Passages, cs, p)
	})
}

// checkSentencesFuzz checks a split of any text, valid UTF-8 or not:
// spans in order, not overlapping, non-empty, at rune boundaries, and every
// non-space rune inside a span.
func checkSentencesFuzz(t *testing.T, text string, spans []Span) {
	t.Helper()
	prev := 0
	for i, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
			t.Fatalf("sentence %d [%d,%d) out of order or empty (previous end %d, len %d)", i, sp.Start, sp.End, prev, len(text))
		}
		prev = sp.End
	}
	j := 0
	for pos := 0; pos < len(text); {
		r, n := utf8.DecodeRuneInString(text[pos:])
		for j < len(spans) && spans[j].End <= pos {
			j++
		}
		inside := j < len(spans) && spans[j].Start <= pos && pos+n <= spans[j].End
		if !inside && !unicode.IsSpace(r) {
			t.Fatalf("rune %q at %d is in no sentence of %q (spans %v)", r, pos, text, spans)
		}
		if j < len(spans) && spans[j].Start > pos && spans[j].Start < pos+n {
			t.Fatalf("sentence %d starts inside the rune at %d", j, pos)
		}
		pos += n
	}
}
