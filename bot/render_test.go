package bot

import (
	"strings"
	"testing"
	"unicode/utf8"

	"articlebot/bot/bottest"
	"articlebot/rag"
)

func TestEscapeHTML(t *testing.T) {
	if got := escapeHTML(`<b>a & "b"</b>`); got != `&lt;b&gt;a &amp; "b"&lt;/b&gt;` {
		t.Error(got)
	}
}

func TestUTF16(t *testing.T) {
	if n := utf16Len("a港😀"); n != 4 {
		t.Errorf("utf16Len = %d", n)
	}
	if s := toUnits("😀@bot x").sub(2, 4); s != "@bot" {
		t.Errorf("units.sub = %q", s)
	}
	if s := clipUnits("😀😀😀", 4); s != "😀…" {
		t.Errorf("clipUnits = %q", s)
	}
	if s := clipRunes("港口港口", 3); s != "港口…" {
		t.Errorf("clipRunes = %q", s)
	}
}

func TestSentences(t *testing.T) {
	got := sentences("第一句。第二句！“引用。”Third one. Fourth? end")
	want := []string{"第一句。", "第二句！", "“引用。”", "Third one.", " Fourth?", " end"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("%q", got)
	}
}

// checkParts asserts the invariants of rendered parts.
func checkParts(t *testing.T, parts []Part, limit int) string {
	t.Helper()
	var all strings.Builder
	for i, p := range parts {
		if n := utf16Len(p.HTML); n > limit {
			t.Errorf("part %d: %d units > %d", i, n, limit)
		}
		if utf16Len(p.Plain) > limit {
			t.Errorf("plain part %d too long", i)
		}
		if _, err := bottest.CheckHTML(p.HTML); err != nil {
			t.Errorf("part %d: %v\n%s", i, err, p.HTML)
		}
		if !utf8.ValidString(p.HTML) {
			t.Errorf("part %d: invalid UTF-8", i)
		}
		all.WriteString(p.Plain)
	}
	return all.String()
}

func TestRenderAnswer(t *testing.T) {
	a := canned("多少个港口？")
	parts := renderAnswer(a, "zh", nil, MaxMessageUnits)
	if len(parts) != 1 {
		t.Fatalf("%d parts", len(parts))
	}
	h := parts[0].HTML
	for _, want := range []string{"Ports &amp; &lt;b&gt;numbers&lt;/b&gt; [2].", "<b>来源</b>", "<blockquote expandable><b>[1] 第一节 港口 · 第3段</b>", "&lt;港口&gt;", "…”</blockquote>"} {
		if !strings.Contains(h, want) {
			t.Errorf("lacks %q:\n%s", want, h)
		}
	}
	checkParts(t, parts, MaxMessageUnits)
	if strings.Contains(parts[0].Plain, "<b>来源") || !strings.Contains(parts[0].Plain, "<港口>") {
		t.Errorf("plain: %s", parts[0].Plain)
	}
}

// An answer that is its whole sentence is not quoted a second time under it;
// a short answer and a refusal's related passages keep their quotes.
func TestRenderDropsRepeatedQuote(t *testing.T) {
	const sent = "重庆作为物流和运营组织中心，推动通道建设。"
	cases := []struct {
		name   string
		answer string
		found  bool
		quotes int // times the sentence appears in the message
	}{
		{"whole sentence", sent + " [1]", true, 1},
		{"whole sentence rewrapped", "重庆作为物流和\n运营组织中心，推动通道建设。 [1]", true, 0},
		{"short answer", "物流和运营组织中心 [1]", true, 1},
		{"refusal", "", false, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cite := rag.Citation{N: 1, Section: "第一节", Paragraph: 3, Quote: sent}
			a := rag.Answer{Answer: c.answer, Found: c.found, Citations: []rag.Citation{cite}, Related: []rag.Citation{cite}}
			all := checkParts(t, renderAnswer(a, "zh", nil, MaxMessageUnits), MaxMessageUnits)
			if n := strings.Count(all, sent); n != c.quotes {
				t.Errorf("sentence shown %d times, want %d:\n%s", n, c.quotes, all)
			}
			if !strings.Contains(all, "[1] 第一节 · 第3段") {
				t.Errorf("lost where it stands:\n%s", all)
			}
		})
	}
}

func TestRenderSplits(t *testing.T) {
	cases := []struct {
		name  string
		body  string
		cites int
		limit int
	}{
		{"short", "一句话。", 2, 200},
		{"many sentences", strings.Repeat("港口吞吐量增长&<b>。", 100), 3, 300},
		{"one huge sentence", strings.Repeat("港&<😀", 500), 1, 256},
		{"many sources", "答。", 40, 400},
		{"english", strings.Repeat("The port grew. ", 300), 5, 4096},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := rag.Answer{Answer: c.body, Found: true}
			for i := 1; i <= c.cites; i++ {
				a.Citations = append(a.Citations, rag.Citation{N: i, Section: "节<", Paragraph: i, Quote: strings.Repeat("引&", 200)})
			}
			parts := renderAnswer(a, "zh", nil, c.limit)
			all := checkParts(t, parts, c.limit)
			if strings.Count(strings.Join(strings.Fields(all), ""), "港") != strings.Count(c.body, "港") {
				t.Errorf("text lost in the split")
			}
			if strings.Count(all, "[") != c.cites {
				t.Errorf("%d sources, want %d", strings.Count(all, "["), c.cites)
			}
		})
	}
}

func FuzzRender(f *testing.F) {
	f.Add("港口。<b>&amp;</b>", "quote & <x>", 300)
	f.Add(strings.Repeat("😀。", 100), "", 100)
	f.Fuzz(func(t *testing.T, body, quote string, limit int) {
		if limit < 100 || limit > 5000 || !utf8.ValidString(body) || !utf8.ValidString(quote) {
			return
		}
		a := rag.Answer{Answer: body, Found: true, Citations: []rag.Citation{{N: 1, Section: quote, Paragraph: 1, Quote: quote}}}
		checkParts(t, renderAnswer(a, "en", nil, limit), limit)
		// with a citation link to the article (text fragments of any quote)
		checkParts(t, renderAnswerWith(a, "en", nil, nil, map[string]string{"": linkBase("https://example.com/a?b=1&c=" + quote)}, limit), limit)
	})
}

func TestRenderInlineKeepsSources(t *testing.T) {
	a := rag.Answer{Answer: strings.Repeat("很长的回答。", 600), Found: true}
	for i := 1; i <= 8; i++ {
		a.Citations = append(a.Citations, rag.Citation{N: i, Section: "节", Paragraph: i, Quote: strings.Repeat("引文", 200)})
	}
	parts := renderInline(a, "zh", nil, nil)
	all := checkParts(t, parts, MaxMessageUnits)
	if len(parts) != 1 || !strings.Contains(all, "[8]") {
		t.Errorf("inline result lost its sources: %d parts", len(parts))
	}
}
