// Package logx builds the process logger: log/slog with text output on a
// terminal and JSON everywhere else, and every configured secret (bot token,
// API keys, HTTP token) scrubbed from messages and attribute values before a
// line is written.
package logx

import (
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"slices"
	"strings"

	"golang.org/x/term"
)

// Mask replaces a secret in log output.
const Mask = "***"

// minSecretLen is the shortest secret that is scrubbed. Shorter strings
// ("1", "abc") would mask ordinary words and numbers all over the log while
// protecting nothing.
const minSecretLen = 4

// New returns a logger writing to w at the given level: a text handler when w
// is a terminal, a JSON handler otherwise (files, pipes, container logs).
//
// Every secret of at least 4 bytes is replaced by "***" wherever it appears in
// the message or in an attribute value, including errors and values
// formatted with fmt, and in its URL-escaped forms (a bot token sits in URL
// paths as "bot123:ABC"). Empty and shorter secrets are ignored, so callers
// can pass optional settings as they are.
func New(w io.Writer, level slog.Level, secrets ...string) *slog.Logger {
	return newLogger(w, level, isTerminal(w), secrets)
}

func newLogger(w io.Writer, level slog.Level, text bool, secrets []string) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	var h slog.Handler
	if text {
		h = slog.NewTextHandler(w, opts)
	} else {
		h = slog.NewJSONHandler(w, opts)
	}
	return slog.New(NewScrubHandler(h, secrets...))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// ParseLevel parses a --log-level value: debug, info, warn (or warning) or
// error, in any case. The empty string means info.
func ParseLevel(s string) (slog.Level, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "debug":
		return slog.LevelDebug, nil
	case "", "info":
		return slog.LevelInfo, nil
	case "warn", "warning":
		return slog.LevelWarn, nil
	case "error":
		return slog.LevelError, nil
	}
	return slog.LevelInfo, fmt.Errorf("log level %q: use one of debug, info, warn, error", s)
}

// Scrubber replaces secrets in strings. The zero value and a nil *Scrubber
// scrub nothing.
type Scrubber struct {
	r *strings.Replacer
}

// NewScrubber returns a Scrubber for the given secrets; empty ones and ones
// shorter than 4 bytes are ignored. Each secret is also matched in its
// URL-escaped forms.
func NewScrubber(secrets ...string) *Scrubber {
	var forms []string
	for _, s := range secrets {
		if len(s) < minSecretLen {
			continue
		}
		forms = append(forms, s, url.QueryEscape(s), url.PathEscape(s))
	}
	if len(forms) == 0 {
		return &Scrubber{}
	}
	// Longest first, so a secret that contains another is masked whole.
	slices.SortFunc(forms, func(a, b string) int { return len(b) - len(a) })
	forms = slices.Compact(forms)
	pairs := make([]string, 0, 2*len(forms))
	for _, f := range forms {
		pairs = append(pairs, f, Mask)
	}
	return &Scrubber{r: strings.NewReplacer(pairs...)}
}

// Scrub returns s with every secret replaced by "***".
func (s *Scrubber) Scrub(str string) string {
	if s == nil || s.r == nil {
		return str
	}
	// Repeat until stable: a secret containing "*" could be re-formed around
	// a mask. Each pass that changes anything shortens the string (secrets
	// are longer than the mask), so this ends.
	for {
		out := s.r.Replace(str)
		if out == str {
			return out
		}
		str = out
	}
}

// Active reports whether there is anything to scrub.
func (s *Scrubber) Active() bool { return s != nil && s.r != nil }
