package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"articlebot/rag"
	"articlebot/rag/llm/llmtest"
)

// TestAskEnglishThroughLLMWithAPIEmbeddings drives `articlebot ask --json -`
// with everything configured as an operator would: the index is embedded
// through /v1/embeddings in batches, the English question is rewritten into
// Chinese, answered in English, and cited with verbatim Chinese quotes.
func TestAskEnglishThroughLLMWithAPIEmbeddings(t *testing.T) {
	srv := llmtest.NewServer(t)
	srv.OnChat(func(r llmtest.ChatRequest) llmtest.Reply {
		if r.IsRewrite() {
			return llmtest.Reply{Text: "西部陆海新通道通达多少个港口"}
		}
		return llmtest.Reply{Text: fmt.Sprintf("It reaches 548 ports [%d][42].", r.SourceWith("548个港口"))}
	})
	e := env(t, "OPENAI_BASE_URL", srv.BaseURL(), "OPENAI_API_KEY", llmtest.Key,
		"ARTICLEBOT_CHAT_MODEL", "chat", "ARTICLEBOT_EMBED_MODEL", "embed", "ARTICLEBOT_EMBED_BATCH", "16")
	out, stderr, err := runCmd(t, e, "How many ports does the New Western Land-Sea Corridor reach?\n", "ask", "--json", "-")
	if err != nil {
		t.Fatal(err, stderr)
	}
	var a rag.Answer
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err, out)
	}
	if a.Mode != "llm" || !a.Found || a.Lang != "en" || a.RewrittenQuery == "" || !strings.Contains(a.Answer, "548 ports [1]") {
		t.Fatalf("answer: %+v", a)
	}
	if len(a.DroppedMarkers) != 1 || len(a.Citations) != 1 || !strings.Contains(a.Citations[0].Quote, "548个港口") {
		t.Fatalf("citations %+v dropped %v", a.Citations, a.DroppedMarkers)
	}
	embedCalls, maxBatch := 0, 0
	for _, r := range srv.Requests() {
		if r.Auth != "Bearer "+llmtest.Key {
			t.Fatalf("%s %s without the bearer key: %q", r.Method, r.Path, r.Auth)
		}
		if r.Path == "/v1/embeddings" {
			embedCalls++
			maxBatch = max(maxBatch, len(r.EmbedInput))
		}
	}
	if embedCalls < 3 || maxBatch != 16 {
		t.Fatalf("embeddings: %d calls, largest batch %d; want batches of 16", embedCalls, maxBatch)
	}
	// A second run loads the index keyed by the embedding model: only the
	// question is embedded.
	before := len(srv.Requests())
	if _, _, err := runCmd(t, e, "", "ask", "--json", "西部陆海新通道通达多少个港口？"); err != nil {
		t.Fatal(err)
	}
	for _, r := range srv.Requests()[before:] {
		if r.Path == "/v1/embeddings" && len(r.EmbedInput) > 1 {
			t.Fatalf("index re-embedded on the second run (%d texts)", len(r.EmbedInput))
		}
	}
}

// TestAskCarelessModel drives `articlebot ask --json -` against a model
// that answers correctly but cites carelessly (llmtest.Careless: 40 % [k],
// 15 % 【k】, 25 % a wrong source, 10 % a missing one, 10 % none; plain-word
// refusals; English answers citing Chinese sources), on the report split of
// the careless set, and holds issue 9's levels.
func TestAskCarelessModel(t *testing.T) {
	items := llmtest.CarelessSet("report")
	srv := llmtest.NewServer(t)
	srv.OnChat(llmtest.Careless(items))
	var in strings.Builder
	for _, it := range items {
		in.WriteString(it.Q + "\n")
	}
	out, stderr, err := runCmd(t, env(t, "OPENAI_BASE_URL", srv.BaseURL(), "ARTICLEBOT_CHAT_MODEL", "chat"), in.String(), "ask", "--json", "-")
	if err != nil {
		t.Fatal(err, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(items) {
		t.Fatalf("%d lines for %d questions:\n%s", len(lines), len(items), out)
	}
	answers := make([]rag.Answer, len(items))
	for i, l := range lines {
		if err := json.Unmarshal([]byte(l), &answers[i]); err != nil {
			t.Fatal(err, l)
		}
		if answers[i].Mode != "llm" {
			t.Fatalf("%s: not an LLM answer: %s", items[i].ID, l)
		}
		for _, c := range answers[i].Citations {
			if !quoteAt(t, c) {
				t.Errorf("%s: quote %q is not the article's bytes %d–%d", items[i].ID, c.Quote, c.Start, c.End)
			}
		}
	}
	s, misses := llmtest.Score(items, answers)
	t.Logf("careless model, report split, through ask --json -: %v", s)
	for _, m := range misses {
		t.Log(m)
	}
	if s.Cite() < 0.95 || s.Precision() < 0.95 || s.Refusal() < 1 || s.Lost > 0 {
		t.Errorf("below the levels (cite ≥ 0.95, citation precision ≥ 0.95, refusals 1.00, no correct answer lost): %v", s)
	}
	if s.Repaired == 0 {
		t.Error("no repaired_markers reported for a careless model")
	}
}

// quoteAt reports whether the article's bytes at c's offsets are its quote
// (up to whitespace).
func quoteAt(t *testing.T, c rag.Citation) bool {
	t.Helper()
	b, err := os.ReadFile("../../data/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	if c.Start < 0 || c.End > len(b) || c.Start >= c.End {
		return false
	}
	return strings.Join(strings.Fields(string(b[c.Start:c.End])), " ") == strings.Join(strings.Fields(c.Quote), " ")
}

func TestTextAnswerWarnsOfUnsupportedClaims(t *testing.T) {
	var b strings.Builder
	writeText(&b, rag.Answer{Answer: "通道通达548个港口[1]。重庆还有3000个机场。", Found: true, Lang: "zh",
		Citations: []rag.Citation{{N: 1, Quote: "通达全球126个国家和地区的548个港口", Paragraph: 49}}, Unsupported: []string{"重庆还有3000个机场。"}}, "en")
	if !strings.Contains(b.String(), "not backed by the article: 重庆还有3000个机场。") {
		t.Errorf("no warning:\n%s", b.String())
	}
}
