package rag

import (
	"strings"
	"testing"
	"unicode"
)

func spanTexts(text string, spans []Span) []string {
	out := []string{}
	for _, sp := range spans {
		out = append(out, text[sp.Start:sp.End])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"empty", "", []string{}},
		{"only space", " \n\u3000", []string{}},
		{"end marks", "第一句。第二句！第三句？", []string{"第一句。", "第二句！", "第三句？"}},
		{"semicolon", "建成铁路22条；人员往来超过100万人次。", []string{"建成铁路22条；", "人员往来超过100万人次。"}},
		{"run of marks", "真的吗？！是的。", []string{"真的吗？！", "是的。"}},
		{"no end mark", "没有句号的残句", []string{"没有句号的残句"}},
		{"leftover", "一句。没有句号的残句", []string{"一句。", "没有句号的残句"}},
		{"trimmed", "  甲。\u3000乙。 ", []string{"甲。", "乙。"}},
		{"comma is no end", "一路风雨兼程，一路澎湃前行。", []string{"一路风雨兼程，一路澎湃前行。"}},
		{"number with a point", "产业规模达到1.2万亿元。", []string{"产业规模达到1.2万亿元。"}},
		// closing quotes and brackets belong to the sentence they close
		{"closing quote", "他说：“今天很好。”明天再见。", []string{"他说：“今天很好。”", "明天再见。"}},
		{"quote at the end", "他说“好。”", []string{"他说“好。”"}},
		{"nested quotes", "“近年来，川渝正携手共建民生的‘幸福圈’。”", []string{"“近年来，川渝正携手共建民生的‘幸福圈’。”"}},
		{"closing bracket", "（见下图。）下一句。", []string{"（见下图。）", "下一句。"}},
		// a short attribution after a quote is part of the quote's sentence
		{"attribution 提出", "“五年来，川渝联动实施了197项改革措施，全力打造跨区域协作样板。”陈新武提出。比如，川渝深入推动改革。",
			[]string{"“五年来，川渝联动实施了197项改革措施，全力打造跨区域协作样板。”陈新武提出。", "比如，川渝深入推动改革。"}},
		{"attribution 表示", "“七年来，重庆推动西部陆海新通道建设不断走深走实。”陈新武表示。截至2024年底。",
			[]string{"“七年来，重庆推动西部陆海新通道建设不断走深走实。”陈新武表示。", "截至2024年底。"}},
		{"attribution at the end", "“好。”张三在会上表示。", []string{"“好。”张三在会上表示。"}},
		// an attribution that goes on is a sentence of its own
		{"attribution goes on", "“近年来，川渝正携手共建民生的‘幸福圈’。”李文清表示，聚焦共建“轨道上的双城经济圈”。",
			[]string{"“近年来，川渝正携手共建民生的‘幸福圈’。”", "李文清表示，聚焦共建“轨道上的双城经济圈”。"}},
		{"no speech verb", "“好。”然后走了。", []string{"“好。”", "然后走了。"}},
		// ellipsis
		{"ellipsis", "一组组数据……一个个故事。", []string{"一组组数据……", "一个个故事。"}},
		{"ellipsis alone", "……", []string{"……"}},
		{"ellipsis list", "8.6万亿元、548个港口、3.6万列……一组组数据铿锵有力，印证着变化。", []string{"8.6万亿元、548个港口、3.6万列……", "一组组数据铿锵有力，印证着变化。"}},
		// English
		{"english", "Hello world. It is 1.5 km long! Really? Yes.", []string{"Hello world.", "It is 1.5 km long!", "Really?", "Yes."}},
		{"english version number", "Version 2.0 is out.", []string{"Version 2.0 is out."}},
		{"english quote", `He said "no!" Then he left.`, []string{`He said "no!"`, "Then he left."}},
		// a full stop of an abbreviation ends no sentence
		{"initial", "这个计划由Andrew W. Mellon Foundation主持。下一句。", []string{"这个计划由Andrew W. Mellon Foundation主持。", "下一句。"}},
		{"initials", "She wrote as S.G. Tallentyre. It sold.", []string{"She wrote as S.G. Tallentyre.", "It sold."}},
		{"title", "两旁摆着St. Felix of Valois的雕像。", []string{"两旁摆着St. Felix of Valois的雕像。"}},
		{"doctor", "Dr. Smith came. He left.", []string{"Dr. Smith came.", "He left."}},
		{"lower case goes on", "Many birds, e.g. the robin, sing. Others do not.", []string{"Many birds, e.g. the robin, sing.", "Others do not."}},
		{"stop before a capital", "It grew. Then it fell.", []string{"It grew.", "Then it fell."}},
		{"initial at the end", "He met Plan B.", []string{"He met Plan B."}},
		{"mixed", "全球2/3的iPad出自川渝。GDP grew. 好！", []string{"全球2/3的iPad出自川渝。", "GDP grew.", "好！"}},
		// a line break inside a block ends a sentence (two-line subheadings)
		{"line break", "唱好“双城记”  \n打造增长极", []string{"唱好“双城记”", "打造增长极"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := spanTexts(tc.text, SplitSentences(tc.text))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
				t.Errorf("SplitSentences(%q) =\n%q\nwant\n%q", tc.text, got, tc.want)
			}
			checkSentences(t, tc.text, SplitSentences(tc.text))
		})
	}
}

// checkSentences checks the invariants of a split: spans in order, not
// overlapping, trimmed, non-empty, and together holding every non-space
// rune of text.
func checkSentences(t testing.TB, text string, spans []Span) {
	t.Helper()
	prev := 0
	var all strings.Builder
	for i, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
			t.Fatalf("span %d [%d,%d) out of order or empty (previous end %d, len %d)", i, sp.Start, sp.End, prev, len(text))
		}
		s := text[sp.Start:sp.End]
		if strings.TrimFunc(s, unicode.IsSpace) != s {
			t.Errorf("span %d %q is not trimmed", i, s)
		}
		all.WriteString(s)
		prev = sp.End
	}
	if compactKey(all.String()) != compactKey(text) {
		t.Errorf("sentences lose text:\n%q\nfrom\n%q", all.String(), text)
	}
}

// Over the real article: every passage splits into sentences that cover it,
// and no sentence ends inside a quote or before an attribution.
func TestSplitSentencesArticle(t *testing.T) {
	d := Ingest("article", readArticle(t))
	n := 0
	for _, p := range d.Passages {
		spans := SplitSentences(p.Text)
		checkSentences(t, p.Text, spans)
		for _, s := range spanTexts(p.Text, spans) {
			n++
			if strings.Count(s, "“") < strings.Count(s, "”") && strings.HasPrefix(s, "”") {
				t.Errorf("sentence starts with a closing quote: %q", s)
			}
			if strings.HasPrefix(s, "陈新武提出") || strings.HasPrefix(s, "陈新武表示") {
				t.Errorf("attribution split from its quote: %q", s)
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d sentences in the article", n)
	}
}
