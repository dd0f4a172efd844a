package bot

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"articlebot/internal/metrics"
)

// scrubber removes the bot token from anything that may be printed.
// The token sits in every Bot API URL, so library and net/http errors carry it.
type scrubber struct{ token string }

func (s scrubber) String(v string) string {
	if s.token == "" {
		return v
	}
	return strings.ReplaceAll(v, s.token, "<token>")
}

// scrubbedError keeps errors.Is/As working (context.Canceled, deadlines) while
// its message never shows the token.
type scrubbedError struct {
	msg string
	err error
}

func (e *scrubbedError) Error() string { return e.msg }
func (e *scrubbedError) Unwrap() error { return e.err }

func (s scrubber) Err(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	clean := s.String(msg)
	if clean == msg {
		return err
	}
	return &scrubbedError{msg: clean, err: err}
}

// transport records a metric for every Bot API call and scrubs the token from
// transport errors before the library wraps them.
type transport struct {
	next  http.RoundTripper
	scrub scrubber
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	method := req.URL.Path
	if i := strings.LastIndexByte(method, '/'); i >= 0 {
		method = method[i+1:]
	}
	resp, err := t.next.RoundTrip(req)
	if err != nil {
		code := "error"
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			code = "canceled"
		}
		if code != "canceled" {
			metrics.TelegramCalls.WithLabelValues(method, code).Inc()
			metrics.TelegramErrors.WithLabelValues(method, code).Inc()
		}
		return nil, t.scrub.Err(err)
	}
	code := strconv.Itoa(resp.StatusCode)
	metrics.TelegramCalls.WithLabelValues(method, code).Inc()
	if resp.StatusCode >= 300 {
		metrics.TelegramErrors.WithLabelValues(method, code).Inc()
	}
	return resp, nil
}

// scrubHandler is a slog.Handler that removes the token from every message
// and string-valued attribute, so no log line can leak it.
type scrubHandler struct {
	next  slog.Handler
	scrub scrubber
}

func (h *scrubHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.next.Enabled(ctx, l)
}

func (h *scrubHandler) Handle(ctx context.Context, r slog.Record) error {
	nr := slog.NewRecord(r.Time, r.Level, h.scrub.String(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		nr.AddAttrs(h.attr(a))
		return true
	})
	return h.next.Handle(ctx, nr)
}

func (h *scrubHandler) attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, h.scrub.String(v.String()))
	case slog.KindGroup:
		as := v.Group()
		out := make([]any, len(as))
		for i, g := range as {
			out[i] = h.attr(g)
		}
		return slog.Group(a.Key, out...)
	case slog.KindAny:
		if err, ok := v.Any().(error); ok {
			return slog.String(a.Key, h.scrub.String(err.Error()))
		}
		return slog.String(a.Key, h.scrub.String(v.String()))
	default:
		return slog.Attr{Key: a.Key, Value: v}
	}
}

func (h *scrubHandler) WithAttrs(as []slog.Attr) slog.Handler {
	clean := make([]slog.Attr, len(as))
	for i, a := range as {
		clean[i] = h.attr(a)
	}
	return &scrubHandler{next: h.next.WithAttrs(clean), scrub: h.scrub}
}

func (h *scrubHandler) WithGroup(name string) slog.Handler {
	return &scrubHandler{next: h.next.WithGroup(name), scrub: h.scrub}
}
