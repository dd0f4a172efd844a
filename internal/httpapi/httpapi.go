// Package httpapi is the HTTP side of `articlebot serve`: health and
// readiness probes, Prometheus metrics, the question API (POST /v1/ask) and
// any extra routes the caller mounts, such as the Telegram webhook.
//
// It depends on rag.Asker alone; it knows nothing about retrieval or
// Telegram.
package httpapi

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"articlebot/internal/metrics"
	"articlebot/rag"
)

// Defaults for the zero values of Options.
const (
	// DefaultMaxBody is the largest /v1/ask body: room for a question and a
	// history at rag.DefaultLimits even with every character JSON-escaped.
	DefaultMaxBody = 64 << 10
	// DefaultTimeout bounds one answer.
	DefaultTimeout = 60 * time.Second
	// DefaultReadyTTL is how long a readiness result is reused.
	DefaultReadyTTL = 3 * time.Second
)

// readyTimeout bounds one call of Options.Ready.
const readyTimeout = 5 * time.Second

// Options configure NewHandler. Only Asker is required.
type Options struct {
	// Asker answers /v1/ask.
	Asker rag.Asker
	// Ready reports whether the service can answer: nil error means ready
	// (index loaded, LLM reachable if configured). Its result is cached for
	// ReadyTTL so that probes do not hammer the LLM server. A nil Ready means
	// always ready.
	Ready func(ctx context.Context) error
	// ReadyTTL is how long a Ready result is reused (default 3 s).
	ReadyTTL time.Duration
	// Report adds fields to the /readyz body that never make it fail (the
	// shared Redis state: answers go on without it). Nil adds none.
	Report func() map[string]string
	// Token (ARTICLEBOT_HTTP_TOKEN) is the bearer token /v1/ask requires when
	// set, compared exactly as configured (in constant time). It guards
	// /v1/ask only: probes, metrics and Mounts stay open (the Telegram
	// webhook checks its own secret). CheckListen decides whether it is
	// required.
	Token string
	// LoopbackHosts makes /v1/ask answer only requests whose Host header is
	// a loopback name (localhost, 127.0.0.1, [::1], with any port): 403
	// otherwise. Set it when listening on loopback without a Token, so that
	// a web page cannot reach the API through DNS rebinding (its requests
	// carry the attacker's host name). NeedsHostCheck says when.
	LoopbackHosts bool
	// CORSOrigins are the web origins (scheme://host[:port], from
	// ParseOrigins) allowed to call /v1/ask from a browser: they get CORS
	// headers and preflight answers. A request with any other Origin header
	// gets 403.
	CORSOrigins []string
	// MaxBody is the largest /v1/ask request body in bytes (default 64 KiB);
	// larger bodies get 413.
	MaxBody int64
	// Limits bound the question (400 when empty or over the limit) and the
	// history (clipped), the same rag.Limits every surface uses; zero fields
	// are the defaults.
	Limits rag.Limits
	// Timeout bounds one answer (default 60 s, above the LLM timeout so the
	// engine can still fall back to the offline answer). When it passes the
	// client gets 504 with a JSON error, even if the Asker ignores its
	// context.
	Timeout time.Duration
	// Log receives one line per answered question; nil discards.
	Log *slog.Logger
	// Mounts are extra routes, keyed by http.ServeMux pattern (for example
	// "POST /telegram/webhook"). A pattern that conflicts with the built-in
	// routes makes NewHandler panic.
	Mounts map[string]http.Handler
}

// AskRequest is the body of POST /v1/ask.
type AskRequest struct {
	Question string     `json:"question"`
	History  []rag.Turn `json:"history,omitempty"`
}

// ErrorResponse is the body of every error answer.
type ErrorResponse struct {
	Error string `json:"error"`
}

// NewHandler returns the HTTP handler of the service:
//
//	GET  /healthz  200 {"status":"ok"} while the process runs
//	GET  /readyz   200 {"status":"ready"} or 503 {"status":"not ready","reason":...}
//	GET  /metrics  Prometheus metrics of metrics.Registry
//	POST /v1/ask   AskRequest in, the rag.Answer JSON (`ask --json`) out
//
// plus o.Mounts. Errors are JSON ErrorResponse bodies; panics anywhere are
// recovered into 500.
func NewHandler(o Options) http.Handler {
	if o.Asker == nil {
		panic("httpapi: Options.Asker is nil")
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	o.Limits = o.Limits.WithDefaults()
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.ReadyTTL <= 0 {
		o.ReadyTTL = DefaultReadyTTL
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	s := &server{o: o, ready: &readyCache{fn: o.Ready, ttl: o.ReadyTTL}, origins: map[string]bool{}}
	for _, origin := range o.CORSOrigins {
		s.origins[origin] = true
	}
	if o.Token != "" {
		sum := sha256.Sum256([]byte(o.Token))
		s.tokenSum = sum[:]
	}

	mux := http.NewServeMux()
	mux.Handle("/healthz", onlyGet(http.HandlerFunc(s.healthz)))
	mux.Handle("/readyz", onlyGet(http.HandlerFunc(s.readyz)))
	mux.Handle("/metrics", onlyGet(promhttp.HandlerFor(metrics.Registry, promhttp.HandlerOpts{
		ErrorLog: slog.NewLogLogger(o.Log.Handler(), slog.LevelWarn),
	})))
	mux.HandleFunc("/v1/ask", s.ask)
	for pattern, h := range o.Mounts {
		mux.Handle(pattern, h)
	}
	if _, ok := o.Mounts["/"]; !ok {
		mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			writeError(w, http.StatusNotFound, "no route "+r.URL.Path+"; try POST /v1/ask, GET /healthz, /readyz or /metrics")
		})
	}
	return recoverPanics(o.Log, mux)
}

type server struct {
	o        Options
	tokenSum []byte
	ready    *readyCache
	origins  map[string]bool
}

func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *server) readyz(w http.ResponseWriter, r *http.Request) {
	body := map[string]string{}
	if s.o.Report != nil {
		for k, v := range s.o.Report() {
			body[k] = v
		}
	}
	if err := s.ready.check(r.Context()); err != nil {
		body["status"], body["reason"] = "not ready", err.Error()
		writeJSON(w, http.StatusServiceUnavailable, body)
		return
	}
	body["status"] = "ready"
	writeJSON(w, http.StatusOK, body)
}

func (s *server) ask(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	if s.o.LoopbackHosts && !loopbackHost(r.Host) {
		metrics.Refused.WithLabelValues("host").Inc()
		writeError(w, http.StatusForbidden, "Host "+strconv.Quote(r.Host)+" is not a loopback name: without ARTICLEBOT_HTTP_TOKEN, /v1/ask answers only requests to localhost, 127.0.0.1 or [::1]")
		return
	}
	if !s.cors(w, r) {
		metrics.Refused.WithLabelValues("origin").Inc()
		writeError(w, http.StatusForbidden, "origin "+strconv.Quote(r.Header.Get("Origin"))+" is not allowed: list it in ARTICLEBOT_CORS_ORIGINS")
		return
	}
	if r.Method == http.MethodOptions && r.Header.Get("Origin") != "" {
		w.WriteHeader(http.StatusNoContent) // a preflight of an allowed origin
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, "use POST with a JSON body {\"question\": \"...\"}")
		return
	}
	if !isJSON(r.Header.Get("Content-Type")) {
		// Also what keeps HTML forms out: they cannot send application/json.
		writeError(w, http.StatusUnsupportedMediaType, "send the body as JSON with Content-Type: application/json")
		return
	}
	if s.tokenSum != nil && !s.authorized(r) {
		metrics.Refused.WithLabelValues("unauthorized").Inc()
		w.Header().Set("WWW-Authenticate", `Bearer realm="articlebot"`)
		writeError(w, http.StatusUnauthorized, "missing or wrong bearer token: send Authorization: Bearer <ARTICLEBOT_HTTP_TOKEN>")
		return
	}

	req, status, msg := s.decode(w, r)
	if status != 0 {
		s.o.Log.Debug("ask rejected", "chat_type", "http", "status", status, "reason", msg)
		writeError(w, status, msg)
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), s.o.Timeout)
	defer cancel()
	a, err := s.call(ctx, req)
	if err != nil {
		s.fail(w, r, err, start)
		return
	}

	metrics.ObserveAnswer(a.Mode, a.Found, a.TookMS, a.TopScore, "http")
	attrs := []any{
		"chat_type", "http",
		"mode", a.Mode,
		"found", a.Found,
		"took_ms", a.TookMS,
		"latency_ms", msSince(start),
		"sources", len(a.Citations),
	}
	if s.o.Log.Enabled(r.Context(), slog.LevelDebug) {
		attrs = append(attrs, "question", req.Question)
	}
	s.o.Log.Info("answered", attrs...)
	writeJSON(w, http.StatusOK, a)
}

// decode reads and checks the request body. A non-zero status means reject
// with msg.
func (s *server) decode(w http.ResponseWriter, r *http.Request) (rag.Request, int, string) {
	r.Body = http.MaxBytesReader(w, r.Body, s.o.MaxBody)
	dec := json.NewDecoder(r.Body)
	var body AskRequest
	err := dec.Decode(&body)
	if err == nil {
		// Exactly one JSON value: trailing garbage is a malformed request.
		if err2 := dec.Decode(&struct{}{}); err2 != io.EOF {
			err = errors.Join(errors.New("more than one JSON value in body"), err2)
		}
	}
	if err != nil {
		if mbe, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return rag.Request{}, http.StatusRequestEntityTooLarge, fmt.Sprintf("body larger than %d bytes", mbe.Limit)
		}
		if errors.Is(err, io.EOF) && body.Question == "" {
			return rag.Request{}, http.StatusBadRequest, `empty body: send {"question": "..."}`
		}
		return rag.Request{}, http.StatusBadRequest, "bad JSON: " + err.Error()
	}
	q := strings.TrimSpace(body.Question)
	req, err := s.o.Limits.Clip(rag.Request{Question: q, History: body.History})
	switch {
	case errors.Is(err, rag.ErrEmptyQuestion):
		return rag.Request{}, http.StatusBadRequest, `question is empty: send {"question": "..."}`
	case errors.Is(err, rag.ErrQuestionTooLong):
		return rag.Request{}, http.StatusBadRequest, fmt.Sprintf("question has %d characters; the limit is %d", utf8.RuneCountInString(q), s.o.Limits.QuestionChars)
	case err != nil:
		return rag.Request{}, http.StatusBadRequest, err.Error()
	}
	return req, 0, ""
}

// isJSON reports whether a Content-Type is application/json (parameters
// such as charset allowed).
func isJSON(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	return err == nil && mt == "application/json"
}

// loopbackHost reports whether a Host header names the loopback interface.
func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	return IsLoopback(strings.ToLower(host))
}

// cors adds the CORS headers for an allowed Origin and reports whether the
// request may go on: no Origin header (not a browser, or same-origin
// navigation) or an allowed one.
func (s *server) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	if !s.origins[origin] {
		return false
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", origin)
	h.Add("Vary", "Origin")
	if r.Method == http.MethodOptions {
		h.Set("Access-Control-Allow-Methods", "POST")
		h.Set("Access-Control-Allow-Headers", "Content-Type, Authorization")
		h.Set("Access-Control-Max-Age", "600")
	}
	return true
}

// ParseOrigins reads ARTICLEBOT_CORS_ORIGINS: origins such as
// https://app.example.com or http://localhost:3000, separated by commas or
// spaces. Each must be scheme://host[:port] with no path, as browsers send
// it in the Origin header; "*" is refused (name the origins).
func ParseOrigins(s string) ([]string, error) {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		u, err := url.Parse(f)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.User != nil {
			return nil, fmt.Errorf("%q is not an origin: write it like https://app.example.com or http://localhost:3000", f)
		}
		out = append(out, u.Scheme+"://"+u.Host)
	}
	return out, nil
}

// call runs the Asker in its own goroutine so that a hung Asker, one that
// ignores its context, still cannot hold the request past its deadline. The
// goroutine ends when the Asker returns; an Asker that honours ctx returns
// right after the deadline, so nothing leaks.
func (s *server) call(ctx context.Context, req rag.Request) (rag.Answer, error) {
	type result struct {
		a   rag.Answer
		err error
	}
	ch := make(chan result, 1) // buffered: the goroutine never blocks on a gone caller
	go func() {
		defer func() {
			if p := recover(); p != nil {
				ch <- result{err: &panicError{value: p, stack: debug.Stack()}}
			}
		}()
		a, err := s.o.Asker.Ask(ctx, req)
		ch <- result{a, err}
	}()
	select {
	case res := <-ch:
		return res.a, res.err
	case <-ctx.Done():
		select {
		case res := <-ch: // an answer that raced the deadline still counts
			return res.a, res.err
		default:
			return rag.Answer{}, ctx.Err()
		}
	}
}

func (s *server) fail(w http.ResponseWriter, r *http.Request, err error, start time.Time) {
	log := s.o.Log.With("chat_type", "http", "latency_ms", msSince(start))
	var pe *panicError
	switch {
	case r.Context().Err() != nil:
		// The client went away; nobody reads an answer.
		log.Info("ask abandoned by client", "err", err)
	case errors.Is(err, context.DeadlineExceeded):
		log.Error("ask timed out", "timeout", s.o.Timeout.String(), "err", err)
		writeError(w, http.StatusGatewayTimeout, fmt.Sprintf("no answer within %s; try again later", s.o.Timeout))
	case errors.As(err, &pe):
		log.Error("ask panicked", "panic", fmt.Sprint(pe.value), "stack", string(pe.stack))
		writeError(w, http.StatusInternalServerError, "internal error while answering; it is logged")
	default:
		log.Error("ask failed", "err", err)
		writeError(w, http.StatusInternalServerError, "could not answer; the error is logged")
	}
}

// authorized compares the bearer token in constant time, exactly as
// configured (the scheme "Bearer" in any case, one space, the token). Both
// sides are hashed first so that not even the token's length leaks through
// timing.
func (s *server) authorized(r *http.Request) bool {
	h := r.Header.Get("Authorization")
	const prefix = "bearer "
	if len(h) < len(prefix) || !strings.EqualFold(h[:len(prefix)], prefix) {
		return false
	}
	sum := sha256.Sum256([]byte(h[len(prefix):]))
	return subtle.ConstantTimeCompare(sum[:], s.tokenSum) == 1
}

type panicError struct {
	value any
	stack []byte
}

func (e *panicError) Error() string { return fmt.Sprintf("panic: %v", e.value) }

// readyCache calls the readiness check at most once per ttl; concurrent
// probes wait for the one check in flight instead of starting their own.
type readyCache struct {
	fn  func(context.Context) error
	ttl time.Duration

	mu  sync.Mutex
	at  time.Time
	err error
}

func (c *readyCache) check(ctx context.Context) error {
	if c.fn == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.at.IsZero() && time.Since(c.at) < c.ttl {
		return c.err
	}
	// The result is shared with other probes: do not let this caller's
	// disconnect decide it.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), readyTimeout)
	defer cancel()
	c.err = safeCall(ctx, c.fn)
	c.at = time.Now()
	return c.err
}

func safeCall(ctx context.Context, fn func(context.Context) error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("readiness check panicked: %v", p)
		}
	}()
	return fn(ctx)
}

func onlyGet(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, "use GET")
			return
		}
		h.ServeHTTP(w, r)
	})
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, ErrorResponse{Error: msg})
}

// writeJSON writes v with a Content-Length. HTML characters are not escaped:
// answers quote the article, and "<" in a quote should stay "<".
func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		status = http.StatusInternalServerError
		buf.Reset()
		buf.WriteString(`{"error":"could not encode the response"}` + "\n")
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", fmt.Sprint(buf.Len()))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

func msSince(t time.Time) float64 {
	return float64(time.Since(t).Microseconds()) / 1000
}
