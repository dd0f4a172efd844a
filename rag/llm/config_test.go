package llm

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string // substring of the error; "" = valid
	}{
		{"offline", Config{}, ""},
		{"key alone is fine", Config{APIKey: "sk"}, ""},
		{"ollama", Config{BaseURL: "http://localhost:11434/v1", ChatModel: "qwen2.5:7b"}, ""},
		{"embeddings only", Config{BaseURL: "http://localhost:11434/v1", EmbedModel: "bge-m3"}, ""},
		{"model without URL", Config{ChatModel: "gpt-4o-mini"}, "OPENAI_BASE_URL is empty"},
		{"embed model without URL", Config{EmbedModel: "bge-m3"}, "ARTICLEBOT_EMBED_MODEL is set but OPENAI_BASE_URL"},
		{"URL without model", Config{BaseURL: "http://localhost:11434/v1"}, "ARTICLEBOT_CHAT_MODEL is empty"},
		{"not a URL", Config{BaseURL: "localhost:11434", ChatModel: "m"}, "not an http(s) URL"},
		{"timeout too short", Config{BaseURL: "http://h/v1", ChatModel: "m", Timeout: time.Millisecond}, "ARTICLEBOT_LLM_TIMEOUT"},
		{"temperature", Config{BaseURL: "http://h/v1", ChatModel: "m", Temperature: 3}, "temperature"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if tt.want == "" {
				if err != nil {
					t.Errorf("err = %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("err = %v, want one line containing %q", err, tt.want)
			}
		})
	}
}

func TestConfigFromEnv(t *testing.T) {
	env := map[string]string{EnvBaseURL: " http://127.0.0.1:9/v1 ", EnvAPIKey: "k", EnvChatModel: "c", EnvEmbedModel: "e", EnvTimeout: "45"}
	c, err := ConfigFromEnv(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if c.BaseURL != "http://127.0.0.1:9/v1" || c.APIKey != "k" || c.ChatModel != "c" || c.EmbedModel != "e" ||
		c.Timeout != 45*time.Second || c.MaxTokens != DefaultMaxTokens || c.Temperature != DefaultTemperature ||
		c.MaxRetries != DefaultMaxRetries || c.BatchSize != DefaultBatchSize {
		t.Errorf("config = %+v", c)
	}
	env[EnvTimeout] = "1m30s"
	if c, _ = ConfigFromEnv(func(k string) string { return env[k] }); c.Timeout != 90*time.Second {
		t.Errorf("timeout = %v", c.Timeout)
	}
	env[EnvTimeout] = "soon"
	if _, err := ConfigFromEnv(func(k string) string { return env[k] }); err == nil || !strings.Contains(err.Error(), EnvTimeout) {
		t.Errorf("err = %v", err)
	}
}

func TestCheck(t *testing.T) {
	f := newFake(t)
	if err := f.client(t).Check(context.Background()); err != nil {
		t.Errorf("good server: %v", err)
	}
	// The same server without /v1: /models is a 404.
	c, _ := NewClient(Config{BaseURL: f.URL, ChatModel: "m"}, nil)
	err := c.Check(context.Background())
	if !errors.Is(err, ErrWrongURL) || !strings.Contains(err.Error(), "lacks /v1") || !strings.Contains(err.Error(), f.URL+"/v1") {
		t.Errorf("no /v1: err = %v", err)
	}
	// A web page instead of the API.
	html := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte("<!doctype html><p>Open WebUI</p>"))
	}))
	defer html.Close()
	c, _ = NewClient(Config{BaseURL: html.URL, ChatModel: "m"}, nil)
	if err := c.Check(context.Background()); !errors.Is(err, ErrWrongURL) || !strings.Contains(err.Error(), "/v1") {
		t.Errorf("html: err = %v", err)
	}
	// A rejected key.
	auth := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { apiError(w, 401, "invalid key") }))
	defer auth.Close()
	c, _ = NewClient(Config{BaseURL: auth.URL + "/v1", ChatModel: "m", APIKey: "bad"}, nil)
	if err := c.Check(context.Background()); !errors.Is(err, ErrRejected) || errors.Is(err, ErrUnreachable) || !strings.Contains(err.Error(), "OPENAI_API_KEY") {
		t.Errorf("401: err = %v", err)
	}
	// Nobody listening.
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := l.Addr().String()
	l.Close()
	c, _ = NewClient(Config{BaseURL: "http://" + addr + "/v1", ChatModel: "m"}, nil)
	if err := c.Check(context.Background()); !errors.Is(err, ErrUnreachable) || !strings.Contains(err.Error(), "OPENAI_BASE_URL") {
		t.Errorf("unreachable: err = %v", err)
	}
}

func TestCheckToleratesBrokenModelsEndpoint(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { apiError(w, 500, "no models here") }))
	defer srv.Close()
	c, _ := NewClient(Config{BaseURL: srv.URL + "/v1", ChatModel: "m"}, nil)
	if err := c.Check(context.Background()); err != nil {
		t.Errorf("a 500 on /models must not stop the program: %v", err)
	}
}
