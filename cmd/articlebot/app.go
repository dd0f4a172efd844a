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
	asker  rag.Asker
	client *llm.Client // nil offline
	log    *slog.Logger
}

func (a *app) Close() error { return a.engine.Close() }

// openEngine opens the engine, building the index when needed, and the LLM
// client when one is configured (its embedder indexes). Settings that cannot
// work stop here with exit code 2; an LLM server that is down only warns,
// because every answer falls back to the offline one. The asker is nil:
// `index` needs none, the other commands use openApp.
func openEngine(ctx context.Context, c *config, stderr io.Writer, showProgress bool, tune ...func(*rag.Options)) (*app, error) {
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
		if err := client.Check(ctx); err != nil {
			if !errors.Is(err, llm.ErrUnreachable) {
				return nil, &exitError{2, err}
			}
			log.Warn("LLM server unreachable; answering offline until it is back", "err", err)
		}
		a.client = client
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
func openApp(ctx context.Context, c *config, stderr io.Writer, showProgress bool, tune ...func(*rag.Options)) (*app, error) {
	a, err := openEngine(ctx, c, stderr, showProgress, tune...)
	if err != nil {
		return nil, err
	}
	x, err := extract.New(a.engine, a.log)
	if err != nil {
		a.engine.Close()
		return nil, err
	}
	a.asker = x
	if a.client != nil {
		a.asker = llm.NewAnswerer(a.client, x, a.log)
	}
	return a, nil
}

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
