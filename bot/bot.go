// Package bot is the Telegram adapter of articlebot: it receives updates
// (long polling or webhook), decides which messages are questions for it,
// asks a rag.Asker, and renders the answer with its sources in Telegram HTML,
// within Telegram's limits.
//
// Flow: update → dispatch (dedup, per-chat queue) → handler (access, rate
// limit, command) → answer (typing, streaming, memory) → render → send
// (outbound limiter, 429/403/parse-error handling).
package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"articlebot/prompts/texts"
	"articlebot/rag"
)

// Config configures the bot. Zero values get the defaults noted per field.
type Config struct {
	Token         string  // TELEGRAM_BOT_TOKEN (required)
	APIURL        string  // TELEGRAM_API_URL, default "https://api.telegram.org"
	WebhookURL    string  // ARTICLEBOT_WEBHOOK_URL; when set, webhook mode (its URL path is the path to serve)
	WebhookSecret string  // ARTICLEBOT_WEBHOOK_SECRET; 1–256 of A-Za-z0-9_-; random when empty
	AllowedChats  []int64 // ARTICLEBOT_ALLOWED_CHATS (user and chat ids); empty = everyone
	RatePerMinute int     // questions per user per minute, default 20
	// MaxConcurrentLLM caps answers running against the LLM at once, default 4.
	MaxConcurrentLLM int
	HistoryTurns     int           // turns remembered per chat, default rag.DefaultTurns
	HistoryChars     int           // characters remembered per chat, default rag.DefaultHistoryChars
	HistoryTTL       time.Duration // a conversation is forgotten this long after its last turn, default rag.DefaultHistoryTTL
	ShutdownTimeout  time.Duration // bound on finishing in-flight answers at shutdown, default 8s (docker stop waits 10s)
	LLM              bool          // true when an LLM is configured (answers are streamed)

	// Optional knobs; defaults in parentheses.
	PollTimeout      time.Duration // long-poll timeout (50s)
	AnswerTimeout    time.Duration // bound on one answer (2m)
	MaxQuestionChars int           // longer questions are trimmed, with a note (rag.DefaultQuestionChars runes)
	TypingInterval   time.Duration // typing action refresh (4s)
	EditInterval     time.Duration // min spacing of streaming edits in groups (1.5s)
	DraftInterval    time.Duration // min spacing of sendMessageDraft in private chats (1s)
	InlineCacheTime  int           // answerInlineQuery cache_time in seconds (10)
	// FeedbackDir (ARTICLEBOT_FEEDBACK_DIR) holds the votes file
	// (votes.jsonl); "" keeps votes in the metrics and the log only.
	FeedbackDir      string
	FeedbackMaxBytes int64 // the votes file rotates past this size (10 MiB)
	// Daily quotas per user (0: none): ARTICLEBOT_DAILY_QUESTIONS, and
	// ARTICLEBOT_DAILY_TOKENS of LLM tokens, past which answers are offline.
	// Days start at QuotaResetHour (0–23, local time). Admins
	// (ARTICLEBOT_ADMINS, user ids) are exempt and see totals in /usage.
	DailyQuestions int
	DailyTokens    int64
	QuotaResetHour int
	Admins         []int64
	Limits         Limits // outbound limits (Telegram's)

	// State stores; in-memory when nil. A shared store (Redis) can replace them.
	Memory   Memory
	Deduper  Deduper
	Limiter  RateLimiter
	Quota    QuotaStore
	Feedback FeedbackStore
	// Elector, in polling mode, lets one replica poll at a time (Redis
	// lease); nil polls always.
	Elector Elector
	// Journal makes the answers of a replica that dies given by another
	// (Redis); nil: none.
	Journal Journal
}

const defaultAPIURL = "https://api.telegram.org"

var secretRe = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)

func (c *Config) setDefaults() {
	if c.APIURL == "" {
		c.APIURL = defaultAPIURL
	}
	c.APIURL = strings.TrimRight(c.APIURL, "/")
	if c.RatePerMinute <= 0 {
		c.RatePerMinute = DefaultRatePerMinute
	}
	if c.MaxConcurrentLLM <= 0 {
		c.MaxConcurrentLLM = 4
	}
	l := rag.Limits{Turns: c.HistoryTurns, HistoryChars: c.HistoryChars, HistoryTTL: c.HistoryTTL, QuestionChars: c.MaxQuestionChars}.WithDefaults()
	c.HistoryTurns, c.HistoryChars, c.HistoryTTL, c.MaxQuestionChars = l.Turns, l.HistoryChars, l.HistoryTTL, l.QuestionChars
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = 8 * time.Second
	}
	if c.PollTimeout <= 0 {
		c.PollTimeout = 50 * time.Second
	}
	if c.AnswerTimeout <= 0 {
		c.AnswerTimeout = 2 * time.Minute
	}
	if c.TypingInterval <= 0 {
		c.TypingInterval = 4 * time.Second
	}
	if c.EditInterval <= 0 {
		c.EditInterval = 1500 * time.Millisecond
	}
	if c.DraftInterval <= 0 {
		c.DraftInterval = time.Second
	}
	if c.InlineCacheTime <= 0 {
		c.InlineCacheTime = 10
	}
}

// Bot is the Telegram bot. Create it with New, run it with Run.
type Bot struct {
	cfg   Config
	asker rag.Asker
	docs  []rag.DocInfo
	links map[string]string // article name → URL, for citation links
	log   *slog.Logger
	scrub scrubber

	tg      *tgbot.Bot
	client  *http.Client
	apiBase string // cfg.APIURL + "/bot" + token; never printed
	secret  string
	path    string

	meMu  sync.RWMutex
	me    identity
	ready chan struct{}

	allowed map[int64]bool
	admins  map[int64]bool
	now     func() time.Time
	mem     Memory
	dedup   Deduper
	rl      RateLimiter
	quota   QuotaStore
	fb      FeedbackStore
	out     *outbound
	sent    sentLog
	votes   *votesFile // nil without FeedbackDir
	llmSem  chan struct{}

	// Processing outlives Run's context: answers in flight finish after it
	// ends, bounded by ShutdownTimeout.
	procCtx    context.Context
	procCancel context.CancelFunc

	mu       sync.Mutex // guards stopping, queues, pending, inflight.Add
	stopping bool
	queues   map[queueKey]*chatQueue
	pending  map[int64]int // update ids being processed
	inflight sync.WaitGroup

	noteMu     sync.Mutex
	refused    map[int64]bool      // chats already told they are not allowed
	rlNotified map[int64]time.Time // users told about the rate limit, until

	draftSeq atomic.Int64

	// traceDone, when set (tests, benchmark), is called after each answered question.
	traceDone func(*conv)
}

// New checks the configuration and builds the bot. It does not call
// Telegram; Run does.
func New(cfg Config, asker rag.Asker, docs []rag.DocInfo, log *slog.Logger) (*Bot, error) {
	if strings.TrimSpace(cfg.Token) == "" {
		return nil, errors.New("bot: TELEGRAM_BOT_TOKEN is empty")
	}
	if asker == nil {
		return nil, errors.New("bot: nil asker")
	}
	cfg.setDefaults()
	if _, err := url.Parse(cfg.APIURL); err != nil {
		return nil, fmt.Errorf("bot: TELEGRAM_API_URL: %w", err)
	}
	if log == nil {
		log = slog.Default()
	}
	sc := scrubber{token: cfg.Token}
	b := &Bot{
		cfg:        cfg,
		asker:      asker,
		docs:       docs,
		scrub:      sc,
		log:        slog.New(&scrubHandler{next: log.Handler(), scrub: sc}).With("component", "bot"),
		ready:      make(chan struct{}),
		allowed:    map[int64]bool{},
		admins:     map[int64]bool{},
		now:        time.Now,
		mem:        cfg.Memory,
		dedup:      cfg.Deduper,
		rl:         cfg.Limiter,
		quota:      cfg.Quota,
		fb:         cfg.Feedback,
		out:        newOutbound(cfg.Limits),
		llmSem:     make(chan struct{}, cfg.MaxConcurrentLLM),
		queues:     map[queueKey]*chatQueue{},
		pending:    map[int64]int{},
		refused:    map[int64]bool{},
		rlNotified: map[int64]time.Time{},
		apiBase:    cfg.APIURL + "/bot" + cfg.Token,
	}
	for _, id := range cfg.AllowedChats {
		b.allowed[id] = true
	}
	b.links = map[string]string{}
	for _, d := range docs {
		if l := linkBase(d.URL); l != "" {
			b.links[d.Name] = l
		}
	}
	for _, id := range cfg.Admins {
		b.admins[id] = true
	}
	if cfg.QuotaResetHour < 0 || cfg.QuotaResetHour > 23 {
		return nil, errors.New("bot: ARTICLEBOT_QUOTA_RESET_HOUR must be 0-23")
	}
	if b.mem == nil {
		b.mem = NewMemory(cfg.HistoryTurns, cfg.HistoryChars, cfg.HistoryTTL)
	}
	if b.dedup == nil {
		b.dedup = NewDeduper(0)
	}
	if b.rl == nil {
		b.rl = NewRateLimiter(cfg.RatePerMinute)
	}
	if b.quota == nil {
		b.quota = NewQuotaStore()
	}
	if b.fb == nil {
		b.fb = NewFeedbackStore(0)
	}

	if cfg.FeedbackDir != "" {
		v, err := openVotesFile(cfg.FeedbackDir, cfg.FeedbackMaxBytes)
		if err != nil {
			return nil, fmt.Errorf("bot: ARTICLEBOT_FEEDBACK_DIR: %w", err)
		}
		b.votes = v
	}

	if cfg.WebhookURL != "" {
		u, err := url.Parse(cfg.WebhookURL)
		if err != nil || u.Scheme == "" || u.Host == "" {
			return nil, fmt.Errorf("bot: ARTICLEBOT_WEBHOOK_URL %q is not an absolute URL", cfg.WebhookURL)
		}
		b.path = u.EscapedPath()
		if b.path == "" {
			b.path = "/"
		}
	}
	b.secret = cfg.WebhookSecret
	if b.secret == "" {
		var r [24]byte
		_, _ = rand.Read(r[:])
		b.secret = hex.EncodeToString(r[:])
	} else if !secretRe.MatchString(b.secret) {
		return nil, errors.New("bot: ARTICLEBOT_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ -")
	}

	// All calls go to one host: keep enough idle connections for the
	// concurrent chats (the default of 2 per host makes every burst dial).
	base := http.DefaultTransport.(*http.Transport).Clone()
	base.MaxIdleConns = 128
	base.MaxIdleConnsPerHost = 128
	b.client = &http.Client{
		Timeout:   cfg.PollTimeout + 15*time.Second,
		Transport: &transport{next: base, scrub: sc},
	}
	tg, err := tgbot.New(cfg.Token,
		tgbot.WithSkipGetMe(),
		tgbot.WithServerURL(cfg.APIURL),
		tgbot.WithHTTPClient(cfg.PollTimeout, b.client),
		tgbot.WithErrorsHandler(func(err error) { b.log.Warn("telegram client", "err", sc.Err(err)) }),
		tgbot.WithDefaultHandler(func(context.Context, *tgbot.Bot, *models.Update) {}),
	)
	if err != nil {
		return nil, fmt.Errorf("bot: %w", sc.Err(err))
	}
	b.tg = tg
	b.procCtx, b.procCancel = context.WithCancel(context.Background())
	return b, nil
}

// WebhookPath is the URL path of ARTICLEBOT_WEBHOOK_URL, where the
// WebhookHandler must be mounted ("" when not in webhook mode).
func (b *Bot) WebhookPath() string { return b.path }

func (b *Bot) identity() identity {
	b.meMu.RLock()
	defer b.meMu.RUnlock()
	return b.me
}

// Run starts the bot and blocks until ctx is cancelled. It learns its name
// (getMe), registers its commands, then long-polls, or in webhook mode
// registers the webhook and serves updates given to WebhookHandler. When ctx
// ends it stops taking updates, finishes the answers in flight (bounded by
// ShutdownTimeout) and returns nil. Errors are returned only for a bad token
// or a webhook that cannot be registered.
func (b *Bot) Run(ctx context.Context) error {
	defer b.procCancel()
	if b.votes != nil {
		defer b.votes.Close()
	}
	if err := b.getMe(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	close(b.ready)
	go b.setCommands(b.procCtx)
	go b.setDescriptions(b.procCtx)

	var offset int64
	release := func() {}
	if b.cfg.WebhookURL != "" {
		if err := b.setWebhook(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		b.log.Info("webhook mode", "path", b.path)
		<-ctx.Done()
	} else {
		b.log.Info("polling", "api", b.cfg.APIURL)
		offset, release = b.pollElected(ctx)
	}
	b.drain()
	if b.cfg.WebhookURL == "" {
		b.commitOffset(offset)
	}
	release()
	return nil
}

// getMe learns the bot's id and username, retrying until Telegram answers.
func (b *Bot) getMe(ctx context.Context) error {
	wait := 500 * time.Millisecond
	for {
		cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		u, err := b.tg.GetMe(cctx)
		cancel()
		if err == nil {
			b.meMu.Lock()
			b.me = identity{ID: u.ID, Username: u.Username}
			b.meMu.Unlock()
			b.log.Info("telegram bot", "username", u.Username, "id", u.ID)
			return nil
		}
		err = b.scrub.Err(err)
		if errors.Is(err, tgbot.ErrorUnauthorized) || errors.Is(err, tgbot.ErrorNotFound) {
			return fmt.Errorf("bot: getMe: the token was rejected: %w", err)
		}
		b.log.Warn("getMe failed, retrying", "err", err, "in", wait)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 30*time.Second)
	}
}

// setCommands registers the command menu in English (default) and Chinese.
func (b *Bot) setCommands(ctx context.Context) {
	for _, lc := range []string{"", "en", "zh"} {
		t := texts.For(lc) // "" is the default menu: English
		var cmds []models.BotCommand
		for _, c := range t.Commands {
			cmds = append(cmds, models.BotCommand{Command: c.Name, Description: c.Description})
		}
		cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		_, err := b.tg.SetMyCommands(cctx, &tgbot.SetMyCommandsParams{Commands: cmds, LanguageCode: lc})
		cancel()
		if err != nil {
			b.log.Warn("setMyCommands", "lang", lc, "err", b.scrub.Err(err))
		}
	}
}

// allowedUpdates are the update kinds the bot handles.
var allowedUpdates = []string{
	models.AllowedUpdateMessage, models.AllowedUpdateEditedMessage,
	models.AllowedUpdateInlineQuery, models.AllowedUpdateCallbackQuery,
	models.AllowedUpdateMyChatMember,
}

// drain stops taking updates and waits for work in flight, at most
// ShutdownTimeout. It reports whether it timed out.
func (b *Bot) drain() bool {
	b.mu.Lock()
	b.stopping = true
	b.mu.Unlock()
	done := make(chan struct{})
	go func() { b.inflight.Wait(); close(done) }()
	select {
	case <-done:
		b.log.Info("stopped: all answers delivered")
		return false
	case <-time.After(b.cfg.ShutdownTimeout):
	}
	b.mu.Lock()
	ids := make([]int64, 0, len(b.pending))
	for id := range b.pending {
		ids = append(ids, id)
	}
	b.mu.Unlock()
	// Telegram considers these delivered: they are lost, so say which.
	b.log.Warn("shutdown timeout: cancelling answers in flight; these updates are not answered",
		"timeout", b.cfg.ShutdownTimeout, "updates", ids)
	b.procCancel()
	select {
	case <-done:
	case <-time.After(time.Second):
	}
	return true
}
