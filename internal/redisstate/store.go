// Package redisstate keeps the Telegram bot's shared state in Redis so that
// several replicas of `articlebot serve` behave as one bot: conversation
// memory, update dedup, per-user rate limits, and the lease that lets one
// replica poll.
//
// Every key is namespaced by the bot id ("ab:<bot>:...") and carries a TTL.
// Every call has a short deadline. When Redis is unreachable or slow, each
// type answers from its local (in-process) fallback instead, a warning is
// logged at most once a minute, articlebot_redis_errors_total counts the
// failures, and Status reports it; once Redis answers again the replicas go
// back to it. The bot keeps answering through a Redis outage: an answer
// matters more than dedup.
package redisstate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"articlebot/bot"
	"articlebot/internal/metrics"
)

// ErrURL is returned by Open for an ARTICLEBOT_REDIS_URL it cannot use.
var ErrURL = errors.New("ARTICLEBOT_REDIS_URL")

// Defaults of Options.
const (
	DefaultTimeout   = 250 * time.Millisecond
	DefaultWarnEvery = time.Minute
	// DefaultRetry is how long a replica answers from local state after a
	// failed call before it tries Redis again.
	DefaultRetry = time.Second
)

// Options configure Open.
type Options struct {
	// URL is ARTICLEBOT_REDIS_URL: redis://[user:password@]host:port[/db]
	// or rediss:// for TLS.
	URL string
	// BotID namespaces the keys ("ab:<BotID>:"), so that several bots can
	// share one Redis.
	BotID string
	// Timeout bounds every Redis call (default 250 ms).
	Timeout time.Duration
	// Retry is how long local state is used after a failure before Redis is
	// tried again (default 1 s).
	Retry time.Duration
	// WarnEvery spaces the "Redis unavailable" warnings (default 1 minute).
	WarnEvery time.Duration
	Log       *slog.Logger
}

// Store is a Redis connection pool plus the health state shared by the
// types built on it.
type Store struct {
	rdb     *redis.Client
	ns      string
	timeout time.Duration
	retry   time.Duration
	every   time.Duration
	log     *slog.Logger
	now     func() time.Time

	mu        sync.Mutex
	down      bool
	downSince time.Time
	retryAt   time.Time
	lastErr   error
	lastWarn  time.Time
	failed    int // failures since the last warning
}

// Open parses the URL and makes the pool. It does not dial: a Redis that is
// down at start only means local state until it answers (see Ping).
func Open(o Options) (*Store, error) {
	if !strings.HasPrefix(o.URL, "redis://") && !strings.HasPrefix(o.URL, "rediss://") {
		return nil, fmt.Errorf("%w must start with redis:// or rediss://, e.g. redis://:password@redis:6379/0", ErrURL)
	}
	ro, err := redis.ParseURL(o.URL)
	if err != nil {
		// The parser's message may quote the URL, password included.
		return nil, fmt.Errorf("%w is not a valid Redis URL (redis://[user:password@]host:port[/db])", ErrURL)
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Retry <= 0 {
		o.Retry = DefaultRetry
	}
	if o.WarnEvery <= 0 {
		o.WarnEvery = DefaultWarnEvery
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
	if o.BotID == "" {
		o.BotID = "0"
	}
	// The per-call context is the deadline; the pool must not add waits of
	// its own beyond it, nor retry a failed command into a second deadline.
	ro.DialTimeout = o.Timeout
	ro.ReadTimeout = o.Timeout
	ro.WriteTimeout = o.Timeout
	ro.PoolTimeout = o.Timeout
	ro.MaxRetries = -1
	ro.DialerRetries = 1
	ro.ContextTimeoutEnabled = true
	ro.DisableIdentity = true // no CLIENT SETINFO round trip on every new connection
	logOnce.Do(func() { redis.SetLogger(debugLogger{o.Log}) })
	return &Store{
		rdb:     redis.NewClient(ro),
		ns:      "ab:" + o.BotID + ":",
		timeout: o.Timeout,
		retry:   o.Retry,
		every:   o.WarnEvery,
		log:     o.Log.With("component", "redis"),
		now:     time.Now,
	}, nil
}

// logOnce routes go-redis's own log lines (one per failed dial, on stderr
// by default) to the first store's logger at debug level: the store's
// warnings once a minute say the same.
var logOnce sync.Once

type debugLogger struct{ log *slog.Logger }

func (d debugLogger) Printf(ctx context.Context, format string, v ...any) {
	d.log.Debug("go-redis: " + fmt.Sprintf(format, v...))
}

// Key is the namespaced key for the parts.
func (s *Store) Key(parts ...string) string { return s.ns + strings.Join(parts, ":") }

// Close closes the pool.
func (s *Store) Close() error { return s.rdb.Close() }

// Ping checks Redis once, within the call deadline, and records the result
// like any other call.
func (s *Store) Ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	err := s.rdb.Ping(ctx).Err()
	if err != nil {
		s.fail("ping", err)
		return err
	}
	s.ok()
	return nil
}

// Status is nil while Redis answers, and otherwise says since when it does
// not and why (for /readyz, which reports it without failing).
func (s *Store) Status() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.down {
		return nil
	}
	return fmt.Errorf("redis unavailable since %s, using local state: %w", s.downSince.UTC().Format(time.RFC3339), s.lastErr)
}

// do runs one Redis call under the deadline. It reports false when the call
// failed or was skipped because Redis failed within the last Retry: the
// caller then uses its local state. redis.Nil is not a failure.
func (s *Store) do(op string, fn func(ctx context.Context) error) bool {
	if !s.usable() {
		return false
	}
	ctx, cancel := context.WithTimeout(context.Background(), s.timeout)
	defer cancel()
	if err := fn(ctx); err != nil && !errors.Is(err, redis.Nil) {
		s.fail(op, err)
		return false
	}
	s.ok()
	return true
}

// usable says whether to try Redis now. While down, one call per Retry
// period tries it again; the others use local state at once.
func (s *Store) usable() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.down {
		return true
	}
	now := s.now()
	if now.Before(s.retryAt) {
		return false
	}
	s.retryAt = now.Add(s.retry)
	return true
}

func (s *Store) fail(op string, err error) {
	metrics.RedisErrors.WithLabelValues(op).Inc()
	s.mu.Lock()
	now := s.now()
	if !s.down {
		s.down, s.downSince = true, now
	}
	s.retryAt = now.Add(s.retry)
	s.lastErr = err
	s.failed++
	warn := s.lastWarn.IsZero() || now.Sub(s.lastWarn) >= s.every
	n := s.failed
	if warn {
		s.lastWarn, s.failed = now, 0
	}
	s.mu.Unlock()
	if warn {
		s.log.Warn("redis unavailable: answering with local state (dedup, memory and rate limits per replica) until it is back",
			"op", op, "err", err, "failures", n)
	}
}

func (s *Store) ok() {
	s.mu.Lock()
	was, since := s.down, s.downSince
	s.down = false
	s.mu.Unlock()
	if was {
		s.log.Info("redis is back: shared state again", "down_for", s.now().Sub(since).Round(time.Millisecond))
	}
}

// Apply puts the shared stores into a bot configuration, each over the
// in-process store it falls back to, with the bounds cfg gives (zero: the
// bot's defaults): memory, the journal (which also dedups), rate limit,
// quotas, feedback, and in polling mode the poller election. Start the
// journal it returns once the bot exists (Journal.Start(bot.Resume)).
func (s *Store) Apply(cfg *bot.Config) *Journal {
	cfg.Memory = NewMemory(s, bot.NewMemory(cfg.HistoryTurns, cfg.HistoryChars, cfg.HistoryTTL),
		cfg.HistoryTurns, cfg.HistoryChars, cfg.HistoryTTL)
	// The journal marks updates seen as a Deduper does, and journals them;
	// with it set the bot asks no Deduper.
	j := NewJournal(s, bot.NewDeduper(0), 0)
	cfg.Journal = j
	cfg.Limiter = NewLimiter(s, bot.NewRateLimiter(cfg.RatePerMinute), cfg.RatePerMinute)
	cfg.Quota = NewQuota(s, bot.NewQuotaStore())
	cfg.Feedback = NewFeedback(s, bot.NewFeedbackStore(0))
	if cfg.WebhookURL == "" { // polling: one replica at a time
		cfg.Elector = NewElector(s, 0, 0)
	}
	return j
}
