package llm

import (
	"errors"
	"fmt"
)

// Sentinel errors a caller decides on with errors.Is. Check's start-up
// errors and every failed call (*Error) match the one that fits.
var (
	// ErrUnreachable: nobody answers at OPENAI_BASE_URL (refused, no route,
	// unknown host, dropped connections, no answer in time). Answers fall
	// back to the offline ones, so a caller may warn and go on.
	ErrUnreachable = errors.New("llm server unreachable")
	// ErrRejected: the server refused the API key (HTTP 401 or 403).
	ErrRejected = errors.New("llm server rejected the key")
	// ErrWrongURL: the URL answers, but not as an OpenAI-compatible API (a
	// 404 for /models, or a web page): usually /v1 is missing.
	ErrWrongURL = errors.New("llm server URL is not an OpenAI-compatible API")
	// ErrRateLimited: 429 after the retries (or an exhausted quota).
	ErrRateLimited = errors.New("llm server rate limit")
	// ErrTimeout: the call did not finish within its deadline.
	ErrTimeout = errors.New("llm call timed out")
	// ErrBadResponse: the server answered something unusable (a cut or
	// malformed stream, an empty answer).
	ErrBadResponse = errors.New("llm server answered badly")
)

// Error is a failed call to the server, after retries. It matches the
// sentinels above with errors.Is according to Reason.
type Error struct {
	Kind     string // "chat", "rewrite", "embed"
	Reason   string // "429", "500", "timeout", "unreachable", "network", "stream", "empty", ...
	Attempts int
	Err      error
}

func (e *Error) Error() string {
	return fmt.Sprintf("llm %s failed (%s) after %d attempt(s): %s", e.Kind, e.Reason, e.Attempts, oneLine(e.Err.Error(), 200))
}

func (e *Error) Unwrap() error { return e.Err }

// Is matches the sentinel of e's reason.
func (e *Error) Is(target error) bool {
	switch target {
	case ErrUnreachable:
		return e.Reason == "unreachable" || e.Reason == "network"
	case ErrRejected:
		return e.Reason == "401" || e.Reason == "403"
	case ErrRateLimited:
		return e.Reason == "429" || e.Reason == "quota"
	case ErrTimeout:
		return e.Reason == "timeout"
	case ErrBadResponse:
		return e.Reason == "stream" || e.Reason == "empty" || e.Reason == "bad_response"
	}
	return false
}

// checkError is a start-up check failure: one line naming the setting to
// fix, matching one sentinel.
type checkError struct {
	kind error // one of the sentinels
	msg  string
}

func (e *checkError) Error() string        { return e.msg }
func (e *checkError) Is(target error) bool { return target == e.kind }

func checkErr(kind error, format string, args ...any) error {
	return &checkError{kind: kind, msg: fmt.Sprintf(format, args...)}
}

// Observer receives what the generative path counts, for metrics. The
// program passes one in (internal/metrics implements it on its registry);
// nil counts nothing. Methods must be safe for concurrent use.
type Observer interface {
	// Call is one attempt of a call to the server, by kind (chat, rewrite, embed).
	Call(kind string)
	// CallError is one failed attempt, by kind and reason (status code, timeout …).
	CallError(kind, reason string)
	// Tokens adds the tokens of one finished call.
	Tokens(prompt, completion int)
	// Fallback is one LLM answer replaced by the offline answer, by reason.
	Fallback(reason string)
	// Citation counts what the citation check did to one answer's markers,
	// by action ("kept", "repointed", "added", "removed", "dropped") and
	// for claims no source supports ("unsupported").
	Citation(action string, n int)
}

// nopObserver counts nothing.
type nopObserver struct{}

func (nopObserver) Call(string)              {}
func (nopObserver) CallError(string, string) {}
func (nopObserver) Tokens(int, int)          {}
func (nopObserver) Fallback(string)          {}
func (nopObserver) Citation(string, int)     {}
