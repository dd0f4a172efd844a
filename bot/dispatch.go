package bot

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"io"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/go-telegram/bot/models"

	"articlebot/internal/metrics"
	"articlebot/prompts/texts"
)

// maxQueue bounds the questions waiting in one chat; beyond it new ones are
// dropped (the per-user rate limit keeps honest users far below it).
const maxQueue = 200

// conv is where and to whom a reply goes, plus timing for tests.
type conv struct {
	chatID   int64
	threadID int
	replyTo  int
	chatType string // private, group, supergroup
	userID   int64  // who asks: the user, or sender_chat for anonymous admins and channels
	lang     string // of the bot's own texts
	edited   bool   // an edited question
	offline  bool   // answer offline (the day's LLM tokens are used up)
	updateID int64

	received time.Time // update taken
	started  time.Time // handler started (its turn in the chat)
	waitedNs int64     // deliberate waits (outbound limiter, retry_after), atomic
	sentIDs  []int     // messages sent for this answer

	journalDone bool // marked handled in the Journal already
}

func (c *conv) group() bool { return c.chatType == "group" || c.chatType == "supergroup" }

// topicOf is the forum topic a message was sent in, 0 for none. Telegram
// also sets message_thread_id on plain replies in groups without topics (the
// id of the reply thread, tdlib/telegram-bot-api#447), and on replies in a
// forum's General topic: neither is a topic to answer in or to key memory
// by, so only is_topic_message counts.
func topicOf(m *models.Message) int {
	if m.IsTopicMessage {
		return m.MessageThreadID
	}
	return 0
}

// queueKey is what answers are ordered by: a chat, or one forum topic in it.
type queueKey struct {
	chat  int64
	topic int
}

func (c *conv) queueKey() queueKey { return queueKey{c.chatID, c.threadID} }

// job is one update's work in a chat queue.
type job struct {
	c   *conv
	run func(ctx context.Context, c *conv)
	// early, when set, runs at once in its own goroutine (answering a
	// callback query), before run's turn in the queue.
	early func(ctx context.Context)
}

type chatQueue struct{ jobs []job }

// dispatch routes one update. It never blocks on Telegram: work goes to the
// update's chat queue (answers in order, one at a time per chat) or, for
// inline queries, to its own goroutine. It reports false when the bot is
// shutting down and did not take the update.
func (b *Bot) dispatch(u *models.Update) bool { return b.route(u, false) }

// Resume processes an update taken over from the Journal of a replica that
// died before answering it. It was marked seen there, so dedup is skipped.
// It reports false when the bot is shutting down.
func (b *Bot) Resume(u *models.Update) bool { return b.route(u, true) }

// take decides, under b.mu, whether to process u: not a repeat (unless
// resumed), and journaled before the update is acknowledged.
func (b *Bot) take(u *models.Update, resumed bool) bool {
	switch {
	case resumed:
		return true // already in this replica's journal
	case b.cfg.Journal != nil:
		return b.cfg.Journal.Take(u)
	}
	return !b.dedup.Seen(u.ID)
}

func (b *Bot) route(u *models.Update, resumed bool) bool {
	now := time.Now()
	if u.ID == 0 {
		// Telegram numbers every update from 1; without an id it cannot be
		// told from a repeat (all would dedupe as 0).
		metrics.UpdatesDropped.WithLabelValues("no_id").Inc()
		b.log.Warn("update without update_id dropped")
		return true
	}
	switch {
	case u.InlineQuery != nil:
		q := u.InlineQuery
		return b.spawn(u, resumed, func(ctx context.Context) { b.onInline(ctx, q, u.ID, now) })
	case u.CallbackQuery != nil:
		cb := u.CallbackQuery
		c := &conv{userID: cb.From.ID, lang: uiLang(cb.From.LanguageCode, ""), updateID: u.ID, received: now}
		switch {
		case cb.Message.Message != nil:
			m := cb.Message.Message
			c.chatID, c.chatType, c.threadID, c.replyTo = m.Chat.ID, string(m.Chat.Type), topicOf(m), m.ID
		case cb.Message.InaccessibleMessage != nil:
			m := cb.Message.InaccessibleMessage
			c.chatID, c.chatType, c.replyTo = m.Chat.ID, string(m.Chat.Type), m.MessageID
		default:
			c.chatID, c.chatType = cb.From.ID, "private"
		}
		// The callback is answered at once, not after the chat's queue.
		return b.enqueue(u, resumed, job{c: c, early: func(ctx context.Context) { b.answerCallback(ctx, cb, c.lang) },
			run: func(ctx context.Context, c *conv) { b.onCallback(ctx, c, cb) }})
	case u.MyChatMember != nil:
		mc := u.MyChatMember
		c := &conv{chatID: mc.Chat.ID, chatType: string(mc.Chat.Type), userID: mc.From.ID,
			lang: uiLang(mc.From.LanguageCode, ""), updateID: u.ID, received: now}
		return b.enqueue(u, resumed, job{c: c, run: func(ctx context.Context, c *conv) { b.onMyChatMember(ctx, c, mc) }})
	case u.Message != nil || u.EditedMessage != nil:
		m := u.Message
		if m == nil {
			m = u.EditedMessage
		}
		c := &conv{chatID: m.Chat.ID, chatType: string(m.Chat.Type), threadID: topicOf(m), replyTo: m.ID, updateID: u.ID, received: now, edited: u.Message == nil}
		text, _, _ := messageText(m)
		lc := ""
		if m.From != nil {
			c.userID, lc = m.From.ID, m.From.LanguageCode
		}
		if m.SenderChat != nil {
			// An anonymous admin or a channel: From is a shared account
			// (GroupAnonymousBot), the sender is the chat.
			c.userID, lc = m.SenderChat.ID, ""
		}
		c.lang = uiLang(lc, text)
		return b.enqueue(u, resumed, job{c: c, run: func(ctx context.Context, c *conv) { b.onMessage(ctx, c, m) }})
	}
	return true // other kinds are not for this bot
}

// spawn runs fn for an update in its own goroutine, tracked for shutdown.
func (b *Bot) spawn(u *models.Update, resumed bool, fn func(ctx context.Context)) bool {
	id := u.ID
	b.mu.Lock()
	if b.stopping {
		b.mu.Unlock()
		return false
	}
	if !b.take(u, resumed) {
		b.mu.Unlock()
		return true
	}
	b.inflight.Add(1)
	b.pending[id]++
	b.mu.Unlock()
	go func() {
		defer b.finish(id, false)
		defer b.recover(nil)
		if !b.waitReady() {
			return
		}
		fn(b.procCtx)
	}()
	return true
}

func (b *Bot) enqueue(u *models.Update, resumed bool, j job) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.stopping {
		return false
	}
	if !b.take(u, resumed) {
		return true
	}
	k := j.c.queueKey()
	q := b.queues[k]
	if q == nil {
		q = &chatQueue{}
		b.queues[k] = q
		b.inflight.Add(1)
		go b.work(k, q)
	}
	if len(q.jobs) >= maxQueue {
		b.log.Warn("chat queue full, dropping update", "chat", j.c.chatID, "update", j.c.updateID)
		if b.cfg.Journal != nil {
			b.cfg.Journal.Done(u.ID)
		}
		return true
	}
	b.inflight.Add(1)
	b.pending[j.c.updateID]++
	q.jobs = append(q.jobs, j)
	if j.early != nil {
		b.inflight.Add(1)
		go func() {
			defer b.inflight.Done()
			defer b.recover(nil)
			if b.waitReady() {
				j.early(b.procCtx)
			}
		}()
	}
	return true
}

// work runs one chat's (or topic's) jobs in order, then exits when the
// queue is empty.
func (b *Bot) work(k queueKey, q *chatQueue) {
	defer b.inflight.Done()
	if !b.waitReady() {
		b.mu.Lock()
		for _, j := range q.jobs {
			b.doneLocked(j.c.updateID)
		}
		delete(b.queues, k)
		b.mu.Unlock()
		return
	}
	for {
		b.mu.Lock()
		if len(q.jobs) == 0 {
			delete(b.queues, k)
			b.mu.Unlock()
			return
		}
		j := q.jobs[0]
		q.jobs[0] = job{}
		q.jobs = q.jobs[1:]
		b.mu.Unlock()
		func() {
			defer func() { b.finish(j.c.updateID, j.c.journalDone) }()
			defer b.recover(j.c)
			j.c.started = time.Now()
			j.run(b.procCtx, j.c)
		}()
	}
}

func (b *Bot) waitReady() bool {
	select {
	case <-b.ready:
		return true
	case <-b.procCtx.Done():
		return false
	}
}

// journalDone marks c's update handled in the journal as soon as its answer
// is sent (once; finish does it for the other updates).
func (b *Bot) journalDone(c *conv) {
	if b.cfg.Journal != nil && !c.journalDone && b.procCtx.Err() == nil {
		c.journalDone = true
		b.cfg.Journal.Done(c.updateID)
	}
}

func (b *Bot) finish(id int64, journalDone bool) {
	// An answer cancelled at shutdown stays in the journal, for another
	// replica to give.
	if b.cfg.Journal != nil && !journalDone && b.procCtx.Err() == nil {
		b.cfg.Journal.Done(id)
	}
	b.mu.Lock()
	b.doneLocked(id)
	b.mu.Unlock()
}

func (b *Bot) doneLocked(id int64) {
	if b.pending[id]--; b.pending[id] <= 0 {
		delete(b.pending, id)
	}
	b.inflight.Done()
}

// recover is the last-resort net around a queued job or a spawned
// goroutine, for code outside the middleware chain (routing, addressing):
// a log line and an apology. Handlers panic into the chain's recovering.
func (b *Bot) recover(c *conv) {
	r := recover()
	if r == nil {
		return
	}
	attrs := []any{"panic", r, "stack", string(debug.Stack())}
	if c != nil {
		attrs = append(attrs, "chat", c.chatID, "update", c.updateID)
	}
	b.log.Error("handler panic", attrs...)
	if c != nil && c.chatID != 0 {
		ctx, cancel := context.WithTimeout(b.procCtx, 10*time.Second)
		defer cancel()
		func() {
			defer func() { _ = recover() }()
			b.sendNotice(ctx, c, texts.For(c.lang).Panic)
		}()
	}
}

// WebhookHandler serves Telegram's webhook calls. It checks the
// X-Telegram-Bot-Api-Secret-Token header in constant time (401 when wrong),
// replies 200 at once and processes the update asynchronously; a repeated
// update_id is processed once. During shutdown it replies 503 so that
// Telegram delivers the update again later.
func (b *Bot) WebhookHandler() http.Handler {
	want := sha256.Sum256([]byte(b.secret))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		// Hashing first makes the comparison constant-time in the length too.
		got := sha256.Sum256([]byte(r.Header.Get("X-Telegram-Bot-Api-Secret-Token")))
		if subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
			metrics.Refused.WithLabelValues("unauthorized").Inc()
			b.log.Warn("webhook: wrong secret token", "remote", r.RemoteAddr)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		data, err := io.ReadAll(io.LimitReader(r.Body, 4<<20))
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		ups := b.decodeUpdates([]json.RawMessage{data})
		if len(ups) == 0 || !json.Valid(data) {
			b.log.Warn("webhook: undecodable update")
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		u := *ups[0] // an update the models cannot hold is acknowledged and dropped
		if !b.dispatch(&u) {
			http.Error(w, "shutting down", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"ok":true}`))
	})
}
