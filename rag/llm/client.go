package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Client talks to one OpenAI-compatible server. It is safe for concurrent use.
type Client struct {
	cfg Config
	api *openai.Client
	log *slog.Logger
	obs Observer
}

// NewClient builds a client from a validated configuration. It does not
// contact the server; call Check at start-up for that.
func NewClient(cfg Config, log *slog.Logger) (*Client, error) {
	cfg = cfg.WithDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.BaseURL == "" {
		return nil, fmt.Errorf("%s is empty: set it to your OpenAI-compatible server, e.g. http://localhost:11434/v1", EnvBaseURL)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DialContext = (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	tr.MaxIdleConnsPerHost = 8
	oc := openai.DefaultConfig(cfg.APIKey) // an empty key sends no Authorization header
	oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	// No http.Client.Timeout: it would cut long streams. Every call carries a
	// context deadline instead.
	oc.HTTPClient = &recordingDoer{hc: &http.Client{Transport: tr}}
	obs := cfg.Observer
	if obs == nil {
		obs = nopObserver{}
	}
	return &Client{cfg: cfg, api: openai.NewClientWithConfig(oc), log: log, obs: obs}, nil
}

// Config returns the configuration in use, defaults filled in.
func (c *Client) Config() Config { return c.cfg }

// Check probes the server at start-up with GET {base}/models and returns a
// one-line error naming the setting to fix: a 404 from a URL without /v1, an
// unreachable server, a rejected key. A model missing from the server's list
// is only logged: some servers list nothing or other names.
func (c *Client) Check(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, min(c.cfg.Timeout, 10*time.Second))
	defer cancel()
	base := strings.TrimRight(c.cfg.BaseURL, "/")
	list, err := c.api.ListModels(ctx)
	if err == nil {
		c.checkModels(list)
		return nil
	}
	code := httpStatus(err)
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	notJSON := code == 0 && (errors.As(err, &se) || errors.As(err, &te))
	switch {
	case code == http.StatusNotFound && !versioned(base):
		return checkErr(ErrWrongURL, "%s=%s answered 404 for /models: the URL probably lacks /v1; try %s=%s/v1", EnvBaseURL, base, EnvBaseURL, base)
	case notJSON && !versioned(base):
		return checkErr(ErrWrongURL, "%s=%s did not answer like an OpenAI API (not JSON): the URL probably lacks /v1; try %s=%s/v1", EnvBaseURL, base, EnvBaseURL, base)
	case code == http.StatusUnauthorized || code == http.StatusForbidden:
		return checkErr(ErrRejected, "%s=%s rejected the key (HTTP %d): set %s to a valid key", EnvBaseURL, base, code, EnvAPIKey)
	case code != 0 || notJSON:
		// Some servers have no usable /models; chat may still work, and a
		// failing chat falls back to the offline answer anyway.
		c.log.Warn("llm server: /models did not answer; cannot check the model names", "base_url", base, "err", oneLine(err.Error(), 160))
		return nil
	case ctx.Err() != nil:
		return checkErr(ErrUnreachable, "cannot reach %s=%s: no answer within %v; is the server running?", EnvBaseURL, base, min(c.cfg.Timeout, 10*time.Second))
	case isUnreachable(err) || isNetwork(err):
		return checkErr(ErrUnreachable, "cannot reach %s=%s: %s; is the server running and the URL right?", EnvBaseURL, base, oneLine(err.Error(), 160))
	}
	return fmt.Errorf("%s=%s: %s", EnvBaseURL, base, oneLine(err.Error(), 160))
}

func (c *Client) checkModels(list openai.ModelsList) {
	if len(list.Models) == 0 {
		return
	}
	have := make(map[string]bool, len(list.Models))
	names := make([]string, 0, len(list.Models))
	for _, m := range list.Models {
		have[m.ID] = true
		have[strings.TrimSuffix(m.ID, ":latest")] = true
		names = append(names, m.ID)
	}
	for _, m := range []struct{ env, name string }{{EnvChatModel, c.cfg.ChatModel}, {EnvEmbedModel, c.cfg.EmbedModel}} {
		if m.name != "" && !have[m.name] && !have[strings.TrimSuffix(m.name, ":latest")] {
			if len(names) > 10 {
				names = append(names[:10], "…")
			}
			c.log.Warn("model not in the server's list (for Ollama: ollama pull it)", "setting", m.env, "model", m.name, "server_models", strings.Join(names, ","))
		}
	}
}

// versioned reports whether a base URL ends in an API version segment
// (/v1, /v1beta/openai, /api/v3 ...).
var versionRE = regexp.MustCompile(`/v\d+[a-z0-9]*(/|$)`)

func versioned(base string) bool { return versionRE.MatchString(base) }

// reasonOf names why err happened, for metrics and notes.
func reasonOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Reason
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "timeout"
	}
	return "error"
}

var (
	errStall     = errors.New("no data from the server within the stall timeout")
	errCutStream = errors.New("stream ended without finish_reason or [DONE]")
	errEmpty     = errors.New("empty answer")
)

// attempt records what the HTTP layer saw during one try of a call.
type attempt struct {
	status     int
	retryAfter time.Duration // -1: no Retry-After header
	sawDone    bool          // "data: [DONE]" went by
	touch      func()        // resets the stall timer
}

type attemptKey struct{}

// recordingDoer is go-openai's HTTP client. go-openai turns error responses
// into errors without their headers, so Retry-After is read here, into the
// attempt carried by the request context. Streams are wrapped to notice
// "data: [DONE]", which go-openai reports as plain io.EOF like a cut stream.
type recordingDoer struct{ hc *http.Client }

func (d *recordingDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.hc.Do(req)
	if err != nil {
		return resp, err
	}
	a, _ := req.Context().Value(attemptKey{}).(*attempt)
	if a == nil {
		return resp, nil
	}
	a.status = resp.StatusCode
	a.retryAfter = parseRetryAfter(resp.Header, time.Now())
	if a.touch != nil {
		a.touch()
	}
	if resp.StatusCode < 300 && strings.Contains(req.Header.Get("Accept"), "text/event-stream") {
		if strings.Contains(resp.Header.Get("Content-Type"), "json") {
			asStream(resp)
		}
		resp.Body = &doneReader{ReadCloser: resp.Body, a: a}
	}
	return resp, nil
}

// asStream turns a whole chat completion, which some servers send even when
// asked to stream, into the SSE stream go-openai expects. A body that is not
// a completion is left alone (and fails as a malformed stream).
func asStream(resp *http.Response) {
	body, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(body))
	if err != nil {
		return
	}
	var full openai.ChatCompletionResponse
	if json.Unmarshal(body, &full) != nil || len(full.Choices) == 0 {
		return
	}
	chunk := openai.ChatCompletionStreamResponse{ID: full.ID, Object: "chat.completion.chunk", Model: full.Model}
	for _, ch := range full.Choices {
		fr := ch.FinishReason
		if fr == "" {
			fr = openai.FinishReasonStop
		}
		chunk.Choices = append(chunk.Choices, openai.ChatCompletionStreamChoice{
			Index: ch.Index, FinishReason: fr,
			Delta: openai.ChatCompletionStreamChoiceDelta{Role: ch.Message.Role, Content: ch.Message.Content},
		})
	}
	u := full.Usage
	chunk.Usage = &u
	b, err := json.Marshal(chunk)
	if err != nil {
		return
	}
	sse := append(append([]byte("data: "), b...), "\n\ndata: [DONE]\n\n"...)
	resp.Body = io.NopCloser(bytes.NewReader(sse))
	resp.Header.Set("Content-Type", "text/event-stream")
}

// doneReader watches an SSE body for the "data: [DONE]" line and resets the
// stall timer on every read.
type doneReader struct {
	io.ReadCloser
	a    *attempt
	line []byte
	long bool
}

func (r *doneReader) Read(p []byte) (int, error) {
	n, err := r.ReadCloser.Read(p)
	if n > 0 && r.a.touch != nil {
		r.a.touch()
	}
	for _, b := range p[:n] {
		if b == '\n' {
			r.endLine()
			continue
		}
		if len(r.line) < 32 {
			r.line = append(r.line, b)
		} else {
			r.long = true
		}
	}
	if err != nil {
		r.endLine()
	}
	return n, err
}

func (r *doneReader) endLine() {
	if !r.long {
		t := bytes.TrimSpace(r.line)
		if bytes.HasPrefix(t, []byte("data:")) && string(bytes.TrimSpace(t[5:])) == "[DONE]" {
			r.a.sawDone = true
		}
	}
	r.line, r.long = r.line[:0], false
}

// parseRetryAfter reads retry-after-ms (OpenAI) or Retry-After (seconds or
// an HTTP date). It returns -1 without either.
func parseRetryAfter(h http.Header, now time.Time) time.Duration {
	if v := h.Get("Retry-After-Ms"); v != "" {
		if ms, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil && ms >= 0 {
			return time.Duration(ms * float64(time.Millisecond))
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return -1
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0)
	}
	return -1
}

// maxRetryAfter caps a server's Retry-After; the call deadline caps it too.
const maxRetryAfter = time.Minute

// do runs op until it succeeds, a non-retryable error occurs, the retries are
// spent or ctx ends. Each try gets its own context carrying an *attempt, and
// ends with errStall when no data arrived for stall (0: no stall timer).
// retry reports whether a failed try may be repeated (e.g. not after text was
// already streamed).
func (c *Client) do(ctx context.Context, kind string, stall time.Duration, retry func() bool, op func(ctx context.Context) error) error {
	for try := 0; ; try++ {
		a := &attempt{retryAfter: -1}
		actx, cancel := context.WithCancelCause(ctx)
		var timer *time.Timer
		if stall > 0 {
			timer = time.AfterFunc(stall, func() { cancel(errStall) })
			a.touch = func() { timer.Reset(stall) }
		}
		c.obs.Call(kind)
		err := op(context.WithValue(actx, attemptKey{}, a))
		if timer != nil {
			timer.Stop()
		}
		if err != nil && ctx.Err() == nil && errors.Is(context.Cause(actx), errStall) {
			err = fmt.Errorf("%w (%v)", errStall, stall)
		}
		cancel(nil)
		if err == nil {
			return nil
		}
		reason, retryable := classify(ctx, err, a)
		c.obs.CallError(kind, reason)
		fail := &Error{Kind: kind, Reason: reason, Attempts: try + 1, Err: err}
		if !retryable || try >= c.cfg.MaxRetries || ctx.Err() != nil || (retry != nil && !retry()) {
			return fail
		}
		wait := backoff(try)
		if a.retryAfter >= 0 {
			wait = min(a.retryAfter, maxRetryAfter)
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait+100*time.Millisecond {
			// Waiting would use up the deadline: fail now, so the caller's
			// fallback has the time instead.
			return fail
		}
		c.log.Warn("llm call failed, retrying", "kind", kind, "reason", reason, "attempt", try+1, "wait", wait, "err", oneLine(err.Error(), 200))
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return fail
		case <-t.C:
		}
	}
}

// backoff is 250 ms doubling per try, ±20 % jitter, capped at 4 s.
func backoff(try int) time.Duration {
	d := 250 * time.Millisecond << min(try, 4)
	d = min(d, 4*time.Second)
	return time.Duration(float64(d) * (0.8 + 0.4*rand.Float64()))
}

// classify names a failure and says whether it is worth retrying: 429, 408,
// 5xx, stalls, network timeouts and dropped connections are; other 4xx,
// refused connections, cut or malformed streams and the caller's deadline
// are not.
func classify(ctx context.Context, err error, a *attempt) (reason string, retryable bool) {
	if code := httpStatus(err); code != 0 {
		var ae *openai.APIError
		if errors.As(err, &ae) && (ae.Type == "insufficient_quota" || fmt.Sprint(ae.Code) == "insufficient_quota") {
			return "quota", false // a 429 that waiting does not cure
		}
		return strconv.Itoa(code), code == 429 || code == 408 || code >= 500
	}
	switch {
	case errors.Is(err, errStall):
		return "timeout", true
	case ctx.Err() != nil:
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return "timeout", false
		}
		return "canceled", false
	case errors.Is(err, errCutStream):
		return "stream", false
	case errors.Is(err, errEmpty):
		return "empty", false
	case isUnreachable(err):
		return "unreachable", false
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return "timeout", true
	}
	if isNetwork(err) {
		return "network", true
	}
	var ae *openai.APIError
	if errors.As(err, &ae) { // an error event inside a stream
		return "stream", false
	}
	return "bad_response", false
}

// httpStatus is the HTTP status of an error response, or 0.
func httpStatus(err error) int {
	var ae *openai.APIError
	if errors.As(err, &ae) && ae.HTTPStatusCode != 0 {
		return ae.HTTPStatusCode
	}
	var re *openai.RequestError
	if errors.As(err, &re) {
		return re.HTTPStatusCode
	}
	return 0
}

func errMessage(err error) string {
	var ae *openai.APIError
	if errors.As(err, &ae) {
		return ae.Message
	}
	var re *openai.RequestError
	if errors.As(err, &re) {
		return string(re.Body)
	}
	return err.Error()
}

// isUnreachable: nobody listens there or the name does not resolve;
// retrying within seconds will not help.
func isUnreachable(err error) bool {
	var dns *net.DNSError
	return errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EHOSTUNREACH) ||
		errors.Is(err, syscall.ENETUNREACH) || (errors.As(err, &dns) && !dns.IsTimeout)
}

// isNetwork: a dropped connection or similar transient transport failure.
func isNetwork(err error) bool {
	var oe *net.OpError
	return errors.As(err, &oe) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) ||
		(errors.Is(err, io.EOF) && !errors.Is(err, errCutStream))
}

// oneLine flattens s and cuts it to n runes, for one-line errors and logs.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
