package llmtest

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
)

// Item is one question of the careless set (careless.jsonl, embedded): the
// dev-set fields of ../shared/eval (q, lang, type, answerable, answers,
// evidence) plus what the scripted model answers.
type Item struct {
	ID         string   `json:"id"`
	Split      string   `json:"split"` // "tune" (thresholds were chosen on it) or "report" (figures)
	Q          string   `json:"q"`
	Lang       string   `json:"lang"`
	Type       string   `json:"type"`
	Answerable bool     `json:"answerable"`
	Answers    []string `json:"answers"`
	Evidence   string   `json:"evidence"` // verbatim article text that holds the answer
	Claim      string   `json:"claim"`    // the correct answer the model writes, no marker
	Query      string   `json:"query"`    // the model's reply to the rewrite call (English questions)
}

//go:embed careless.jsonl
var carelessJSONL string

// CarelessSet returns the questions of one split ("tune", "report"; ""
// for all), about the seed article data/article.txt.
func CarelessSet(split string) []Item {
	var out []Item
	for _, line := range strings.Split(strings.TrimSpace(carelessJSONL), "\n") {
		var it Item
		if err := json.Unmarshal([]byte(line), &it); err != nil {
			panic("llmtest: careless.jsonl: " + err.Error())
		}
		if split == "" || it.Split == split {
			out = append(out, it)
		}
	}
	return out
}

// Styles of the careless model, in the shares the issue measured.
const (
	StyleRight       = "right"       // [k], the right source (40 %)
	StyleBracket     = "bracket"     // 【k】, the right source (15 %)
	StyleWrong       = "wrong"       // a wrong source that exists (25 %)
	StyleNonexistent = "nonexistent" // a source that does not exist (10 %)
	StyleNone        = "none"        // no marker (10 %)
)

// styleCycle: 20 slots holding the styles in their shares, interleaved so
// that any stretch of questions gets a mix.
var styleCycle = []string{
	StyleRight, StyleWrong, StyleBracket, StyleRight, StyleNonexistent,
	StyleRight, StyleWrong, StyleNone, StyleRight, StyleBracket,
	StyleWrong, StyleRight, StyleRight, StyleWrong, StyleNonexistent,
	StyleBracket, StyleRight, StyleNone, StyleWrong, StyleRight,
}

// StyleOf is the citing style the careless model uses for the i-th
// answerable question of a set.
func StyleOf(i int) string { return styleCycle[i%len(styleCycle)] }

var zhRefusals = []string{
	"文章中没有提到这一点。",
	"抱歉，文章没有提供相关信息。",
	"根据所给的资料，无法回答这个问题。",
	"文章并未提及此事[2]。",
	"NOT_IN_ARTICLE\n文章没有提到这一点。",
	"文中没有相关的数据。",
}

var enRefusals = []string{
	"The article does not mention this.",
	"I could not find this in the sources.",
	"There is no information about that in the article [1].",
	"NOT_IN_ARTICLE\nThe article does not say.",
	"The sources don't say.",
}

var questionRE = regexp.MustCompile(`(?s)<question>\s*(.*?)\s*</question>`)

// Careless scripts a model that answers every question of items correctly
// (its Claim) but cites the way models do: the right source as [k] or
// 【k】, a wrong source, a source that does not exist (sometimes as a
// dangling "另有说法见[9]。"), or no marker, in the shares of StyleOf;
// unanswerable questions are refused in plain words (Chinese or English,
// sometimes with a marker, sometimes with NOT_IN_ARTICLE). English answers
// cite the Chinese sources. The right source is the one holding the
// item's Evidence (source 1 when it was not retrieved).
func Careless(items []Item) func(ChatRequest) Reply {
	byQ := map[string]int{}
	for i, it := range items {
		byQ[neutral(it.Q)] = i
	}
	return func(r ChatRequest) Reply {
		if r.IsRewrite() {
			last := r.Messages[len(r.Messages)-1].Content
			for i, it := range items {
				if strings.Contains(last, neutral(it.Q)) {
					if items[i].Query != "" {
						return Reply{Text: items[i].Query}
					}
					return Reply{Text: it.Q}
				}
			}
			return Reply{Text: "NOT_FOUND"}
		}
		m := questionRE.FindStringSubmatch(r.LastUser())
		if m == nil {
			return Reply{Text: "NOT_IN_ARTICLE"}
		}
		i, ok := byQ[m[1]]
		if !ok {
			return Reply{Text: "NOT_IN_ARTICLE"}
		}
		return Reply{Text: CarelessReply(items, i, r.Sources())}
	}
}

func neutral(s string) string { return strings.NewReplacer("<", "＜", ">", "＞").Replace(s) }

// CarelessReply is the careless model's reply to items[i] given the
// prompt's numbered sources.
func CarelessReply(items []Item, i int, sources map[int]string) string {
	it := items[i]
	if !it.Answerable {
		k := 0
		for _, o := range items[:i] {
			if !o.Answerable {
				k++
			}
		}
		if it.Lang == "zh" {
			return zhRefusals[k%len(zhRefusals)]
		}
		return enRefusals[k%len(enRefusals)]
	}
	nth := 0
	for _, o := range items[:i] {
		if o.Answerable {
			nth++
		}
	}
	right := 0
	for n, text := range sources {
		if strings.Contains(text, it.Evidence) && (right == 0 || n < right) {
			right = n
		}
	}
	if right == 0 {
		right = 1
	}
	nsrc := len(sources)
	wrong := right%max(nsrc, 1) + 1
	if wrong == right && nsrc > 1 {
		wrong = right%nsrc + 1
	}
	variant := nth / len(styleCycle) // varies the frame on the next cycle
	en := it.Lang != "zh"
	claim := strings.TrimRight(it.Claim, "。.")
	end := "。"
	sp := ""
	if en {
		end, sp = ".", " "
	}
	with := func(mark string) string {
		switch {
		case en:
			return claim + sp + mark + end
		case (nth+variant)%3 == 1:
			return "根据文章，" + claim + mark + end
		case (nth+variant)%3 == 2:
			return claim + end + mark
		}
		return claim + mark + end
	}
	switch StyleOf(nth) {
	case StyleRight:
		return with(fmt.Sprintf("[%d]", right))
	case StyleBracket:
		return with(fmt.Sprintf("【%d】", right))
	case StyleWrong:
		return with(fmt.Sprintf("[%d]", wrong))
	case StyleNonexistent:
		bad := nsrc + 3
		if nth%2 == 0 {
			return with(fmt.Sprintf("[%d]", bad))
		}
		if en {
			return claim + end + fmt.Sprintf(" See also [%d].", bad)
		}
		return claim + end + fmt.Sprintf("另有说法见[%d]。", bad)
	}
	return claim + end
}
