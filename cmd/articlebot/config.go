package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// config is every setting of articlebot. Each comes from an environment
// variable and can be overridden by a flag of the same meaning: flags win.
type config struct {
	DataDir  string
	IndexDir string
	// IndexPrivate, when set (not "", "0" or "false"), keeps the index for
	// its owner only.
	IndexPrivate string
	LogLevel     string

	// LLM
	BaseURL    string
	APIKey     string
	ChatModel  string
	EmbedModel string
	LLMTimeout time.Duration
	EmbedBatch int

	// Telegram
	Token         string
	TelegramAPI   string
	WebhookURL    string
	WebhookSecret string
	AllowedChats  string
	RatePerMinute int
	MaxLLM        int
	HistoryTurns  int
	HistoryChars  int
	HistoryTTL    time.Duration
	// Feedback and quotas
	FeedbackDir    string
	DailyQuestions int
	DailyTokens    int
	QuotaResetHour int
	Admins         string

	// HTTP
	Listen    string
	HTTPToken string

	// Shared state of several replicas (empty: in-process state)
	RedisURL string

	// set holds the variables given explicitly, by environment or flag.
	set map[string]bool
}

// explicit reports whether the setting of env was given rather than
// defaulted.
func (c *config) explicit(env string) bool { return c.set[env] }

// setting describes one configuration value for flags, env and `config`.
type setting struct {
	env, flag, def, help string
	secret               bool
	str                  *string
	dur                  *time.Duration
	num                  *int
}

func defaultIndexDir() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "articlebot")
	}
	return filepath.Join(os.TempDir(), "articlebot-index")
}

func (c *config) settings() []setting {
	return []setting{
		{env: "ARTICLEBOT_DATA", flag: "data", def: "data", help: "directory of the articles (.txt, .md)", str: &c.DataDir},
		{env: "ARTICLEBOT_INDEX_DIR", flag: "index-dir", def: defaultIndexDir(), help: "directory where the index is kept", str: &c.IndexDir},
		{env: "ARTICLEBOT_INDEX_PRIVATE", flag: "index-private", help: "set to 1 to keep the index for its owner only (0700/0600); otherwise other users can read it (0755/0644)", str: &c.IndexPrivate},
		{env: "ARTICLEBOT_LOG_LEVEL", flag: "log-level", def: "info", help: "debug, info, warn or error", str: &c.LogLevel},
		{env: "OPENAI_BASE_URL", flag: "openai-base-url", help: "OpenAI-compatible API, e.g. http://localhost:11434/v1; empty = offline", str: &c.BaseURL},
		{env: "OPENAI_API_KEY", flag: "openai-api-key", help: "API key (local servers need none)", secret: true, str: &c.APIKey},
		{env: "ARTICLEBOT_CHAT_MODEL", flag: "chat-model", help: "chat model for generative answers", str: &c.ChatModel},
		{env: "ARTICLEBOT_EMBED_MODEL", flag: "embed-model", help: "embedding model; empty = offline embedder", str: &c.EmbedModel},
		{env: "ARTICLEBOT_EMBED_BATCH", flag: "embed-batch", def: "64", help: "texts per /v1/embeddings request (some hosted APIs take only 10)", num: &c.EmbedBatch},
		{env: "ARTICLEBOT_LLM_TIMEOUT", flag: "llm-timeout", def: "30s", help: "deadline of one LLM answer", dur: &c.LLMTimeout},
		{env: "TELEGRAM_BOT_TOKEN", flag: "telegram-token", help: "bot token from @BotFather", secret: true, str: &c.Token},
		{env: "TELEGRAM_API_URL", flag: "telegram-api-url", def: "https://api.telegram.org", help: "Bot API server", str: &c.TelegramAPI},
		{env: "ARTICLEBOT_WEBHOOK_URL", flag: "webhook-url", help: "public HTTPS URL for webhook mode; empty = long polling", str: &c.WebhookURL},
		{env: "ARTICLEBOT_WEBHOOK_SECRET", flag: "webhook-secret", help: "secret_token Telegram sends with each webhook call", secret: true, str: &c.WebhookSecret},
		{env: "ARTICLEBOT_ALLOWED_CHATS", flag: "allowed-chats", help: "comma-separated user and chat ids allowed to use the bot; empty = everyone", str: &c.AllowedChats},
		{env: "ARTICLEBOT_RATE_PER_MINUTE", flag: "rate-per-minute", def: "20", help: "questions per user per minute", num: &c.RatePerMinute},
		{env: "ARTICLEBOT_MAX_CONCURRENT_LLM", flag: "max-concurrent-llm", def: "4", help: "LLM answers generated at once", num: &c.MaxLLM},
		{env: "ARTICLEBOT_HISTORY_TURNS", flag: "history-turns", def: "6", help: "turns of conversation kept per chat", num: &c.HistoryTurns},
		{env: "ARTICLEBOT_HISTORY_CHARS", flag: "history-chars", def: "6000", help: "characters of conversation kept per chat", num: &c.HistoryChars},
		{env: "ARTICLEBOT_HISTORY_TTL", flag: "history-ttl", def: "30m", help: "conversation memory expires after this idle time", dur: &c.HistoryTTL},
		{env: "ARTICLEBOT_FEEDBACK_DIR", flag: "feedback-dir", def: filepath.Join(defaultIndexDir(), "feedback"), help: "directory of the votes file (votes.jsonl) read by articlebot feedback", str: &c.FeedbackDir},
		{env: "ARTICLEBOT_DAILY_QUESTIONS", flag: "daily-questions", def: "0", help: "questions per user per day; 0 = no limit", num: &c.DailyQuestions},
		{env: "ARTICLEBOT_DAILY_TOKENS", flag: "daily-tokens", def: "0", help: "LLM tokens per user per day, then offline answers; 0 = no limit", num: &c.DailyTokens},
		{env: "ARTICLEBOT_QUOTA_RESET_HOUR", flag: "quota-reset-hour", def: "0", help: "hour (0-23, local time) when the daily quotas start again", num: &c.QuotaResetHour},
		{env: "ARTICLEBOT_ADMINS", flag: "admins", help: "comma-separated user ids exempt from quotas, who see totals in /usage", str: &c.Admins},
		{env: "ARTICLEBOT_LISTEN", flag: "listen", def: "127.0.0.1:8080", help: "HTTP address for health, metrics, /v1/ask and the webhook", str: &c.Listen},
		{env: "ARTICLEBOT_HTTP_TOKEN", flag: "http-token", help: "bearer token for /v1/ask; required when listening beyond loopback", secret: true, str: &c.HTTPToken},
		{env: "ARTICLEBOT_REDIS_URL", flag: "redis-url", help: "redis:// or rediss:// URL (password, db) of the state shared by several replicas; empty = in-process state", secret: true, str: &c.RedisURL},
	}
}

// loadConfig reads the environment, then parses args with fs (which may
// carry command-specific flags too). Flags win over the environment.
func loadConfig(fs *flag.FlagSet, args []string, getenv func(string) string) (*config, error) {
	c := &config{set: map[string]bool{}}
	ss := c.settings()
	byFlag := map[string]string{}
	for _, s := range ss {
		byFlag[s.flag] = s.env
		v := s.def
		if e := getenv(s.env); e != "" {
			v = e
			c.set[s.env] = true
		}
		usage := fmt.Sprintf("%s (env %s)", s.help, s.env)
		switch {
		case s.str != nil:
			*s.str = v
			fs.StringVar(s.str, s.flag, v, usage)
		case s.dur != nil:
			d, err := time.ParseDuration(v)
			if err != nil {
				return nil, fmt.Errorf("%s=%q is not a duration: write it like 30s or 2m", s.env, v)
			}
			*s.dur = d
			fs.DurationVar(s.dur, s.flag, d, usage)
		case s.num != nil:
			n, err := strconv.Atoi(v)
			if err != nil {
				return nil, fmt.Errorf("%s=%q is not a whole number", s.env, v)
			}
			*s.num = n
			fs.IntVar(s.num, s.flag, n, usage)
		}
	}
	if err := parseInterleaved(fs, args); err != nil {
		return nil, err
	}
	fs.Visit(func(f *flag.Flag) {
		if env, ok := byFlag[f.Name]; ok {
			c.set[env] = true
		}
	})
	if c.BaseURL == "" && c.APIKey != "" && c.ChatModel != "" {
		c.BaseURL = "https://api.openai.com/v1" // a key and a model: OpenAI itself
	}
	return c, nil
}

// print writes the effective configuration with secrets masked.
func (c *config) print(w io.Writer) {
	for _, s := range c.settings() {
		var v string
		switch {
		case s.str != nil:
			v = *s.str
		case s.dur != nil:
			v = s.dur.String()
		case s.num != nil:
			v = strconv.Itoa(*s.num)
		}
		if s.secret && v != "" {
			v = "***"
		}
		fmt.Fprintf(w, "%-30s %s\n", s.env, v)
	}
}

// secrets are the values scrubbed from every log line and message.
func (c *config) secrets() []string {
	return []string{c.Token, c.APIKey, c.HTTPToken, c.WebhookSecret, c.RedisURL, redisPassword(c.RedisURL)}
}

// validateLLM checks the LLM settings are consistent.
func (c *config) llmEnabled() bool { return c.BaseURL != "" }

func (c *config) validate() error {
	if c.BaseURL == "" && (c.ChatModel != "" || c.EmbedModel != "") {
		return errors.New("ARTICLEBOT_CHAT_MODEL or ARTICLEBOT_EMBED_MODEL is set but OPENAI_BASE_URL is not: set OPENAI_BASE_URL (e.g. http://localhost:11434/v1) or unset the models")
	}
	if c.BaseURL != "" && c.ChatModel == "" {
		return errors.New("OPENAI_BASE_URL is set but ARTICLEBOT_CHAT_MODEL is not: name the chat model (e.g. qwen2.5:7b)")
	}
	if c.BaseURL != "" && !strings.HasPrefix(c.BaseURL, "http://") && !strings.HasPrefix(c.BaseURL, "https://") {
		return fmt.Errorf("OPENAI_BASE_URL=%q must start with http:// or https://", c.BaseURL)
	}
	if c.WebhookURL != "" && !strings.HasPrefix(c.WebhookURL, "https://") && !strings.HasPrefix(c.WebhookURL, "http://") {
		return fmt.Errorf("ARTICLEBOT_WEBHOOK_URL=%q must be a full URL like https://bot.example.com/telegram", c.WebhookURL)
	}
	if c.EmbedBatch <= 0 {
		return errors.New("ARTICLEBOT_EMBED_BATCH must be a positive number of texts, e.g. 64")
	}
	if c.LLMTimeout <= 0 {
		return errors.New("ARTICLEBOT_LLM_TIMEOUT must be positive, e.g. 30s")
	}
	return nil
}
