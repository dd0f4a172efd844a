package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"

	"articlebot/internal/logx"
	"articlebot/internal/metrics"
	"articlebot/rag"
	"articlebot/rag/extract"
	"articlebot/rag/llm"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
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

// openApp opens the engine, building the index when needed, and, when an LLM
// is configured, the generative path in front of it. Settings that cannot
// work stop here with exit code 2; an LLM server that is down only warns,
// because every answer falls back to the offline one.
//
// With lateCheck the LLM server is not asked at all: the caller runs
// checkLLM itself once it serves /healthz (serve must answer its health
// probe whatever the LLM does).
func openApp(ctx context.Context, c *config, stderr io.Writer, showProgress, lateCheck bool) (*app, error) {
	log := newLogger(c, stderr)
	a := &app{log: log}
	limits := c.limits()
	opts := rag.Options{DataDir: c.DataDir, IndexDir: c.IndexDir, Log: log}
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
			e.SetProgress(nil)
			opts.Embedder = e
		}
	}
	if showProgress {
		opts.Progress = progress(stderr, log)
	}
	e, err := rag.Open(ctx, opts)
	if errors.Is(err, rag.ErrEmbed) && ctx.Err() == nil {
		log.Warn("embedding through the API failed; using the offline embedder for now (finished batches are cached: the next start resumes)", "err", err)
		opts.Embedder = nil
		e, err = rag.Open(ctx, opts)
	}
	if err != nil {
		if errors.Is(err, rag.ErrNoData) {
			return nil, &exitError{2, err}
		}
		return nil, err
	}
	x, err := extract.New(e, log)
	if err != nil {
		e.Close()
		return nil, err
	}
	x.Limits = limits
	a.engine, a.asker = e, x
	if a.client != nil {
		a.asker = llm.NewAnswerer(a.client, x, log)
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

// progress shows embedding progress: a bar on a terminal, log lines else.
func progress(w io.Writer, log *slog.Logger) func(done, total int) {
	var bar *progressbar.ProgressBar
	last := -1
	return func(done, total int) {
		if total < 2*rag.EmbedBatch {
			return // one or two calls: nothing worth showing
		}
		if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			if bar == nil {
				bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("embedding chunks"), progressbar.OptionShowCount())
			}
			bar.Set(done)
			if done == total {
				bar.Finish()
				fmt.Fprintln(w)
			}
			return
		}
		if pct := done * 10 / total; pct != last {
			last = pct
			log.Info("embedding chunks", "done", done, "total", total)
		}
	}
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
