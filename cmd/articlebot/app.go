package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"

	"articlebot/internal/logx"
	"articlebot/internal/metrics"
	"articlebot/internal/progress"
	"articlebot/rag"
	"articlebot/rag/extract"
	"articlebot/rag/llm"
)

// app is what every command opens: the engine and the asker in front of it
// (the extractive answerer offline, the LLM answerer when one is configured).
type app struct {
	engine *rag.Engine
	// asker is the engine or the LLM answerer, behind the request limits.
	asker  rag.Asker
	client *llm.Client // nil offline
	log    *slog.Logger
}

func (a *app) Close() error { return a.engine.Close() }

// openEngine opens the engine, building the index when needed, and the LLM
// client when one is configured (its embedder indexes). Settings that cannot
// work stop here with exit code 2; an LLM server that is down only warns,
// because every answer falls back to the offline one. The asker is nil:
// `index` needs none, the other commands use openApp. tune adjusts the
// engine's options (`index` sets MustPersist).
//
// With lateCheck the LLM server is not asked at all: the caller runs
// checkLLM itself once it serves /healthz (serve must answer its health
// probe whatever the LLM does).
func openEngine(ctx context.Context, c *config, stderr io.Writer, showProgress, lateCheck bool, tune ...func(*rag.Options)) (*app, error) {
	log := newLogger(c, stderr)
	a := &app{log: log}
	opts := rag.Options{DataDir: c.DataDir, IndexDir: c.IndexDir, Log: log, PrivateIndex: isSet(c.IndexPrivate)}
	for _, f := range tune {
		f(&opts)
	}
	if c.llmEnabled() {
		lc := llm.Config{BaseURL: c.BaseURL, APIKey: c.APIKey, ChatModel: c.ChatModel, EmbedModel: c.EmbedModel, Timeout: c.LLMTimeout, BatchSize: c.EmbedBatch, Observer: metrics.LLM{}}.WithDefaults()
		if err := lc.Validate(); err != nil {
			return nil, &exitError{2, err}
		}
		client, err := llm.NewClient(lc, log)
		if err != nil {
			return nil, &exitError{2, err}
		}
		a.client = client
		if !lateCheck {
			if err := a.checkLLM(ctx); err != nil {
				return nil, err
			}
		}
		if e := client.APIEmbedder(); e != nil {
			opts.Embedder = e
		}
	}
	if showProgress {
		opts.Progress = progress.New(stderr, log, progress.Options{})
	}
	e, err := rag.Open(ctx, opts)
	if errors.Is(err, rag.ErrEmbed) && ctx.Err() == nil {
		log.Warn("embedding through the API failed; using the offline embedder for now (finished batches are cached: the next start resumes)", "err", err)
		opts.Embedder = nil
		e, err = rag.Open(ctx, opts)
	}
	if err != nil {
		if errors.Is(err, rag.ErrNoData) || errors.Is(err, rag.ErrNotText) {
			return nil, &exitError{2, err}
		}
		return nil, err
	}
	a.engine = e
	return a, nil
}

// openApp is openEngine plus the answerer in front of the engine: the
// offline one, and the LLM one when a chat model is configured.
func openApp(ctx context.Context, c *config, stderr io.Writer, showProgress, lateCheck bool) (*app, error) {
	a, err := openEngine(ctx, c, stderr, showProgress, lateCheck)
	if err != nil {
		return nil, err
	}
	limits := c.limits()
	x, err := extract.New(a.engine, a.log)
	if err != nil {
		a.engine.Close()
		return nil, err
	}
	x.Limits = limits
	a.asker = x
	if a.client != nil {
		a.asker = llm.NewAnswerer(a.client, x, a.log)
	}
	// Every surface asks through the limits, the LLM path too.
	a.asker = rag.Bounded(a.asker, limits)
	return a, nil
}

// checkLLM asks the LLM server once: settings that cannot work are exit
// code 2; a server that is down only warns, since answers fall back.
func (a *app) checkLLM(ctx context.Context) error {
	if a.client == nil {
		return nil
	}
	if err := a.client.Check(ctx); err != nil {
		if !errors.Is(err, llm.ErrUnreachable) {
			return &exitError{2, err}
		}
		a.log.Warn("LLM server unreachable; answering offline until it is back", "err", err)
	}
	return nil
}

// newLogger is the process logger; c is validated, so its level parses.
func newLogger(c *config, w io.Writer) *slog.Logger {
	lvl, err := logx.ParseLevel(c.LogLevel)
	if err != nil {
		lvl = slog.LevelInfo
	}
	return logx.New(w, lvl, c.secrets()...)
}

func observe(a rag.Answer, chatType string) {
	if a.Error != "" {
		return
	}
	metrics.ObserveAnswer(a.Mode, a.Found, a.TookMS, a.TopScore, chatType)
}

// isSet reads a yes/no setting: anything but "", "0", "false", "no" and
// "off" is yes.
func isSet(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "", "0", "false", "no", "off":
		return false
	}
	return true
}
