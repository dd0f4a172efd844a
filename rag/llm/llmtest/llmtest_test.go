package llmtest_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"articlebot/rag"
	"articlebot/rag/llm"
	"articlebot/rag/llm/llmtest"
)

// retriever serves two passages.
type retriever struct{}

var chunks = []rag.Chunk{
	{ID: "a", Doc: "article", Paragraph: 1, Start: 0, End: 45, Kind: "text", Text: "截至2024年底，西部陆海新通道通达548个港口。"},
	{ID: "b", Doc: "article", Paragraph: 2, Start: 46, End: 100, Kind: "text", Text: "五年来，川渝联动实施了197项改革措施。"},
}

func (retriever) Retrieve(ctx context.Context, q string, k int) ([]rag.Hit, error) {
	return []rag.Hit{{Chunk: chunks[1], Score: 1}, {Chunk: chunks[0], Score: 0.5}}, nil
}

func (retriever) Ask(ctx context.Context, req rag.Request) (rag.Answer, error) {
	return rag.Answer{Question: req.Question, Answer: "offline", Mode: rag.ModeExtractive}, nil
}

func TestServerWithTheRealClient(t *testing.T) {
	srv := llmtest.NewServer(t)
	srv.OnChat(func(r llmtest.ChatRequest) llmtest.Reply {
		if r.IsRewrite() {
			return llmtest.Reply{Text: "西部陆海新通道通达多少个港口"}
		}
		return llmtest.Reply{Text: fmt.Sprintf("It reaches 548 ports [%d].", r.SourceWith("548个港口"))}
	})
	c, err := llm.NewClient(llm.Config{BaseURL: srv.BaseURL(), APIKey: llmtest.Key, ChatModel: "chat", EmbedModel: "embed"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Check(context.Background()); err != nil {
		t.Fatal(err)
	}
	ans, err := llm.NewAnswerer(c, retriever{}, nil).Ask(context.Background(), rag.Request{Question: "How many ports?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Mode != rag.ModeLLM || ans.Answer != "It reaches 548 ports [1]." || len(ans.Citations) != 1 || ans.Citations[0].Paragraph != 1 {
		t.Errorf("answer %+v", ans)
	}
	vecs, err := c.Embedder().Embed(context.Background(), []string{"港口", "改革措施", "西部陆海新通道通达548个港口"})
	if err != nil || len(vecs) != 3 {
		t.Fatalf("embed: %v", err)
	}
	dot := func(a, b []float32) (s float32) {
		for i := range a {
			s += a[i] * b[i]
		}
		return
	}
	if dot(vecs[0], vecs[2]) <= dot(vecs[1], vecs[2]) {
		t.Errorf("hashed vectors do not rank the related text first")
	}
	for _, r := range srv.Requests() {
		if r.Auth != "Bearer "+llmtest.Key {
			t.Errorf("%s %s without the bearer key", r.Method, r.Path)
		}
	}
	srv.OnChat(func(llmtest.ChatRequest) llmtest.Reply { return llmtest.Reply{Text: "港口", Cut: true} })
	ans, _ = llm.NewAnswerer(c, retriever{}, nil).Ask(context.Background(), rag.Request{Question: "港口？"})
	if ans.Mode != rag.ModeExtractive || !strings.Contains(ans.Note, "stream") {
		t.Errorf("cut stream: %+v", ans)
	}
}
