package main

import (
	"context"
	"errors"
	"io"
	"log/slog"

	"articlebot/internal/metrics"
	"articlebot/rag"
)

// app is what every command opens: the engine and the asker in front of it.
type app struct {
	engine *rag.Engine
	asker  rag.Asker
	log    *slog.Logger
}

func (a *app) Close() error { return a.engine.Close() }

// openApp opens the engine (building the index when needed) and, when an LLM
// is configured, the generative path in front of it.
func openApp(ctx context.Context, c *config, stderr io.Writer, progress bool) (*app, error) {
	log := newLogger(c, stderr)
	opts := rag.Options{DataDir: c.DataDir, IndexDir: c.IndexDir, Log: log}
	e, err := rag.Open(ctx, opts)
	if err != nil {
		if errors.Is(err, rag.ErrNoData) {
			return nil, &exitError{2, err}
		}
		return nil, err
	}
	return &app{engine: e, asker: e, log: log}, nil
}

func newLogger(c *config, w io.Writer) *slog.Logger {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(c.LogLevel)); err != nil {
		lvl = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: lvl}))
}

func observe(a rag.Answer, chatType string) {
	if a.Error != "" {
		return
	}
	metrics.ObserveAnswer(a.Mode, a.Found, a.TookMS, a.TopScore, chatType)
}
