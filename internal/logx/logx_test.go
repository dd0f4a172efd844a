package logx

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"testing"
)

const (
	botToken = "123456789:AAHk-secret_Bot+Token/xyz"
	apiKey   = "sk-live-abcdef0123456789"
)

func TestParseLevel(t *testing.T) {
	tests := []struct {
		in      string
		want    slog.Level
		wantErr bool
	}{
		{"debug", slog.LevelDebug, false},
		{"DEBUG", slog.LevelDebug, false},
		{"info", slog.LevelInfo, false},
		{"", slog.LevelInfo, false},
		{" warn ", slog.LevelWarn, false},
		{"warning", slog.LevelWarn, false},
		{"error", slog.LevelError, false},
		{"verbose", slog.LevelInfo, true},
		{"2", slog.LevelInfo, true},
	}
	for _, tt := range tests {
		got, err := ParseLevel(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseLevel(%q) error = %v, want error %v", tt.in, err, tt.wantErr)
			continue
		}
		if err != nil && !strings.Contains(err.Error(), "debug, info, warn, error") {
			t.Errorf("ParseLevel(%q) error %q does not list the valid levels", tt.in, err)
		}
		if got != tt.want {
			t.Errorf("ParseLevel(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

type stringer struct{ s string }

func (s stringer) String() string { return s.s }

type config struct {
	URL   string
	Token string
}

func TestScrubEverywhere(t *testing.T) {
	tests := []struct {
		name string
		log  func(l *slog.Logger)
	}{
		{"message", func(l *slog.Logger) { l.Info("token is " + botToken) }},
		{"string attr", func(l *slog.Logger) { l.Info("x", "url", "https://api.telegram.org/bot"+botToken+"/getMe") }},
		{"error attr", func(l *slog.Logger) {
			l.Error("x", "err", fmt.Errorf("post: %w", errors.New("Post https://api.telegram.org/bot"+botToken+"/sendMessage: EOF")))
		}},
		{"stringer attr", func(l *slog.Logger) { l.Info("x", "s", stringer{"key=" + apiKey}) }},
		{"struct attr", func(l *slog.Logger) { l.Info("x", "cfg", config{URL: "u", Token: botToken}) }},
		{"bytes attr", func(l *slog.Logger) { l.Info("x", "body", []byte(`{"key":"`+apiKey+`"}`)) }},
		{"group attr", func(l *slog.Logger) { l.Info("x", slog.Group("req", "auth", "Bearer "+apiKey)) }},
		{"nested group", func(l *slog.Logger) {
			l.Info("x", slog.Group("a", slog.Group("b", "k", apiKey)))
		}},
		{"With attrs", func(l *slog.Logger) { l.With("token", botToken).Info("x") }},
		{"WithGroup", func(l *slog.Logger) { l.WithGroup("g").Info("x", "k", apiKey) }},
		{"query escaped", func(l *slog.Logger) { l.Info("x", "url", "/?t="+url.QueryEscape(botToken)) }},
		{"path escaped", func(l *slog.Logger) { l.Info("x", "path", "/bot"+url.PathEscape(botToken)) }},
		{"LogValuer", func(l *slog.Logger) { l.Info("x", "v", valuer{}) }},
		{"attr key", func(l *slog.Logger) { l.Info("x", apiKey, 1) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			l := New(&buf, slog.LevelDebug, botToken, apiKey, "", "ab")
			tt.log(l)
			out := buf.String()
			for _, s := range []string{botToken, apiKey, url.QueryEscape(botToken), url.PathEscape(botToken), "AAHk-secret"} {
				if strings.Contains(out, s) {
					t.Fatalf("secret %q in log line: %s", s, out)
				}
			}
			if !strings.Contains(out, Mask) {
				t.Fatalf("no %q in log line: %s", Mask, out)
			}
			if !json.Valid(bytes.TrimSpace(buf.Bytes())) {
				t.Fatalf("not one JSON line: %s", out)
			}
		})
	}
}

type valuer struct{}

func (valuer) LogValue() slog.Value { return slog.StringValue("resolved " + apiKey) }

func TestShortAndEmptySecretsIgnored(t *testing.T) {
	var buf bytes.Buffer
	l := New(&buf, slog.LevelInfo, "", "a", "abc")
	l.Info("a cab abc", "k", "abc")
	if strings.Contains(buf.String(), Mask) {
		t.Fatalf("short secret masked: %s", buf.String())
	}
}

func TestNoSecretsKeepsValues(t *testing.T) {
	var buf bytes.Buffer
	l := New(&buf, slog.LevelInfo, apiKey)
	l.Info("answered", "found", true, "took_ms", 1.5, "sources", 3, "cfg", config{URL: "u"})
	var m map[string]any
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	if m["found"] != true || m["took_ms"] != 1.5 || m["sources"] != float64(3) {
		t.Fatalf("values changed: %v", m)
	}
	if _, ok := m["cfg"].(map[string]any); !ok {
		t.Fatalf("struct without secret lost its JSON structure: %v", m["cfg"])
	}
}

func TestLevelFilters(t *testing.T) {
	var buf bytes.Buffer
	l := New(&buf, slog.LevelWarn)
	l.Info("hidden")
	l.Warn("shown")
	if strings.Contains(buf.String(), "hidden") || !strings.Contains(buf.String(), "shown") {
		t.Fatalf("level not applied: %s", buf.String())
	}
}

func TestTextOnTerminalJSONOtherwise(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "log")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Fatal("a regular file is not a terminal")
	}
	New(f, slog.LevelInfo).Info("hello")
	b, _ := os.ReadFile(f.Name())
	if !json.Valid(bytes.TrimSpace(b)) {
		t.Fatalf("file output is not JSON: %s", b)
	}

	// On a terminal: the text handler, scrubbed the same way.
	var buf bytes.Buffer
	newLogger(&buf, slog.LevelInfo, true, []string{apiKey}).Info("hello", "k", apiKey)
	if got := buf.String(); !strings.HasPrefix(got, "time=") || !strings.Contains(got, "k=***") {
		t.Fatalf("terminal output is not scrubbed text: %s", got)
	}
}

func TestScrubberNil(t *testing.T) {
	var s *Scrubber
	if s.Scrub("x") != "x" || s.Active() {
		t.Fatal("nil Scrubber must scrub nothing")
	}
	if got := NewScrubber("abcd", "abcdef").Scrub("xabcdefx abcd"); got != "x***x ***" {
		t.Fatalf("overlapping secrets: %q", got)
	}
}

func BenchmarkScrubbedLine(b *testing.B) {
	var buf bytes.Buffer
	l := New(&buf, slog.LevelInfo, botToken, apiKey, "http-token-1234")
	for b.Loop() {
		buf.Reset()
		l.Info("answered", "chat_type", "http", "mode", "extractive", "found", true, "latency_ms", 1.25, "sources", 2)
	}
}

// FuzzScrub: whatever the text and the secret, the secret (4+ bytes) never
// survives scrubbing.
//
//	go test -run '^$' -fuzz FuzzScrub ./internal/logx
func FuzzScrub(f *testing.F) {
	f.Add("Post https://api.telegram.org/bot123:ABC/getMe", "123:ABC")
	f.Add("aaaa", "aaa")
	f.Add("xxabcabcxx", "abcabc")
	f.Add("t=a%2Fb", "a/b!")
	f.Add("*****", "****")
	f.Fuzz(func(t *testing.T, text, secret string) {
		got := NewScrubber(secret).Scrub(text)
		if len(secret) >= minSecretLen && strings.Contains(got, secret) {
			t.Fatalf("Scrub(%q) with secret %q = %q", text, secret, got)
		}
		if len(secret) < minSecretLen && got != text {
			t.Fatalf("short secret %q changed %q to %q", secret, text, got)
		}
	})
}
