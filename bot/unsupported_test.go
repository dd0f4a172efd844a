package bot

import (
	"strings"
	"testing"

	"articlebot/prompts/texts"
	"articlebot/rag"
)

func TestUnsupportedClaimsWarnUnderTheAnswer(t *testing.T) {
	a := rag.Answer{Answer: "通道通达548个港口[1]。重庆还有3000个机场。", Found: true, Mode: rag.ModeLLM,
		Citations: []rag.Citation{{N: 1, Quote: "通达全球126个国家和地区的548个港口", Paragraph: 49}}, Unsupported: []string{"重庆还有3000个机场。"}}
	for lang, want := range map[string]string{"zh": texts.For("zh").Unsupported, "en": texts.For("en").Unsupported} {
		parts := renderAnswer(a, lang, nil, 4096)
		html := parts[0].HTML
		i, j := strings.Index(html, "3000个机场"), strings.Index(html, want)
		if j < 0 || j < i {
			t.Errorf("%s: no warning under the answer:\n%s", lang, html)
		}
	}
	a.Unsupported = nil
	if html := renderAnswer(a, "en", nil, 4096)[0].HTML; strings.Contains(html, texts.For("en").Unsupported) {
		t.Errorf("warning without unsupported claims:\n%s", html)
	}
}
