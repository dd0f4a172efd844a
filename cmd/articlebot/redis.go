package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
	"net/url"
	"strings"

	"articlebot/bot"
	"articlebot/internal/redisstate"
)

// sharedState is the bot's state in Redis (ARTICLEBOT_REDIS_URL).
type sharedState struct {
	store   *redisstate.Store
	journal *redisstate.Journal
}

// openShared connects the bot's state to Redis when ARTICLEBOT_REDIS_URL is
// set (nil otherwise: in-process state). A Redis that does not answer at
// start only warns: answers use local state until it does.
func openShared(ctx context.Context, c *config, log *slog.Logger) (*sharedState, error) {
	if c.RedisURL == "" {
		return nil, nil
	}
	st, err := redisstate.Open(redisstate.Options{URL: c.RedisURL, BotID: botID(c.Token), Log: log})
	if err != nil {
		return nil, &exitError{2, err}
	}
	if err := st.Ping(ctx); err != nil {
		log.Warn("redis does not answer at start; using local state until it does", "err", err)
	} else {
		log.Info("shared state in redis")
	}
	return &sharedState{store: st}, nil
}

// apply puts the shared stores into the bot's configuration.
func (s *sharedState) apply(cfg *bot.Config) {
	if s != nil {
		s.journal = s.store.Apply(cfg)
	}
}

// start takes over, from now on, the unanswered updates of replicas that die.
func (s *sharedState) start(tg *bot.Bot) {
	if s != nil {
		s.journal.Start(tg.Resume)
	}
}

// report is the /readyz line about Redis: it never fails readiness.
func (s *sharedState) report() map[string]string {
	if s == nil {
		return nil
	}
	if err := s.store.Status(); err != nil {
		return map[string]string{"redis": err.Error()}
	}
	return map[string]string{"redis": "ok"}
}

func (s *sharedState) Close() {
	if s != nil {
		if s.journal != nil {
			s.journal.Close()
		}
		s.store.Close()
	}
}

// botID is the key namespace: the numeric id before the token's colon, or a
// hash of the token when it has none. Never the secret part.
func botID(token string) string {
	if id, _, ok := strings.Cut(token, ":"); ok && id != "" && strings.Trim(id, "0123456789") == "" {
		return id
	}
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:6])
}

// redisPassword is the password inside a Redis URL, scrubbed from logs.
func redisPassword(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return ""
	}
	p, _ := u.User.Password()
	return p
}
