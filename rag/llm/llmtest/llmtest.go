// Package llmtest is a fake OpenAI-compatible server for tests of anything
// that uses the generative path (the CLI, the bot, the HTTP API): the real
// HTTP and SSE path runs, nothing is mocked in-process.
//
//	srv := llmtest.NewServer(t)
//	srv.OnChat(func(r llmtest.ChatRequest) llmtest.Reply {
//		if r.IsRewrite() {
//			return llmtest.Reply{Text: "西部陆海新通道通达多少个港口"}
//		}
//		return llmtest.Reply{Text: fmt.Sprintf("548 ports [%d].", r.SourceWith("548个港口"))}
//	})
//	env := map[string]string{"OPENAI_BASE_URL": srv.BaseURL(), "OPENAI_API_KEY": llmtest.Key,
//		"ARTICLEBOT_CHAT_MODEL": "chat", "ARTICLEBOT_EMBED_MODEL": "embed"}
//
// Embeddings are deterministic hashed character-bigram vectors (64
// dimensions), so retrieval through them behaves sensibly.
package llmtest

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
)

// Key is a conventional API key for tests; Requests shows what was sent.
const Key = "sk-llmtest"

// Message is one chat message as received.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// ChatRequest is a received /v1/chat/completions request.
type ChatRequest struct {
	Model       string    `json:"model"`
	Messages    []Message `json:"messages"`
	Stream      bool      `json:"stream"`
	Temperature float32   `json:"temperature"`
	MaxTokens   int       `json:"max_tokens"`
	Call        int       `json:"-"` // 0-based number of this chat request
}

// IsRewrite tells the query-rewrite call from the answer call.
func (r ChatRequest) IsRewrite() bool {
	return strings.Contains(r.LastUser(), "<last_question>")
}

// System is the system message, or "".
func (r ChatRequest) System() string {
	if len(r.Messages) > 0 && r.Messages[0].Role == "system" {
		return r.Messages[0].Content
	}
	return ""
}

// LastUser is the last user message (the sources and the question).
func (r ChatRequest) LastUser() string {
	for i := len(r.Messages) - 1; i >= 0; i-- {
		if r.Messages[i].Role == "user" {
			return r.Messages[i].Content
		}
	}
	return ""
}

var sourceRE = regexp.MustCompile(`(?s)<source id="(\d+)"[^>]*>\n(.*?)\n</source>`)

// Sources are the numbered passages of the prompt, by number.
func (r ChatRequest) Sources() map[int]string {
	out := map[int]string{}
	for _, m := range sourceRE.FindAllStringSubmatch(r.LastUser(), -1) {
		n, _ := strconv.Atoi(m[1])
		out[n] = m[2]
	}
	return out
}

// SourceWith is the number of the first source containing sub, or 0.
func (r ChatRequest) SourceWith(sub string) int {
	best := 0
	for n, text := range r.Sources() {
		if strings.Contains(text, sub) && (best == 0 || n < best) {
			best = n
		}
	}
	return best
}

// Reply scripts one answer of the fake.
type Reply struct {
	Text       string        // streamed as SSE in Pieces pieces (default 4)
	Pieces     int           //
	Status     int           // non-2xx: an error reply with this status
	RetryAfter string        // Retry-After header of an error reply
	Delay      time.Duration // wait before answering (latency)
	Cut        bool          // stop the stream after the text, without finish_reason or [DONE]
	Hang       bool          // never answer (until the client gives up)
}

// Request is any request the fake received.
type Request struct {
	Method, Path, Auth string
	Chat               *ChatRequest
	EmbedInput         []string
	EmbedModel         string
}

// Server is the fake. Its zero replies: chat answers "NOT_IN_ARTICLE",
// embeddings answer hashed vectors in reverse order (clients must sort by
// index), /v1/models lists "chat" and "embed".
type Server struct {
	*httptest.Server
	mu     sync.Mutex
	reqs   []Request
	nChat  int
	onChat func(ChatRequest) Reply
	// EmbedFail, when set, decides per embeddings call (0-based) whether to
	// answer 500.
	EmbedFail func(call int) bool
	nEmbed    int
	chatHTTP  func(w http.ResponseWriter, r *http.Request, body []byte, call int)
	embedHTTP func(w http.ResponseWriter, r *http.Request, body []byte, call int)
}

// NewServer starts a fake, closed when the test ends.
func NewServer(t testing.TB) *Server {
	s := &Server{}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", s.chat)
	mux.HandleFunc("POST /v1/embeddings", s.embeddings)
	mux.HandleFunc("GET /v1/models", func(w http.ResponseWriter, r *http.Request) {
		s.record(Request{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization")})
		writeJSON(w, 200, map[string]any{"object": "list", "data": []map[string]string{{"id": "chat", "object": "model"}, {"id": "embed", "object": "model"}}})
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// BaseURL is the value for OPENAI_BASE_URL.
func (s *Server) BaseURL() string { return s.URL + "/v1" }

// OnChat sets the script of chat replies.
func (s *Server) OnChat(f func(ChatRequest) Reply) {
	s.mu.Lock()
	s.onChat = f
	s.mu.Unlock()
}

// OnChatHTTP makes the fake answer chat requests with f, which writes the
// raw reply itself (odd status codes, cut or malformed streams, stalls); f
// gets the request body and the 0-based call number. It replaces OnChat.
func (s *Server) OnChatHTTP(f func(w http.ResponseWriter, r *http.Request, body []byte, call int)) {
	s.mu.Lock()
	s.chatHTTP = f
	s.mu.Unlock()
}

// OnEmbedHTTP is OnChatHTTP for /v1/embeddings.
func (s *Server) OnEmbedHTTP(f func(w http.ResponseWriter, r *http.Request, body []byte, call int)) {
	s.mu.Lock()
	s.embedHTTP = f
	s.mu.Unlock()
}

// Requests returns what the fake received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.reqs...)
}

func (s *Server) record(r Request) {
	s.mu.Lock()
	s.reqs = append(s.reqs, r)
	s.mu.Unlock()
}

func (s *Server) chat(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	var req ChatRequest
	if err == nil {
		err = json.Unmarshal(body, &req)
	}
	if err != nil {
		writeError(w, 400, "bad json: "+err.Error())
		return
	}
	s.mu.Lock()
	req.Call = s.nChat
	s.nChat++
	f, raw := s.onChat, s.chatHTTP
	s.reqs = append(s.reqs, Request{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization"), Chat: &req})
	s.mu.Unlock()
	if raw != nil {
		raw(w, r, body, req.Call)
		return
	}
	rep := Reply{Text: "NOT_IN_ARTICLE"}
	if f != nil {
		rep = f(req)
	}
	if rep.Delay > 0 {
		select {
		case <-time.After(rep.Delay):
		case <-r.Context().Done():
			return
		}
	}
	if rep.Hang {
		<-r.Context().Done()
		return
	}
	if rep.Status >= 300 {
		if rep.RetryAfter != "" {
			w.Header().Set("Retry-After", rep.RetryAfter)
		}
		writeError(w, rep.Status, "scripted error")
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(200)
	chunk := func(delta, finish string) {
		fr := "null"
		if finish != "" {
			fr = strconv.Quote(finish)
		}
		fmt.Fprintf(w, `data: {"id":"llmtest","object":"chat.completion.chunk","model":%q,"choices":[{"index":0,"delta":%s,"finish_reason":%s}]}`+"\n\n", req.Model, delta, fr)
		if fl, ok := w.(http.Flusher); ok {
			fl.Flush()
		}
	}
	chunk(`{"role":"assistant","content":""}`, "")
	for _, p := range pieces(rep.Text, rep.Pieces) {
		b, _ := json.Marshal(p)
		chunk(`{"content":`+string(b)+`}`, "")
	}
	if rep.Cut {
		return
	}
	chunk(`{}`, "stop")
	prompt := 0
	for _, m := range req.Messages {
		prompt += len([]rune(m.Content))
	}
	fmt.Fprintf(w, `data: {"id":"llmtest","object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}`+"\n\n",
		prompt, len([]rune(rep.Text)), prompt+len([]rune(rep.Text)))
	fmt.Fprint(w, "data: [DONE]\n\n")
}

func (s *Server) embeddings(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	var req struct {
		Input []string `json:"input"`
		Model string   `json:"model"`
	}
	if err == nil {
		err = json.Unmarshal(body, &req)
	}
	if err != nil {
		writeError(w, 400, "bad json: "+err.Error())
		return
	}
	s.mu.Lock()
	call := s.nEmbed
	s.nEmbed++
	fail, raw := s.EmbedFail, s.embedHTTP
	s.reqs = append(s.reqs, Request{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization"), EmbedInput: req.Input, EmbedModel: req.Model})
	s.mu.Unlock()
	if raw != nil {
		raw(w, r, body, call)
		return
	}
	if fail != nil && fail(call) {
		writeError(w, 500, "scripted embeddings failure")
		return
	}
	type item struct {
		Object    string    `json:"object"`
		Index     int       `json:"index"`
		Embedding []float32 `json:"embedding"`
	}
	data := make([]item, 0, len(req.Input))
	for i := len(req.Input) - 1; i >= 0; i-- { // reverse order on purpose
		data = append(data, item{"embedding", i, Vector(req.Input[i])})
	}
	writeJSON(w, 200, map[string]any{"object": "list", "model": req.Model, "data": data,
		"usage": map[string]int{"prompt_tokens": len(req.Input), "total_tokens": len(req.Input)}})
}

// Vector is the fake's embedding of a text: hashed character bigrams, 64
// dimensions, not normalised (clients must normalise).
func Vector(text string) []float32 {
	v := make([]float32, 64)
	var prev rune = -1
	for _, r := range strings.ToLower(text) {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			h := fnv.New32a()
			fmt.Fprintf(h, "%c%c", prev, r)
			v[h.Sum32()%64] += 2
		}
		prev = r
	}
	v[63] += 0.5 // never the zero vector
	return v
}

func pieces(s string, n int) []string {
	if n <= 0 {
		n = 4
	}
	r := []rune(s)
	size := max((len(r)+n-1)/n, 1)
	var out []string
	for i := 0; i < len(r); i += size {
		out = append(out, string(r[i:min(i+size, len(r))]))
	}
	return out
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]any{"error": map[string]string{"message": msg, "type": "llmtest"}})
}
