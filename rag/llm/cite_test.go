package llm

import (
	"strings"
	"testing"

	"articlebot/rag"
)

func fixtureHits() []rag.Hit {
	hits := make([]rag.Hit, len(fixtureChunks))
	for i, c := range fixtureChunks {
		hits[i] = rag.Hit{Chunk: c, Score: 1 - float64(i)/10}
	}
	return hits
}

// TestCitationRepairs: the fixture's sources are 1 byline (唐琴), 2 iPad,
// 3 548 ports and 43.5万 cars, 4 197 reforms, 5 an injected instruction.
func TestCitationRepairs(t *testing.T) {
	tests := []struct {
		name, reply, query, lang string
		answer                   string
		quotes                   []string // a substring of each citation's quote
		repairs                  []string // action:from:to
		dropped                  []string
		unsupported              int
		refusal                  bool
	}{
		{name: "right marker kept", reply: "通道通达548个港口[3]。",
			answer: "通道通达548个港口[1]。", quotes: []string{"548个港口"}},
		{name: "full-width brackets", reply: "通道通达548个港口【3】。",
			answer: "通道通达548个港口[1]。", quotes: []string{"548个港口"}},
		{name: "bare caret", reply: "通道通达548个港口^3。",
			answer: "通道通达548个港口[1]。", quotes: []string{"548个港口"}},
		{name: "wrong source re-pointed", reply: "通道通达548个港口[2]。",
			answer: "通道通达548个港口[1]。", quotes: []string{"548个港口"}, repairs: []string{"repointed:[2]:1"}},
		{name: "missing source dropped, the right one added", reply: "通道通达548个港口[9]。",
			answer: "通道通达548个港口[1]。", quotes: []string{"548个港口"}, repairs: []string{"repointed:[9]:1"}, dropped: []string{"[9]"}},
		{name: "no marker: post-hoc citation", reply: "川渝联动实施了197项改革措施。",
			answer: "川渝联动实施了197项改革措施[1]。", quotes: []string{"197项"}, repairs: []string{"added::1"}},
		{name: "dangling pointer sentence removed", reply: "通道通达548个港口[3]。另有说法见[9]。",
			answer: "通道通达548个港口[1]。", quotes: []string{"548个港口"}, dropped: []string{"[9]"}},
		{name: "pointer phrase removed", reply: "通道通达548个港口[3]（见[9]）。",
			answer: "通道通达548个港口[1]。", quotes: []string{"548个港口"}, dropped: []string{"[9]"}},
		{name: "English pointer removed", reply: "The corridor reaches 548 ports [3]. See also [9].", query: "西部陆海新通道通达多少个港口", lang: "en",
			answer: "The corridor reaches 548 ports [1].", quotes: []string{"548个港口"}, dropped: []string{"[9]"}},
		{name: "one claim per marker in a sentence", reply: "通道通达548个港口[2]，川渝实施了197项改革措施[2]。",
			answer: "通道通达548个港口[1]，川渝实施了197项改革措施[2]。", quotes: []string{"548个港口", "197项"},
			repairs: []string{"repointed:[2]:1", "repointed:[2]:2"}},
		{name: "two facts, one group", reply: "川渝实施了197项改革措施，通道通达548个港口[4,3]。",
			answer: "川渝实施了197项改革措施，通道通达548个港口[1][2]。", quotes: []string{"197项", "548个港口"}},
		{name: "held by no source: unsupported, marker removed", reply: "重庆有999个港口[3]。",
			answer: "重庆有999个港口。", repairs: []string{"removed:[3]:0"}, unsupported: 1},
		{name: "one supported, one not", reply: "通道通达548个港口[3]。重庆还有3000个机场[3]。",
			answer: "通道通达548个港口[1]。重庆还有3000个机场。", quotes: []string{"548个港口"}, repairs: []string{"removed:[3]:0"}, unsupported: 1},
		{name: "English answer, Chinese source: 43.5万 = 435,000", reply: "Chongqing exported 435,000 cars from January to November 2024 [2].", query: "重庆市汽车出口多少辆", lang: "en",
			answer: "Chongqing exported 435,000 cars from January to November 2024 [1].", quotes: []string{"43.5万辆"}, repairs: []string{"repointed:[2]:1"}},
		{name: "English fraction and name", reply: "Two-thirds of the world's iPads are made in Sichuan and Chongqing.", query: "全球多少iPad出自川渝", lang: "en",
			answer: "Two-thirds of the world's iPads are made in Sichuan and Chongqing [1].", quotes: []string{"2/3的iPad"}, repairs: []string{"added::1"}},
		{name: "Chinese numeral against digits", reply: "川渝联动实施了一百九十七项改革措施[1]。",
			answer: "川渝联动实施了一百九十七项改革措施[1]。", quotes: []string{"197项"}, repairs: []string{"repointed:[1]:1"}},
		{name: "refusal in words", reply: "文章中没有提到上海的GDP。", refusal: true, answer: "文章中没有提到上海的GDP。"},
		{name: "refusal in words with a marker", reply: "The article does not mention the mayor [2].", lang: "en", query: "重庆市长", refusal: true, answer: "The article does not mention the mayor."},
		{name: "no claim at all", reply: "抱歉。", refusal: true, answer: "抱歉。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lang := tt.lang
			if lang == "" {
				lang = "zh"
			}
			got := checkCitations(tt.reply, fixtureHits(), tt.query, lang)
			if got.refusal != tt.refusal {
				t.Fatalf("refusal = %v, want %v (%+v)", got.refusal, tt.refusal, got)
			}
			if got.text != tt.answer {
				t.Errorf("text %q, want %q", got.text, tt.answer)
			}
			if tt.refusal {
				return
			}
			if len(got.cites) != len(tt.quotes) {
				t.Fatalf("citations %+v, want %d", got.cites, len(tt.quotes))
			}
			for i, c := range got.cites {
				if c.N != i+1 || !strings.Contains(c.Quote, tt.quotes[i]) {
					t.Errorf("citation %d = %+v, want n=%d quoting %q", i, c, i+1, tt.quotes[i])
				}
			}
			checkVerbatim(t, got.cites)
			var reps []string
			for _, r := range got.repairs {
				reps = append(reps, r.Action+":"+r.From+":"+itoa(r.To))
			}
			if strings.Join(reps, " ") != strings.Join(tt.repairs, " ") {
				t.Errorf("repairs %q, want %q", reps, tt.repairs)
			}
			if strings.Join(got.dropped, " ") != strings.Join(tt.dropped, " ") {
				t.Errorf("dropped %q, want %q", got.dropped, tt.dropped)
			}
			if len(got.unsupported) != tt.unsupported {
				t.Errorf("unsupported %q, want %d", got.unsupported, tt.unsupported)
			}
		})
	}
}

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+n))) }

// TestRefusalsInWords: refusals as models write them, and answers that only
// look like one.
func TestRefusalsInWords(t *testing.T) {
	refusals := []string{
		"文章中没有提到这一点。", "文章未提及上海的GDP。", "根据提供的资料，无法确定。", "原文没有相关内容。",
		"这个问题在文章中找不到答案。", "抱歉，我无法回答这个问题。", "文章里没说。", "资料中未包含该信息。",
		"本文并没有给出具体数字。", "对不起，我不知道。", "文中没有相关的数据[2]。", "来源中没有关于这个问题的信息。",
		"The article doesn't mention the mayor.", "The provided sources do not contain information about this.",
		"I don't know.", "There is no information in the article about that.", "The article does not provide this information.",
		"This information is not available in the article.", "I'm sorry, but the article doesn't say.",
		"The text doesn't specify.", "Unfortunately, the sources do not mention it [1].", "The article makes no mention of it.",
		"The population of Chengdu isn't mentioned.", "It cannot be determined from the sources.", "I can't answer that from the article.",
		"Sorry.", "抱歉。",
	}
	for _, r := range refusals {
		lang := rag.DetectLang(r)
		if got := checkCitations(r, fixtureHits(), "成都人口", lang); !got.refusal {
			t.Errorf("%q not recognised as a refusal (%+v)", r, got)
		}
	}
	answers := []string{
		"通道通达548个港口[3]。", "川渝没有停下脚步，联动实施了197项改革措施[4]。",
		"The corridor reaches 548 ports [3].", "It is not only about ports: the corridor reaches 548 of them [3].",
		"文章没有直接说明，但提到通道通达548个港口[3]。", "The article does not give a total, but it says the corridor reaches 548 ports [3].",
	}
	for _, a := range answers {
		if got := checkCitations(a, fixtureHits(), "西部陆海新通道通达多少个港口", rag.DetectLang(a)); got.refusal {
			t.Errorf("%q taken for a refusal", a)
		}
	}
}
