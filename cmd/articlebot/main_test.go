package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"articlebot/bot/bottest"
	"articlebot/prompts/texts"
	"articlebot/rag"
	"github.com/go-telegram/bot/models"
)

// env builds a getenv from pairs, with the repository's article and a
// private index directory.
func env(t *testing.T, kv ...string) func(string) string {
	m := map[string]string{"ARTICLEBOT_DATA": "../../data", "ARTICLEBOT_INDEX_DIR": t.TempDir(), "ARTICLEBOT_LOG_LEVEL": "warn"}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

func runCmd(t *testing.T, getenv func(string) string, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, getenv, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	if ee, ok := err.(*exitError); ok {
		return ee.code
	}
	return 1
}

func TestAskJSONOffline(t *testing.T) {
	out, _, err := runCmd(t, env(t), "", "ask", "--json", "西部陆海新通道通达多少个港口？")
	if err != nil {
		t.Fatal(err)
	}
	var a rag.Answer
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if !a.Found || !strings.Contains(a.Answer, "548个港口") || !strings.Contains(a.Answer, "[1]") || a.Mode != "extractive" {
		t.Fatalf("answer = %+v", a)
	}
	if len(a.Citations) != 1 || a.Citations[0].N != 1 || !strings.Contains(a.Citations[0].Quote, "548个港口") || a.Citations[0].Section == "" || a.Citations[0].Paragraph == 0 {
		t.Fatalf("citations = %+v", a.Citations)
	}
}

func TestAskBatch(t *testing.T) {
	long := strings.Repeat("长", 600)
	in := "西部陆海新通道通达多少个港口？\n\n上海的GDP是多少？\n" + long + "\n重庆常务副市长是谁？\n"
	out, _, err := runCmd(t, env(t), in, "ask", "--json", "-")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("want 4 lines (blank skipped), got %d:\n%s", len(lines), out)
	}
	var as []rag.Answer
	for _, l := range lines {
		var a rag.Answer
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		as = append(as, a)
	}
	if !as[0].Found || as[1].Found || as[2].Error == "" || !strings.Contains(as[3].Answer, "曹俊杰") {
		t.Fatalf("batch answers: %+v", as)
	}
}

func TestAskText(t *testing.T) {
	out, _, err := runCmd(t, env(t), "", "ask", "谁说川渝联动实施了197项改革措施？")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "陈新武") || !strings.Contains(out, "[1] article") {
		t.Fatalf("text answer:\n%s", out)
	}
}

func TestErrorsExit2(t *testing.T) {
	cases := []struct {
		name string
		env  func(string) string
		args []string
		want string
	}{
		{"bad flag", env(t), []string{"ask", "--nope", "x"}, "--help"},
		{"missing data", env(t, "ARTICLEBOT_DATA", "/does/not/exist"), []string{"ask", "x"}, "ARTICLEBOT_DATA"},
		{"unknown command", env(t), []string{"frobnicate"}, "unknown command"},
		{"model without url", env(t, "ARTICLEBOT_CHAT_MODEL", "m"), []string{"ask", "x"}, "OPENAI_BASE_URL"},
		{"eval without file", env(t), []string{"eval"}, "question file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := runCmd(t, c.env, "", c.args...)
			if exitCode(err) != 2 || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("err = %v (code %d), want one line with %q and code 2", err, exitCode(err), c.want)
			}
		})
	}
}

func TestConfigMasksSecrets(t *testing.T) {
	out, _, err := runCmd(t, env(t, "TELEGRAM_BOT_TOKEN", "123:SECRETSECRET", "OPENAI_API_KEY", "sk-VERYSECRET"), "", "config", "--listen", "127.0.0.1:9999")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "SECRETSECRET") || strings.Contains(out, "VERYSECRET") || !strings.Contains(out, "***") || !strings.Contains(out, "127.0.0.1:9999") {
		t.Fatalf("config output:\n%s", out)
	}
}

func TestIndexCommand(t *testing.T) {
	e := env(t)
	out, _, err := runCmd(t, e, "", "index")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"built", "duplicates dropped 13", "captions 4", "sections 4"} {
		if !strings.Contains(out, w) {
			t.Fatalf("index output lacks %q:\n%s", w, out)
		}
	}
	out, _, _ = runCmd(t, e, "", "index")
	if !strings.Contains(out, "loaded") {
		t.Fatalf("second index run should load:\n%s", out)
	}
}

func TestChat(t *testing.T) {
	out, _, err := runCmd(t, env(t), "/help\n西部陆海新通道通达多少个港口？\n/quit\n")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "/quit") || !strings.Contains(out, "548个港口") {
		t.Fatalf("chat output:\n%s", out)
	}
}

// The chat's intro, help and reset are the catalogue's, and its example
// question is the article's own (data/article.questions), else a generic one.
func TestChatTexts(t *testing.T) {
	tx := texts.For("en")
	out, _, err := runCmd(t, env(t), "/help\n/reset\n/quit\n")
	if err != nil {
		t.Fatal(err)
	}
	intro := fmt.Sprintf(tx.ChatIntro, tx.ChatOffline, "西部陆海新通道通达多少个港口？")
	for _, want := range []string{intro, tx.ChatHelp, tx.ChatReset} {
		if !strings.Contains(out, want) {
			t.Errorf("chat output lacks %q:\n%s", want, out)
		}
	}
	data := t.TempDir()
	b, err := os.ReadFile("../../data/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(data, "article.txt"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err = runCmd(t, env(t, "ARTICLEBOT_DATA", data), "/quit\n")
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf(tx.ChatIntro, tx.ChatOffline, tx.GenericExamples[0]); !strings.Contains(out, want) {
		t.Errorf("without article.questions the intro should give a generic example %q:\n%s", want, out)
	}
}

func TestTermLang(t *testing.T) {
	for _, c := range []struct {
		env  []string
		want string
	}{
		{nil, "en"},
		{[]string{"LANG", "zh_CN.UTF-8"}, "zh"},
		{[]string{"LANG", "zh_TW"}, "zh"},
		{[]string{"LANG", "en_US.UTF-8"}, "en"},
		{[]string{"LANG", "zh_CN.UTF-8", "LC_ALL", "C"}, "en"},
		{[]string{"LANG", "C", "LC_MESSAGES", "zh_CN"}, "zh"},
	} {
		if got := termLang(env(t, c.env...)); got != c.want {
			t.Errorf("%v: %s, want %s", c.env, got, c.want)
		}
	}
	zh := texts.For("zh")
	out, _, err := runCmd(t, env(t, "LANG", "zh_CN.UTF-8"), "/help\n/quit\n")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, fmt.Sprintf(zh.ChatIntro, zh.ChatOffline, "西部陆海新通道通达多少个港口？")) || !strings.Contains(out, zh.ChatHelp) {
		t.Errorf("chat under a zh locale:\n%s", out)
	}
}

func freePort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func TestServeHTTPOnly(t *testing.T) {
	addr := freePort(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, env(t, "ARTICLEBOT_LISTEN", addr), strings.NewReader(""), io.Discard, io.Discard)
	}()
	base := "http://" + addr
	var resp *http.Response
	var err error
	for i := 0; i < 100; i++ {
		if resp, err = http.Get(base + "/healthz"); err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("healthz %d", resp.StatusCode)
	}
	resp, err = http.Post(base+"/v1/ask", "application/json", strings.NewReader(`{"question":"西部陆海新通道通达多少个港口？"}`))
	if err != nil {
		t.Fatal(err)
	}
	var a rag.Answer
	json.NewDecoder(resp.Body).Decode(&a)
	resp.Body.Close()
	if !a.Found || !strings.Contains(a.Answer, "548") {
		t.Fatalf("/v1/ask: %+v", a)
	}
	resp, _ = http.Post(base+"/v1/ask", "application/json", strings.NewReader(`{bad`))
	if resp.StatusCode != 400 {
		t.Fatalf("bad JSON: %d", resp.StatusCode)
	}
	resp.Body.Close()
	resp, _ = http.Get(base + "/metrics")
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `articlebot_questions_total{chat_type="http",found="true",mode="extractive"}`) {
		t.Fatalf("metrics lack the question:\n%.2000s", b)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v, want nil on shutdown", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

// fakeOpenAI plays an OpenAI-compatible server: models, streaming chat
// that cites source 1 (and a bogus source 9), embeddings.
func fakeOpenAI(t *testing.T, fail bool) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if fail && r.URL.Path != "/v1/models" {
			http.Error(w, `{"error":{"message":"down","type":"server_error"}}`, 500)
			return
		}
		switch r.URL.Path {
		case "/v1/models":
			fmt.Fprint(w, `{"object":"list","data":[{"id":"m","object":"model"}]}`)
		case "/v1/chat/completions":
			var req struct {
				Stream bool `json:"stream"`
			}
			json.NewDecoder(r.Body).Decode(&req)
			if !req.Stream {
				fmt.Fprint(w, `{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"西部陆海新通道通达多少个港口"},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":3,"total_tokens":8}}`)
				return
			}
			w.Header().Set("Content-Type", "text/event-stream")
			for _, part := range []string{"西部陆海新通道通达", "548个港口【1】", "。[9]"} {
				b, _ := json.Marshal(part)
				fmt.Fprintf(w, "data: {\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":%s}}]}\n\n", b)
			}
			fmt.Fprint(w, "data: {\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n")
		default:
			http.NotFound(w, r)
		}
	}))
}

func TestAskThroughFakeLLM(t *testing.T) {
	srv := fakeOpenAI(t, false)
	defer srv.Close()
	out, _, err := runCmd(t, env(t, "OPENAI_BASE_URL", srv.URL+"/v1", "ARTICLEBOT_CHAT_MODEL", "m"), "", "ask", "--json", "西部陆海新通道通达多少个港口？")
	if err != nil {
		t.Fatal(err)
	}
	var a rag.Answer
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err, out)
	}
	if a.Mode != "llm" || !a.Found || !strings.Contains(a.Answer, "548个港口[1]") || strings.Contains(a.Answer, "[9]") || len(a.DroppedMarkers) == 0 {
		t.Fatalf("llm answer: %+v", a)
	}
	if len(a.Citations) != 1 || !strings.Contains(a.Citations[0].Quote, "548") {
		t.Fatalf("citations: %+v", a.Citations)
	}
}

func TestAskFallsBackWhenLLMFails(t *testing.T) {
	srv := fakeOpenAI(t, true)
	defer srv.Close()
	out, _, err := runCmd(t, env(t, "OPENAI_BASE_URL", srv.URL+"/v1", "ARTICLEBOT_CHAT_MODEL", "m", "ARTICLEBOT_LLM_TIMEOUT", "3s"), "", "ask", "--json", "西部陆海新通道通达多少个港口？")
	if err != nil {
		t.Fatal(err)
	}
	var a rag.Answer
	json.Unmarshal([]byte(out), &a)
	if a.Mode != "extractive" || a.Note == "" || !strings.Contains(a.Answer, "548") {
		t.Fatalf("fallback answer: %+v", a)
	}
}

// TestServeBusyDefaultPort: a polling bot whose default HTTP port is taken
// keeps running (the HTTP side is optional for it); an explicitly chosen
// busy address is an error.
func TestServeBusyPort(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	busy := l.Addr().String()
	_, _, err = runCmd(t, env(t, "ARTICLEBOT_LISTEN", busy), "", "serve")
	if err == nil || !strings.Contains(err.Error(), "ARTICLEBOT_LISTEN") {
		t.Fatalf("explicit busy address: err = %v, want one naming ARTICLEBOT_LISTEN", err)
	}
}

func TestServePollingBotSurvivesBusyDefaultPort(t *testing.T) {
	if l, err := net.Listen("tcp", "127.0.0.1:8080"); err == nil {
		defer l.Close() // now the default port is busy for sure
	}
	const token = "123456:TESTTOKEN"
	tg := bottest.NewServer(token)
	defer tg.Close()
	tg.Push(models.Update{Message: &models.Message{ID: 1, Chat: models.Chat{ID: 42, Type: "private"},
		From: &models.User{ID: 42, LanguageCode: "zh"}, Text: "西部陆海新通道通达多少个港口？"}})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, env(t, "TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL", tg.URL()), strings.NewReader(""), io.Discard, io.Discard)
	}()
	ok := tg.Wait(20*time.Second, func(calls []bottest.Call) bool {
		for _, c := range calls {
			if c.Method == "sendMessage" && strings.Contains(c.Params["text"], "548") {
				return true
			}
		}
		return false
	})
	cancel()
	if err := <-done; err != nil || !ok {
		t.Fatalf("serve: err %v, answered %v", err, ok)
	}
}
