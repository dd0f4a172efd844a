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

	"articlebot/bot"
	"articlebot/internal/httpapi"
	"articlebot/internal/logx"
	"articlebot/rag"
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

	// Limits of one request (rag.Limits): the CLI, the bot, HTTP and the
	// engine read these same values.
	MaxQuestionChars int
	MaxAnswerChars   int
	HistoryTurns     int
	HistoryChars     int
	HistoryTTL       time.Duration
	// Feedback and quotas
	FeedbackDir    string
	DailyQuestions int
	DailyTokens    int
	QuotaResetHour int
	Admins         string

	// HTTP
	Listen      string
	HTTPToken   string
	CORSOrigins string

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
	// uses are the commands whose flag set holds the setting; `config`
	// shows them all.
	uses use
}

// use is a set of commands.
type use uint

// The commands, as sets of settings they read.
const (
	useChat use = 1 << iota
	useAsk
	useIndex
	useEval
	useServe
	useHealth
	useFeedback
	useConfig

	// engineCmds open the engine (data, index, log, LLM).
	engineCmds = useChat | useAsk | useIndex | useEval | useServe
	// askCmds ask questions: the request limits apply.
	askCmds = useChat | useAsk | useEval | useServe
	// chatCmds keep conversations.
	chatCmds = useChat | useServe
)

// SettingError is an invalid value of one setting; Env names it.
type SettingError struct {
	Env, Flag, Value string
	// Reason says what a valid value looks like.
	Reason string
}

func (e *SettingError) Error() string {
	return fmt.Sprintf("%s (--%s) = %q: %s", e.Env, e.Flag, e.Value, e.Reason)
}

func defaultIndexDir() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "articlebot")
	}
	return filepath.Join(os.TempDir(), "articlebot-index")
}

func (c *config) settings() []setting {
	d := rag.DefaultLimits()
	return []setting{
		{env: "ARTICLEBOT_DATA", flag: "data", def: "data", help: "directory of the articles (.txt, .md)", str: &c.DataDir, uses: engineCmds},
		{env: "ARTICLEBOT_INDEX_DIR", flag: "index-dir", def: defaultIndexDir(), help: "directory where the index is kept", str: &c.IndexDir, uses: engineCmds},
		{env: "ARTICLEBOT_INDEX_PRIVATE", flag: "index-private", help: "set to 1 to keep the index for its owner only (0700/0600); otherwise other users can read it (0755/0644)", str: &c.IndexPrivate, uses: engineCmds},
		{env: "ARTICLEBOT_LOG_LEVEL", flag: "log-level", def: "info", help: "debug, info, warn or error", str: &c.LogLevel, uses: engineCmds},
		{env: "OPENAI_BASE_URL", flag: "openai-base-url", help: "OpenAI-compatible API, e.g. http://localhost:11434/v1; empty = offline", str: &c.BaseURL, uses: engineCmds},
		{env: "OPENAI_API_KEY", flag: "openai-api-key", help: "API key (local servers need none)", secret: true, str: &c.APIKey, uses: engineCmds},
		{env: "ARTICLEBOT_CHAT_MODEL", flag: "chat-model", help: "chat model for generative answers", str: &c.ChatModel, uses: engineCmds},
		{env: "ARTICLEBOT_EMBED_MODEL", flag: "embed-model", help: "embedding model; empty = offline embedder", str: &c.EmbedModel, uses: engineCmds},
		{env: "ARTICLEBOT_EMBED_BATCH", flag: "embed-batch", def: "64", help: "texts per /v1/embeddings request (some hosted APIs take only 10)", num: &c.EmbedBatch, uses: engineCmds},
		{env: "ARTICLEBOT_LLM_TIMEOUT", flag: "llm-timeout", def: "30s", help: "deadline of one LLM answer", dur: &c.LLMTimeout, uses: engineCmds},
		{env: "TELEGRAM_BOT_TOKEN", flag: "telegram-token", help: "bot token from @BotFather", secret: true, str: &c.Token, uses: useServe},
		{env: "TELEGRAM_API_URL", flag: "telegram-api-url", def: "https://api.telegram.org", help: "Bot API server", str: &c.TelegramAPI, uses: useServe},
		{env: "ARTICLEBOT_WEBHOOK_URL", flag: "webhook-url", help: "public HTTPS URL for webhook mode; empty = long polling", str: &c.WebhookURL, uses: useServe},
		{env: "ARTICLEBOT_WEBHOOK_SECRET", flag: "webhook-secret", help: "secret_token Telegram sends with each webhook call", secret: true, str: &c.WebhookSecret, uses: useServe},
		{env: "ARTICLEBOT_ALLOWED_CHATS", flag: "allowed-chats", help: "comma-separated user and chat ids allowed to use the bot; empty = everyone", str: &c.AllowedChats, uses: useServe},
		{env: "ARTICLEBOT_RATE_PER_MINUTE", flag: "rate-per-minute", def: strconv.Itoa(bot.DefaultRatePerMinute), help: "questions per user per minute", num: &c.RatePerMinute, uses: useServe},
		{env: "ARTICLEBOT_MAX_CONCURRENT_LLM", flag: "max-concurrent-llm", def: "4", help: "LLM answers generated at once", num: &c.MaxLLM, uses: useServe},
		{env: "ARTICLEBOT_MAX_QUESTION_CHARS", flag: "max-question-chars", def: strconv.Itoa(d.QuestionChars), help: "longest question in characters (longer ones get an error); earlier questions are clipped to it", num: &c.MaxQuestionChars, uses: askCmds},
		{env: "ARTICLEBOT_MAX_ANSWER_CHARS", flag: "max-answer-chars", def: strconv.Itoa(d.AnswerChars), help: "each earlier answer is clipped to this many characters as context", num: &c.MaxAnswerChars, uses: chatCmds},
		{env: "ARTICLEBOT_HISTORY_TURNS", flag: "history-turns", def: strconv.Itoa(d.Turns), help: "turns of conversation kept per chat and used per question", num: &c.HistoryTurns, uses: chatCmds},
		{env: "ARTICLEBOT_HISTORY_CHARS", flag: "history-chars", def: strconv.Itoa(d.HistoryChars), help: "characters of conversation (earlier questions and answers) kept per chat and used per question", num: &c.HistoryChars, uses: chatCmds},
		{env: "ARTICLEBOT_HISTORY_TTL", flag: "history-ttl", def: d.HistoryTTL.String(), help: "conversation memory expires after this idle time", dur: &c.HistoryTTL, uses: useServe},
		{env: "ARTICLEBOT_FEEDBACK_DIR", flag: "feedback-dir", def: filepath.Join(defaultIndexDir(), "feedback"), help: "directory of the votes file (votes.jsonl) read by articlebot feedback", str: &c.FeedbackDir, uses: useServe | useFeedback},
		{env: "ARTICLEBOT_DAILY_QUESTIONS", flag: "daily-questions", def: "0", help: "questions per user per day; 0 = no limit", num: &c.DailyQuestions, uses: useServe},
		{env: "ARTICLEBOT_DAILY_TOKENS", flag: "daily-tokens", def: "0", help: "LLM tokens per user per day, then offline answers; 0 = no limit", num: &c.DailyTokens, uses: useServe},
		{env: "ARTICLEBOT_QUOTA_RESET_HOUR", flag: "quota-reset-hour", def: "0", help: "hour (0-23, local time) when the daily quotas start again", num: &c.QuotaResetHour, uses: useServe},
		{env: "ARTICLEBOT_ADMINS", flag: "admins", help: "comma-separated user ids exempt from quotas, who see totals in /usage", str: &c.Admins, uses: useServe},
		{env: "ARTICLEBOT_LISTEN", flag: "listen", def: "127.0.0.1:8080", help: "HTTP address for health, metrics, /v1/ask and the webhook", str: &c.Listen, uses: useServe | useHealth},
		{env: "ARTICLEBOT_HTTP_TOKEN", flag: "http-token", help: "bearer token for /v1/ask; required when listening beyond loopback", secret: true, str: &c.HTTPToken, uses: useServe},
		{env: "ARTICLEBOT_CORS_ORIGINS", flag: "cors-origins", help: "comma-separated web origins allowed to call /v1/ask from a browser, e.g. https://app.example.com; empty = none", str: &c.CORSOrigins, uses: useServe},
		{env: "ARTICLEBOT_REDIS_URL", flag: "redis-url", help: "redis:// or rediss:// URL (password, db) of the state shared by several replicas; empty = in-process state", secret: true, str: &c.RedisURL, uses: useServe},
	}
}

// loadConfig reads the settings that command u uses from the environment,
// then parses args with fs (which may carry command-specific flags too).
// Flags win over the environment. Settings the command does not use keep
// their defaults, and their variables are not read: a bad value of an
// unrelated variable does not stop a command.
func loadConfig(fs *flag.FlagSet, u use, args []string, getenv func(string) string) (*config, error) {
	c := &config{set: map[string]bool{}}
	ss := c.settings()
	byFlag := map[string]setting{}
	for _, s := range ss {
		mine := u == useConfig || s.uses&u != 0
		v := s.def
		if e := getenv(s.env); e != "" && mine {
			v = e
			c.set[s.env] = true
		}
		if err := s.setValue(v); err != nil {
			return nil, err
		}
		if !mine {
			continue
		}
		byFlag[s.flag] = s
		usage := fmt.Sprintf("%s (env %s)", s.help, s.env)
		switch {
		case s.str != nil:
			fs.StringVar(s.str, s.flag, *s.str, usage)
		case s.dur != nil:
			fs.DurationVar(s.dur, s.flag, *s.dur, usage)
		case s.num != nil:
			fs.IntVar(s.num, s.flag, *s.num, usage)
		}
	}
	if err := parseInterleaved(fs, args); err != nil {
		return nil, err
	}
	fs.Visit(func(f *flag.Flag) {
		if s, ok := byFlag[f.Name]; ok {
			c.set[s.env] = true
		}
	})
	if c.BaseURL == "" && c.APIKey != "" && c.ChatModel != "" {
		c.BaseURL = "https://api.openai.com/v1" // a key and a model: OpenAI itself
	}
	return c, nil
}

// setValue parses v into the setting; the error names the setting.
func (s setting) setValue(v string) error {
	switch {
	case s.str != nil:
		*s.str = v
	case s.dur != nil:
		d, err := time.ParseDuration(v)
		if err != nil {
			return s.invalid(v, "not a duration: write it like 30s or 2m")
		}
		*s.dur = d
	case s.num != nil:
		n, err := strconv.Atoi(v)
		if err != nil {
			return s.invalid(v, "not a whole number")
		}
		*s.num = n
	}
	return nil
}

func (s setting) invalid(v, reason string) error {
	return &SettingError{Env: s.env, Flag: s.flag, Value: v, Reason: reason}
}

// limits are the request limits of the configuration.
func (c *config) limits() rag.Limits {
	return rag.Limits{
		QuestionChars: c.MaxQuestionChars, AnswerChars: c.MaxAnswerChars,
		Turns: c.HistoryTurns, HistoryChars: c.HistoryChars, HistoryTTL: c.HistoryTTL,
	}
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

// llmEnabled reports whether an LLM is configured.
func (c *config) llmEnabled() bool { return c.BaseURL != "" }

// validate checks the values loaded; each error is a *SettingError naming
// the setting.
func (c *config) validate() error {
	bad := func(env, v, reason string) error {
		for _, s := range c.settings() {
			if s.env == env {
				return s.invalid(v, reason)
			}
		}
		return &SettingError{Env: env, Value: v, Reason: reason}
	}
	if _, err := logx.ParseLevel(c.LogLevel); err != nil {
		return bad("ARTICLEBOT_LOG_LEVEL", c.LogLevel, "use debug, info, warn or error")
	}
	if c.BaseURL == "" && (c.ChatModel != "" || c.EmbedModel != "") {
		return errors.New("ARTICLEBOT_CHAT_MODEL or ARTICLEBOT_EMBED_MODEL is set but OPENAI_BASE_URL is not: set OPENAI_BASE_URL (e.g. http://localhost:11434/v1) or unset the models")
	}
	if c.BaseURL != "" && c.ChatModel == "" {
		return errors.New("OPENAI_BASE_URL is set but ARTICLEBOT_CHAT_MODEL is not: name the chat model (e.g. qwen2.5:7b)")
	}
	if c.BaseURL != "" && !strings.HasPrefix(c.BaseURL, "http://") && !strings.HasPrefix(c.BaseURL, "https://") {
		return bad("OPENAI_BASE_URL", c.BaseURL, "must start with http:// or https://")
	}
	if c.WebhookURL != "" && !strings.HasPrefix(c.WebhookURL, "https://") && !strings.HasPrefix(c.WebhookURL, "http://") {
		return bad("ARTICLEBOT_WEBHOOK_URL", c.WebhookURL, "must be a full URL like https://bot.example.com/telegram")
	}
	for _, n := range []struct {
		env string
		v   int
	}{
		{"ARTICLEBOT_EMBED_BATCH", c.EmbedBatch},
		{"ARTICLEBOT_RATE_PER_MINUTE", c.RatePerMinute},
		{"ARTICLEBOT_MAX_CONCURRENT_LLM", c.MaxLLM},
		{"ARTICLEBOT_MAX_QUESTION_CHARS", c.MaxQuestionChars},
		{"ARTICLEBOT_MAX_ANSWER_CHARS", c.MaxAnswerChars},
		{"ARTICLEBOT_HISTORY_TURNS", c.HistoryTurns},
		{"ARTICLEBOT_HISTORY_CHARS", c.HistoryChars},
	} {
		if n.v <= 0 {
			return bad(n.env, strconv.Itoa(n.v), "must be a positive whole number")
		}
	}
	for _, d := range []struct {
		env string
		v   time.Duration
	}{
		{"ARTICLEBOT_LLM_TIMEOUT", c.LLMTimeout},
		{"ARTICLEBOT_HISTORY_TTL", c.HistoryTTL},
	} {
		if d.v <= 0 {
			return bad(d.env, d.v.String(), "must be positive, e.g. 30s or 30m")
		}
	}
	for _, t := range []struct{ env, v string }{
		{"ARTICLEBOT_HTTP_TOKEN", c.HTTPToken},
		{"ARTICLEBOT_WEBHOOK_SECRET", c.WebhookSecret},
	} {
		if t.v != "" && !isTokenText(t.v) {
			// Compared exactly as configured: a space or control character
			// could never arrive intact in an HTTP header.
			return bad(t.env, logx.Mask, "has spaces or control characters; it is compared exactly as configured, so use printable characters only (e.g. openssl rand -hex 32)")
		}
	}
	if _, err := httpapi.ParseOrigins(c.CORSOrigins); err != nil {
		return bad("ARTICLEBOT_CORS_ORIGINS", c.CORSOrigins, err.Error())
	}
	return c.limits().Validate()
}

// isTokenText reports whether s is printable ASCII without spaces, which an
// HTTP header carries unchanged.
func isTokenText(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] >= 0x7f {
			return false
		}
	}
	return true
}
