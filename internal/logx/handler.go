package logx

import (
	"context"
	"fmt"
	"log/slog"
)

// ScrubHandler is a slog.Handler that scrubs secrets from the message and
// every attribute value (groups included) before passing the record on.
type ScrubHandler struct {
	next slog.Handler
	s    *Scrubber
}

// NewScrubHandler wraps next so that the given secrets never reach it.
func NewScrubHandler(next slog.Handler, secrets ...string) *ScrubHandler {
	return &ScrubHandler{next: next, s: NewScrubber(secrets...)}
}

// Enabled reports whether the wrapped handler handles level.
func (h *ScrubHandler) Enabled(ctx context.Context, level slog.Level) bool {
	return h.next.Enabled(ctx, level)
}

// Handle scrubs r and passes it on.
func (h *ScrubHandler) Handle(ctx context.Context, r slog.Record) error {
	if !h.s.Active() {
		return h.next.Handle(ctx, r)
	}
	out := slog.NewRecord(r.Time, r.Level, h.s.Scrub(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.attr(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

// WithAttrs scrubs attrs once, when they are attached.
func (h *ScrubHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	if h.s.Active() {
		clean := make([]slog.Attr, len(attrs))
		for i, a := range attrs {
			clean[i] = h.attr(a)
		}
		attrs = clean
	}
	return &ScrubHandler{next: h.next.WithAttrs(attrs), s: h.s}
}

// WithGroup opens a group on the wrapped handler.
func (h *ScrubHandler) WithGroup(name string) slog.Handler {
	return &ScrubHandler{next: h.next.WithGroup(name), s: h.s}
}

func (h *ScrubHandler) attr(a slog.Attr) slog.Attr {
	a.Key = h.s.Scrub(a.Key)
	a.Value = h.value(a.Value)
	return a
}

func (h *ScrubHandler) value(v slog.Value) slog.Value {
	v = v.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.StringValue(h.s.Scrub(v.String()))
	case slog.KindGroup:
		as := v.Group()
		clean := make([]slog.Attr, len(as))
		for i, a := range as {
			clean[i] = h.attr(a)
		}
		return slog.GroupValue(clean...)
	case slog.KindAny:
		// Errors, Stringers, structs, byte slices: what the handler would
		// print is what must be clean. A value without a secret is passed on
		// untouched so JSON output keeps its structure.
		x := v.Any()
		var text string
		switch t := x.(type) {
		case error:
			text = t.Error()
		case []byte:
			text = string(t)
		default:
			text = fmt.Sprintf("%+v", t)
		}
		if clean := h.s.Scrub(text); clean != text {
			return slog.StringValue(clean)
		}
		return v
	}
	// Numbers, bools, times and durations cannot hold a secret of 4+ bytes
	// that is not also their printed form; leave them as they are.
	return v
}
