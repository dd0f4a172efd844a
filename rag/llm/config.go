// Package llm is the generative path of articlebot: answers written by any
// OpenAI-compatible server (OpenAI, DeepSeek, Qwen/DashScope, OpenRouter,
// Ollama, llama.cpp, vLLM) from the passages the offline engine retrieves,
// with citations checked and quoted verbatim by the code, and a fallback to
// the offline answer whenever the server fails.
//
// Files: config.go (settings), client.go (HTTP, retries, start-up check),
// chat.go (streaming chat), embed.go (batched embeddings), markers.go
// (citation markers), history.go (conversation memory), answer.go (the
// question → answer flow).
package llm

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Defaults of Config.
const (
	DefaultTimeout     = 30 * time.Second
	DefaultMaxTokens   = 800
	DefaultTemperature = 0.1
	DefaultMaxRetries  = 3
	DefaultBatchSize   = 64
)

// Environment variables read by ConfigFromEnv.
const (
	EnvBaseURL    = "OPENAI_BASE_URL"
	EnvAPIKey     = "OPENAI_API_KEY"
	EnvChatModel  = "ARTICLEBOT_CHAT_MODEL"
	EnvEmbedModel = "ARTICLEBOT_EMBED_MODEL"
	EnvTimeout    = "ARTICLEBOT_LLM_TIMEOUT"
)

// Config sets up the OpenAI-compatible server. The zero value means "no
// LLM": Enabled reports false and the program stays offline.
type Config struct {
	BaseURL    string // OPENAI_BASE_URL, e.g. http://localhost:11434/v1
	APIKey     string // OPENAI_API_KEY; empty sends no Authorization header
	ChatModel  string // ARTICLEBOT_CHAT_MODEL; empty: no generative answers
	EmbedModel string // ARTICLEBOT_EMBED_MODEL; empty: the offline embedder stays

	// Timeout is the deadline of one whole answer (rewrite, retrieval, chat
	// and every retry) and of one embeddings request. ARTICLEBOT_LLM_TIMEOUT.
	Timeout time.Duration
	// MaxTokens bounds the generated answer.
	MaxTokens int
	// Temperature must not be 0: go-openai drops a zero (omitempty) and the
	// server then uses its own default, often 0.7–1.0.
	Temperature float32
	// MaxRetries is how many times a call is retried after the first attempt
	// on 429, 5xx and timeouts. 0 means the default; negative, no retries.
	MaxRetries int
	// BatchSize is the number of texts per embeddings request.
	BatchSize int
	// Observer counts calls, errors, tokens, fallbacks and citation repairs
	// (not from the environment; nil counts nothing).
	Observer Observer
}

// Enabled reports whether generative answers are configured.
func (c Config) Enabled() bool { return c.ChatModel != "" }

// ConfigFromEnv reads the settings from getenv (os.Getenv in production).
// ARTICLEBOT_LLM_TIMEOUT takes a Go duration ("45s", "1m") or seconds ("45").
// Defaults are filled in; call Validate to check consistency.
func ConfigFromEnv(getenv func(string) string) (Config, error) {
	c := Config{
		BaseURL:    strings.TrimSpace(getenv(EnvBaseURL)),
		APIKey:     strings.TrimSpace(getenv(EnvAPIKey)),
		ChatModel:  strings.TrimSpace(getenv(EnvChatModel)),
		EmbedModel: strings.TrimSpace(getenv(EnvEmbedModel)),
	}
	if s := strings.TrimSpace(getenv(EnvTimeout)); s != "" {
		d, err := ParseTimeout(s)
		if err != nil {
			return c, fmt.Errorf("%s=%q: %v", EnvTimeout, s, err)
		}
		c.Timeout = d
	}
	return c.WithDefaults(), nil
}

// ParseTimeout reads a Go duration ("45s") or a number of seconds ("45", "2.5").
func ParseTimeout(s string) (time.Duration, error) {
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		if f <= 0 {
			return 0, errors.New("must be positive, e.g. 30s")
		}
		return time.Duration(f * float64(time.Second)), nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, errors.New("not a duration: write e.g. 30s or 30")
	}
	if d <= 0 {
		return 0, errors.New("must be positive, e.g. 30s")
	}
	return d, nil
}

// WithDefaults fills the zero numeric fields with the defaults.
func (c Config) WithDefaults() Config {
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxTokens == 0 {
		c.MaxTokens = DefaultMaxTokens
	}
	if c.Temperature == 0 {
		c.Temperature = DefaultTemperature
	}
	if c.MaxRetries == 0 {
		c.MaxRetries = DefaultMaxRetries
	}
	if c.BatchSize == 0 {
		c.BatchSize = DefaultBatchSize
	}
	return c
}

// Validate checks that the settings fit together. Each error is one line
// naming the setting and the fix. An all-empty Config is valid (offline).
func (c Config) Validate() error {
	c = c.WithDefaults()
	model := ""
	switch {
	case c.ChatModel != "":
		model = EnvChatModel
	case c.EmbedModel != "":
		model = EnvEmbedModel
	}
	if c.BaseURL == "" {
		if model != "" {
			return fmt.Errorf("%s is set but %s is empty: set %s to your server, e.g. http://localhost:11434/v1 (Ollama) or https://api.openai.com/v1", model, EnvBaseURL, EnvBaseURL)
		}
		return nil
	}
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%s=%q is not an http(s) URL: write it like http://localhost:11434/v1", EnvBaseURL, c.BaseURL)
	}
	if model == "" {
		return fmt.Errorf("%s is set but %s is empty: set %s to a model your server has (e.g. qwen2.5:7b for Ollama), or unset %s to stay offline", EnvBaseURL, EnvChatModel, EnvChatModel, EnvBaseURL)
	}
	switch {
	case c.Timeout < 0:
		return fmt.Errorf("%s must be positive, e.g. 30s", EnvTimeout)
	case c.Timeout < time.Second:
		return fmt.Errorf("%s=%v is too short for any LLM: use at least 1s, e.g. 30s", EnvTimeout, c.Timeout)
	case c.MaxTokens < 0:
		return errors.New("llm max tokens must be positive, e.g. 800")
	case c.Temperature < 0 || c.Temperature > 2:
		return fmt.Errorf("llm temperature %v is out of range: use 0.01–2, e.g. 0.1", c.Temperature)
	case c.BatchSize < 0:
		return errors.New("embedding batch size must be positive, e.g. 64")
	}
	return nil
}
