package main

import (
	"encoding/json"
	"fmt"
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
