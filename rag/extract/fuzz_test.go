package extract_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"articlebot/rag"
)

// markers are the citation markers an answer ends with.
var markers = regexp.MustCompile(`(\s*\[\d+\])+$`)

// FuzzAsk asks arbitrary questions, with a follow-up history, of the seed
// article, of a tiny one and of an English one: no input may panic, and every citation must be
// the article's bytes at its offsets.
func FuzzAsk(f *testing.F) {
	for _, s := range []string{"西部陆海新通道通达多少个港口？", "陈亚军是谁？", "谁说了什么？", "那成都呢？", "What is this article about?", "", "？", "多少个", "《》“”（", "1,000.5%/3", "how many 2,000 berths", "是谁", "\xff\xfe", "Who is Ann Lee?", "What did Ann Lee say?", "What is the harbour?", "什么是", "是什么", "why", "When did the harbour open?", "Who built the harbour?", "Who will run it?", "这个港口由谁来建设？", "为什么港口会带来就业？", "第几"} {
		f.Add(s, "重庆的GDP是多少？")
	}
	x := articleEngine(f)
	file := readArticle(f)
	tiny := openAnswerer(f, writeArticles(f, map[string]string{"t.txt": "# 标题\n\n一句话。\n"}))
	en := openAnswerer(f, writeArticles(f, map[string]string{"port.txt": "# New Harbour\n\nThe new harbour opened on May 28, 1937. The harbour master, Ann Lee, said that it will bring 2,000 jobs. It was built by the city, the Harbour Board, with help from 300 workers. Therefore it cost 3 million dollars.\n"}))
	f.Fuzz(func(t *testing.T, q, prev string) {
		if !utf8.ValidString(q) || !utf8.ValidString(prev) {
			return
		}
		req := rag.Request{Question: q, History: []rag.Turn{{Question: prev, Answer: "…"}}}
		a, err := x.Ask(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range append(a.Citations, a.Related...) {
			if !hasQuoteAt(file, c) {
				t.Fatalf("%q: citation %q not at [%d,%d)", q, c.Quote, c.Start, c.End)
			}
		}
		if a.Found && !strings.ContainsFunc(markers.ReplaceAllString(a.Answer, ""), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			t.Fatalf("%q: found with an empty answer %q", q, a.Answer)
		}
		if _, err := tiny.Ask(context.Background(), req); err != nil {
			t.Fatal(err)
		}
		if a, err := en.Ask(context.Background(), req); err != nil || a.Found && len(a.Citations) == 0 {
			t.Fatalf("%q of an English article: %+v, %v", q, a, err)
		}
	})
}
