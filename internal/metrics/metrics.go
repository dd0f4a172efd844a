// Package metrics holds the Prometheus metrics of articlebot, all named
// articlebot_*, on one registry that the HTTP side serves at /metrics.
package metrics

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Registry is where every articlebot metric is registered, plus the Go and
// process collectors.
var Registry = prometheus.NewRegistry()

var (
	// Questions counts answered questions by mode (extractive, llm), found
	// (true, false) and chat type (private, group, supergroup, inline, http, cli).
	Questions = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "articlebot_questions_total",
		Help: "Questions answered, by mode, found and chat type.",
	}, []string{"mode", "found", "chat_type"})

	// AnswerSeconds is the time from question to complete answer.
	AnswerSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "articlebot_answer_seconds",
		Help:    "Time to answer a question, by mode.",
		Buckets: []float64{.0005, .001, .002, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
	}, []string{"mode"})

	// TopScore is the best fused retrieval score of each question.
	TopScore = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "articlebot_retrieval_top_score",
		Help:    "Best retrieval score per question.",
		Buckets: prometheus.LinearBuckets(0, 0.1, 11),
	})

	// LLMCalls counts calls to the OpenAI-compatible server by kind (chat, rewrite, embed).
	LLMCalls = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "articlebot_llm_calls_total",
		Help: "Calls to the LLM server, by kind.",
	}, []string{"kind"})

	// LLMErrors counts failed LLM calls by kind and reason (status code, timeout, stream).
	LLMErrors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "articlebot_llm_errors_total",
		Help: "Failed LLM calls, by kind and reason.",
	}, []string{"kind", "reason"})

	// LLMTokens counts tokens by type (prompt, completion).
	LLMTokens = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "articlebot_llm_tokens_total",
		Help: "LLM tokens used, by type.",
	}, []string{"type"})

	// Fallbacks counts LLM answers replaced by the offline answer, by reason.
	Fallbacks = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "articlebot_fallbacks_total",
		Help: "LLM answers that fell back to the extractive answer, by reason.",
	}, []string{"reason"})

	// TelegramCalls counts Bot API calls by method and result code ("200", "429", ...).
	TelegramCalls = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "articlebot_telegram_calls_total",
		Help: "Bot API calls, by method and code.",
	}, []string{"method", "code"})

	// TelegramErrors counts failed Bot API calls by method and code.
	TelegramErrors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "articlebot_telegram_errors_total",
		Help: "Failed Bot API calls, by method and code.",
	}, []string{"method", "code"})

	// RateLimited counts questions refused by a rate limit, by scope (user, http).
	RateLimited = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "articlebot_rate_limited_total",
		Help: "Questions refused by a rate limit, by scope.",
	}, []string{"scope"})

	// TelegramRepeats counts sends repeated after a failure that may have
	// been delivered (the request was written, no reply came), by method.
	TelegramRepeats = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "articlebot_telegram_repeats_total",
		Help: "Bot API sends repeated after a failure that may have been delivered, by method.",
	}, []string{"method"})

	// UpdatesDropped counts Telegram updates not processed, by reason (no_id).
	UpdatesDropped = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "articlebot_updates_dropped_total",
		Help: "Telegram updates dropped unprocessed, by reason.",
	}, []string{"reason"})

	// Updates counts Telegram updates the bot handled, by kind (message,
	// inline, callback, member) and outcome (ok, refused, limited, panic).
	Updates = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "articlebot_updates_total",
		Help: "Telegram updates handled, by kind and outcome.",
	}, []string{"kind", "outcome"})

	// Votes counts feedback votes on answers, by vote (up, down) and mode.
	Votes = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "articlebot_votes_total",
		Help: "Feedback votes on answers, by vote and mode.",
	}, []string{"vote", "mode"})

	// Citations counts what the LLM answers' citation check did, by action:
	// kept, repointed (a marker moved to the source that holds the claim),
	// added (a claim without marker got one), removed (a marker taken off a
	// claim no source supports), dropped (a marker to no source), and
	// unsupported (claims no source supports).
	Citations = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "articlebot_llm_citations_total",
		Help: "Citation markers of LLM answers by what the check did (kept, repointed, added, removed, dropped, unsupported).",
	}, []string{"action"})

	// Refused counts requests refused for access reasons (not_allowed, unauthorized).
	Refused = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "articlebot_refused_total",
		Help: "Requests refused for access reasons, by reason.",
	}, []string{"reason"})

	// RedisErrors counts failed or timed-out Redis calls by operation
	// (memory, dedup, limit, lease, journal, ping); each one was answered
	// from local state instead.
	RedisErrors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "articlebot_redis_errors_total",
		Help: "Redis calls that failed or timed out (answered from local state), by operation.",
	}, []string{"op"})
)

func init() {
	Registry.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		Questions, AnswerSeconds, TopScore, LLMCalls, LLMErrors, LLMTokens,
		Fallbacks, Citations, TelegramCalls, TelegramErrors, RateLimited, Refused,
		RedisErrors, TelegramRepeats, UpdatesDropped, Votes, Updates,
	)
}

// ObserveAnswer records one answered question. The caller that owns the
// chat type (bot, HTTP API, CLI) calls it once per question.
func ObserveAnswer(mode string, found bool, tookMS, topScore float64, chatType string) {
	f := "false"
	if found {
		f = "true"
	}
	Questions.WithLabelValues(mode, f, chatType).Inc()
	AnswerSeconds.WithLabelValues(mode).Observe(tookMS / 1000)
	TopScore.Observe(topScore)
}

// LLM counts the generative path's events on the registry; it satisfies
// rag/llm's Observer, which the program passes to the LLM client (the
// library itself never touches this package).
type LLM struct{}

// Call counts one attempt of a call to the LLM server.
func (LLM) Call(kind string) { LLMCalls.WithLabelValues(kind).Inc() }

// CallError counts one failed attempt.
func (LLM) CallError(kind, reason string) { LLMErrors.WithLabelValues(kind, reason).Inc() }

// Tokens adds the tokens of one call.
func (LLM) Tokens(prompt, completion int) {
	LLMTokens.WithLabelValues("prompt").Add(float64(prompt))
	LLMTokens.WithLabelValues("completion").Add(float64(completion))
}

// Fallback counts one LLM answer replaced by the offline one.
func (LLM) Fallback(reason string) { Fallbacks.WithLabelValues(reason).Inc() }

// Citation counts n citation markers (or claims) by what the check did.
func (LLM) Citation(action string, n int) {
	if n > 0 {
		Citations.WithLabelValues(action).Add(float64(n))
	}
}
