package bot

import (
	"context"
	"fmt"
	"runtime/debug"
	"time"

	"articlebot/internal/metrics"
	"articlebot/prompts/texts"
)

// request is one update on its way to a handler, after routing decided it
// is for the bot. The middleware chain reads it and records what it did.
type request struct {
	kind     string // "message", "inline", "callback", "member"
	c        *conv
	question bool // it asks the engine: the rate limit and quotas apply
	// refuse tells a sender who is not allowed; nil means silently. A
	// chat gets the polite refusal once.
	refuse  func(ctx context.Context)
	outcome string // "ok", "refused", "limited", "panic"
}

// handler does what a request asks. middleware wraps a handler with a
// cross-cutting concern, in the style of go-telegram/bot's
// func(next HandlerFunc) HandlerFunc.
type (
	handler    func(ctx context.Context, r *request)
	middleware func(next handler) handler
)

// serve runs h for r through the bot's one chain, outermost first:
// metrics and log, recovery, allow-list, rate limit and quotas. Messages,
// inline queries, callbacks and membership updates all pass it.
func (b *Bot) serve(ctx context.Context, r *request, h handler) {
	for _, m := range []middleware{b.limiting, b.allowing, b.recovering, b.observing} {
		h = m(h)
	}
	h(ctx, r)
}

// recovering turns a handler panic into a log line and an apology in the
// chat; the bot keeps running.
func (b *Bot) recovering(next handler) handler {
	return func(ctx context.Context, r *request) {
		defer func() {
			p := recover()
			if p == nil {
				return
			}
			r.outcome = "panic"
			c := r.c
			b.log.Error("handler panic", "kind", r.kind, "panic", fmt.Sprint(p), "stack", string(debug.Stack()), "chat", c.chatID, "update", c.updateID)
			if c.chatID != 0 {
				actx, cancel := context.WithTimeout(b.procCtx, 10*time.Second)
				defer cancel()
				func() {
					defer func() { _ = recover() }()
					b.sendNotice(actx, c, texts.For(c.lang).Panic)
				}()
			}
		}()
		next(ctx, r)
	}
}

// observing counts every request by kind and outcome and logs it at debug.
func (b *Bot) observing(next handler) handler {
	return func(ctx context.Context, r *request) {
		t0 := time.Now()
		r.outcome = "ok"
		defer func() {
			metrics.Updates.WithLabelValues(r.kind, r.outcome).Inc()
			b.log.Debug("update", "kind", r.kind, "outcome", r.outcome, "chat", r.c.chatID, "update", r.c.updateID, "took_ms", time.Since(t0).Milliseconds())
		}()
		next(ctx, r)
	}
}

// allowing applies ARTICLEBOT_ALLOWED_CHATS: a request from a chat or user
// not on it is refused (the chat told once) and uses no quota.
func (b *Bot) allowing(next handler) handler {
	return func(ctx context.Context, r *request) {
		c := r.c
		if len(b.allowed) == 0 || (c.chatID != 0 && b.allowed[c.chatID]) || (c.userID != 0 && b.allowed[c.userID]) {
			next(ctx, r)
			return
		}
		r.outcome = "refused"
		metrics.Refused.WithLabelValues("not_allowed").Inc()
		first := c.chatID != 0
		if first {
			b.noteMu.Lock()
			first = !b.refused[c.chatID]
			if first {
				if len(b.refused) > 100000 {
					b.refused = map[int64]bool{}
				}
				b.refused[c.chatID] = true
			}
			b.noteMu.Unlock()
		}
		b.log.Info("refused: not on the allow-list", "kind", r.kind, "chat", c.chatID, "user", c.userID, "told", first)
		if r.refuse != nil && (first || c.chatID == 0) {
			r.refuse(ctx)
		}
	}
}

// limiting applies the per-user rate limit and the daily quotas to
// questions; a user over the token quota gets offline answers (c.offline).
func (b *Bot) limiting(next handler) handler {
	return func(ctx context.Context, r *request) {
		if !r.question {
			next(ctx, r)
			return
		}
		c := r.c
		key := c.userID
		if key == 0 {
			key = c.chatID
		}
		if ok, retry := b.rl.Allow(key); !ok {
			r.outcome = "limited"
			metrics.RateLimited.WithLabelValues("user").Inc()
			now := time.Now()
			b.noteMu.Lock()
			tell := now.After(b.rlNotified[key])
			if tell {
				if len(b.rlNotified) > 100000 {
					b.rlNotified = map[int64]time.Time{}
				}
				b.rlNotified[key] = now.Add(retry)
			}
			b.noteMu.Unlock()
			if tell {
				b.sendNotice(ctx, c, fmt.Sprintf(texts.For(c.lang).RateLimited, int(retry.Seconds())+1))
			}
			return
		}
		ok, offline := b.checkQuota(ctx, c)
		if !ok {
			r.outcome = "limited"
			return
		}
		c.offline = offline
		next(ctx, r)
	}
}

// notice is a request's refusal: a short text in its chat.
func (b *Bot) notice(c *conv) func(ctx context.Context) {
	return func(ctx context.Context) { b.sendNotice(ctx, c, texts.For(c.lang).NotAllowed) }
}
