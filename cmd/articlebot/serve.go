package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"articlebot/bot"
	"articlebot/internal/httpapi"
)

// cmdServe runs the Telegram bot (when TELEGRAM_BOT_TOKEN is set) and the
// HTTP side (health, readiness, metrics, /v1/ask and the webhook) until
// SIGINT or SIGTERM, then drains and exits 0.
func cmdServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlags("serve", "serve [flags]   (the Telegram bot, when a token is set, and the HTTP API)")
	c, err := parse(fs, useServe, args, getenv, stderr)
	if err != nil {
		return err
	}
	allowed, err := parseIDs("ARTICLEBOT_ALLOWED_CHATS", c.AllowedChats)
	if err != nil {
		return &exitError{2, err}
	}
	admins, err := parseIDs("ARTICLEBOT_ADMINS", c.Admins)
	if err != nil {
		return &exitError{2, err}
	}
	tuneGC(getenv)
	origins, err := httpapi.ParseOrigins(c.CORSOrigins)
	if err != nil {
		return &exitError{2, err}
	}
	listenErr := httpapi.CheckListen(c.Listen, c.HTTPToken)
	if listenErr != nil && !errors.Is(listenErr, httpapi.ErrTokenRequired) {
		return &exitError{2, listenErr}
	}
	app, err := openApp(ctx, c, stderr, true, true)
	if err != nil {
		return err
	}
	defer app.Close()
	log := app.log

	httpToken := c.HTTPToken
	if err := listenErr; err != nil {
		// Health, metrics and the webhook still serve; /v1/ask refuses
		// everyone until a token is set.
		log.Warn("POST /v1/ask is closed: " + err.Error())
		httpToken = randomToken()
	}

	mounts := map[string]http.Handler{}
	var tg *bot.Bot
	var shared *sharedState
	if c.Token != "" {
		if shared, err = openShared(ctx, c, log); err != nil {
			return err
		}
		defer shared.Close()
		bc := bot.Config{
			Token: c.Token, APIURL: c.TelegramAPI,
			WebhookURL: c.WebhookURL, WebhookSecret: c.WebhookSecret,
			AllowedChats: allowed, RatePerMinute: c.RatePerMinute, MaxConcurrentLLM: c.MaxLLM,
			// the request limits (rag.Limits), the same the asker applies
			HistoryTurns: c.HistoryTurns, HistoryChars: c.HistoryChars, HistoryTTL: c.HistoryTTL,
			MaxQuestionChars: c.MaxQuestionChars,
			LLM:              app.client != nil,
			FeedbackDir:      c.FeedbackDir, DailyQuestions: c.DailyQuestions, DailyTokens: int64(c.DailyTokens),
			QuotaResetHour: c.QuotaResetHour, Admins: admins,
		}
		shared.apply(&bc)
		tg, err = bot.New(bc, app.asker, app.engine.Docs(), log)
		if err != nil {
			return &exitError{2, err}
		}
		if c.WebhookURL != "" {
			mounts["POST "+tg.WebhookPath()] = tg.WebhookHandler()
		}
		shared.start(tg)
	} else if c.WebhookURL != "" {
		return &exitError{2, fmt.Errorf("ARTICLEBOT_WEBHOOK_URL is set but TELEGRAM_BOT_TOKEN is not: set the token from @BotFather")}
	}

	ready := func(ctx context.Context) error {
		if app.client != nil {
			return app.client.Check(ctx)
		}
		return nil
	}
	h := httpapi.NewHandler(httpapi.Options{
		Asker: app.asker, Ready: ready, Report: shared.report, Token: httpToken, Log: log, Mounts: mounts,
		Timeout:       c.LLMTimeout + 5*time.Second,
		Limits:        c.limits(),
		LoopbackHosts: httpapi.NeedsHostCheck(c.Listen, c.HTTPToken),
		CORSOrigins:   origins,
	})

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	// The LLM check runs beside the HTTP side, so /healthz answers at once
	// even when the LLM server hangs; settings that cannot work still stop
	// the process (exit 2).
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := app.checkLLM(ctx); err != nil && ctx.Err() == nil {
			errs <- err
			cancel()
		}
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		err := httpapi.Serve(ctx, c.Listen, h, log)
		if err == nil {
			return
		}
		if tg != nil && c.WebhookURL == "" && !c.explicit("ARTICLEBOT_LISTEN") {
			// A polling bot does not need the HTTP side: a busy default
			// port must not stop it.
			log.Warn("HTTP side not started; the bot runs without /healthz, /metrics and /v1/ask (set ARTICLEBOT_LISTEN to a free address)", "err", err)
			return
		}
		errs <- err
		cancel()
	}()
	if tg != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := tg.Run(ctx); err != nil {
				errs <- fmt.Errorf("telegram: %w", err)
				cancel()
			}
		}()
		log.Info("serving", "telegram", modeName(c), "http", c.Listen)
	} else {
		log.Info("serving HTTP only (no TELEGRAM_BOT_TOKEN)", "http", c.Listen)
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return err
	}
	log.Info("stopped")
	return nil
}

// tuneGC trades memory for throughput in the long-running server: the heap
// is small (about 20 MB), and with Go's default GOGC=100 a quarter of the CPU
// under load went to the collector. GOGC=400 with a 128 MiB soft limit
// measured 7,300 /v1/ask per second at p99 17 ms against 5,100 at p99 40 ms
// (README, "Load"). GOGC and GOMEMLIMIT, when set, win.
func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(128 << 20)
	}
}

func modeName(c *config) string {
	if c.WebhookURL != "" {
		return "webhook"
	}
	return "polling"
}

// parseIDs reads a list of ids (setting env) separated by commas or spaces.
func parseIDs(env, s string) ([]int64, error) {
	var out []int64
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
		id, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %q is not a numeric user or chat id (group ids look like -1001234567890)", env, f)
		}
		out = append(out, id)
	}
	return out, nil
}

func randomToken() string {
	b := make([]byte, 32)
	rand.Read(b)
	return hex.EncodeToString(b)
}
