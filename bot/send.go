package bot

import (
	"context"
	"errors"
	"net/http/httptrace"
	"strings"
	"sync/atomic"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"articlebot/internal/metrics"
)

// errSkipChat means the chat cannot be written to (403: the user blocked
// the bot, or it was removed from the group): logged once, the answer dropped.
var errSkipChat = errors.New("chat unavailable")

const (
	maxAttempts = 6
	callTimeout = 30 * time.Second
)

// transient reports an error that is not Telegram's answer to this request
// (4xx) but a server or network failure worth retrying.
func transient(err error) bool {
	for _, e := range []error{tgbot.ErrorForbidden, tgbot.ErrorBadRequest, tgbot.ErrorUnauthorized, tgbot.ErrorNotFound, tgbot.ErrorConflict} {
		if errors.Is(err, e) {
			return false
		}
	}
	var tm *tgbot.TooManyRequestsError
	return !errors.As(err, &tm) && !errors.Is(err, context.Canceled)
}

// transientBackoff is the wait before retry number attempt+1: 0.5 s, 1 s,
// 2 s, 4 s.
func transientBackoff(attempt int) time.Duration {
	return min(500*time.Millisecond<<attempt, 4*time.Second)
}

func isParseError(err error) bool {
	return errors.Is(err, tgbot.ErrorBadRequest) && strings.Contains(strings.ToLower(err.Error()), "parse entities")
}

func isThreadNotFound(err error) bool {
	return errors.Is(err, tgbot.ErrorBadRequest) && strings.Contains(strings.ToLower(err.Error()), "thread not found")
}

func isNotModified(err error) bool {
	return errors.Is(err, tgbot.ErrorBadRequest) && strings.Contains(strings.ToLower(err.Error()), "not modified")
}

// callTrace tells whether a request was written and whether any reply came:
// a failure after the first and without the second may have been carried out.
type callTrace struct{ wrote, replied atomic.Bool }

func (t *callTrace) with(ctx context.Context) context.Context {
	return httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		WroteRequest:         func(httptrace.WroteRequestInfo) { t.wrote.Store(true) },
		GotFirstResponseByte: func() { t.replied.Store(true) },
	})
}

// mayHaveArrived reports a failed call that Telegram may have carried out:
// the request was written and the connection was cut or timed out before a reply.
func (t *callTrace) mayHaveArrived() bool { return t.wrote.Load() && !t.replied.Load() }

// deliver runs one outbound call for c under the outbound limiter, honouring
// 429 retry_after (then sending again), switching to plain text once when
// Telegram cannot parse the HTML, and dropping the thread id when Telegram
// does not know it. call gets plain and the thread id to use.
//
// Delivery is at least once, with at most two copies: a failure Telegram
// answered (5xx, a proxy's page) or a connection that never took the request
// is retried with backoff, but a sendMessage that may have arrived (written,
// then cut or timed out without a reply) is sent again only once.
func (b *Bot) deliver(ctx context.Context, c *conv, method string, call func(ctx context.Context, plain bool, thread int) error) error {
	plain, thread := false, c.threadID
	repeats := maxAttempts // edits are idempotent: no bound of their own
	if method == "sendMessage" {
		repeats = 1
	}
	var err error
	for attempt := 0; attempt < maxAttempts; attempt++ {
		w, done, aerr := b.out.acquire(ctx, c.chatID, c.group())
		atomic.AddInt64(&c.waitedNs, int64(w))
		if aerr != nil {
			return aerr
		}
		var tr callTrace
		err = func() error {
			defer done()
			cctx, cancel := context.WithTimeout(ctx, callTimeout)
			defer cancel()
			return call(tr.with(cctx), plain, thread)
		}()
		if err == nil {
			return nil
		}
		err = b.scrub.Err(err)
		var tm *tgbot.TooManyRequestsError
		var me *tgbot.MigrateError
		switch {
		case errors.As(err, &tm):
			d := time.Duration(max(tm.RetryAfter, 1)) * time.Second
			b.log.Warn("flood wait: retrying after retry_after", "method", method, "chat", c.chatID, "retry_after", d)
			b.out.block(c.chatID, d)
			continue
		case isParseError(err) && !plain:
			b.log.Warn("Telegram rejected the HTML; resending as plain text", "method", method, "chat", c.chatID, "err", err)
			plain = true
			continue
		case errors.As(err, &me):
			// The group became a supergroup with a new id: follow it.
			b.log.Info("group migrated; answering in the supergroup", "chat", c.chatID, "to", me.MigrateToChatID)
			c.chatID = int64(me.MigrateToChatID)
			continue
		case isThreadNotFound(err) && thread != 0:
			thread = 0
			continue
		case errors.Is(err, tgbot.ErrorForbidden):
			b.log.Info("cannot write to chat (blocked or removed); skipped", "method", method, "chat", c.chatID, "err", err)
			return errSkipChat
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if transient(err) && tr.mayHaveArrived() {
			if repeats == 0 {
				b.log.Warn("telegram call may have been delivered; not sending it a third time", "method", method, "chat", c.chatID, "err", err)
				return err
			}
			repeats--
			metrics.TelegramRepeats.WithLabelValues(method).Inc()
		}
		if transient(err) && attempt+1 < maxAttempts {
			// A 5xx, a proxy's error page or a dropped connection: Telegram
			// is having a moment. Wait and send again rather than lose the
			// answer (a send whose reply was lost may then arrive twice,
			// never three times: see repeats).
			d := transientBackoff(attempt)
			b.log.Warn("telegram unavailable; retrying", "method", method, "chat", c.chatID, "in", d, "err", err)
			select {
			case <-time.After(d):
			case <-ctx.Done():
				return ctx.Err()
			}
			continue
		}
		b.log.Warn("telegram call failed", "method", method, "chat", c.chatID, "err", err)
		return err
	}
	return err
}

var noPreview = &models.LinkPreviewOptions{IsDisabled: tgbot.True()}

func (b *Bot) replyParams(c *conv) *models.ReplyParameters {
	if c.replyTo == 0 {
		return nil
	}
	return &models.ReplyParameters{MessageID: c.replyTo, AllowSendingWithoutReply: true}
}

// sendPart sends one message as a reply to c's message.
func (b *Bot) sendPart(ctx context.Context, c *conv, p Part, markup models.ReplyMarkup) (int, error) {
	p = b.scrubPart(p)
	var id int
	err := b.deliver(ctx, c, "sendMessage", func(ctx context.Context, plain bool, thread int) error {
		params := &tgbot.SendMessageParams{
			ChatID:             c.chatID,
			MessageThreadID:    thread,
			Text:               p.HTML,
			ParseMode:          models.ParseModeHTML,
			LinkPreviewOptions: noPreview,
			ReplyParameters:    b.replyParams(c),
			ReplyMarkup:        markup,
		}
		if plain {
			params.Text, params.ParseMode = p.Plain, ""
		}
		m, err := b.tg.SendMessage(ctx, params)
		if err == nil && m != nil {
			id = m.ID
		}
		return err
	})
	if err == nil {
		c.sentIDs = append(c.sentIDs, id)
		b.sent.note(c, id)
	}
	return id, err
}

// sendNotice sends a short bot text (already plain; escaped here).
func (b *Bot) sendNotice(ctx context.Context, c *conv, text string) {
	_, _ = b.sendPart(ctx, c, Part{HTML: escapeHTML(text), Plain: text}, nil)
}

// editPart replaces the text (and the buttons, when markup is set) of
// message id. editMessageText takes no message_thread_id: a message is
// found by its id in the chat, whatever its topic.
func (b *Bot) editPart(ctx context.Context, c *conv, id int, p Part, markup models.ReplyMarkup) error {
	p = b.scrubPart(p)
	return b.deliver(ctx, c, "editMessageText", func(ctx context.Context, plain bool, _ int) error {
		params := &tgbot.EditMessageTextParams{
			ChatID:             c.chatID,
			MessageID:          id,
			Text:               p.HTML,
			ParseMode:          models.ParseModeHTML,
			LinkPreviewOptions: noPreview,
			ReplyMarkup:        markup,
		}
		if plain {
			params.Text, params.ParseMode = p.Plain, ""
		}
		_, err := b.tg.EditMessageText(ctx, params)
		if isNotModified(err) {
			return nil
		}
		return err
	})
}

// typing shows the typing action now and every TypingInterval until the
// returned stop is called (stop waits for the loop to end).
func (b *Bot) typing(ctx context.Context, c *conv) (stop func()) {
	done := make(chan struct{})
	exited := make(chan struct{})
	go func() {
		defer close(exited)
		t := time.NewTicker(b.cfg.TypingInterval)
		defer t.Stop()
		for {
			if !b.out.isBlocked(c.chatID) {
				cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
				_, err := b.tg.SendChatAction(cctx, &tgbot.SendChatActionParams{ChatID: c.chatID, MessageThreadID: c.threadID, Action: models.ChatActionTyping})
				cancel()
				var tm *tgbot.TooManyRequestsError
				if errors.As(err, &tm) {
					b.out.block(c.chatID, time.Duration(max(tm.RetryAfter, 1))*time.Second)
				} else if err != nil && ctx.Err() == nil && !errors.Is(err, context.Canceled) {
					b.log.Debug("sendChatAction", "chat", c.chatID, "err", b.scrub.Err(err))
				}
			}
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	var stopped atomic.Bool
	return func() {
		if stopped.CompareAndSwap(false, true) {
			close(done)
			<-exited
		}
	}
}

// scrubPart keeps the token out of messages even if an answer quoted it.
func (b *Bot) scrubPart(p Part) Part {
	return Part{HTML: b.scrub.String(p.HTML), Plain: b.scrub.String(p.Plain)}
}
