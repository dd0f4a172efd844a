package bot

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"articlebot/internal/metrics"
	"articlebot/prompts/texts"
	"articlebot/rag"
)

// answer asks the engine and sends the answer with its sources. Typing is
// shown until the answer is ready; in LLM mode the text is streamed (drafts
// in private chats, one edited message in groups).
// offline forces the extractive answer (the day's LLM tokens are used up).
func (b *Bot) answer(ctx context.Context, c *conv, q string, prefix []unit, offline bool) {
	stopTyping := b.typing(ctx, c)
	defer stopTyping()

	key := convKey(c)
	req := rag.Request{Question: q, History: b.mem.Get(key), Offline: offline}
	llm := b.cfg.LLM && !offline
	// An edited question whose answer is still the bot's last message gets
	// that answer edited in place (no streaming preview then).
	target := 0
	if c.edited {
		target = b.sent.editable(c)
	}
	var st *streamer
	if llm && target == 0 {
		st = b.newStreamer(ctx, c)
		defer st.stop() // also on panic
		req.OnDelta = st.delta
	}
	ans, err := func() (rag.Answer, error) {
		if llm {
			select { // the global cap on answers going to the LLM
			case b.llmSem <- struct{}{}:
				defer func() { <-b.llmSem }() // released even if the engine panics
			case <-ctx.Done():
				return rag.Answer{}, ctx.Err()
			}
		}
		actx, cancel := context.WithTimeout(ctx, b.cfg.AnswerTimeout)
		defer cancel()
		return b.asker.Ask(actx, req)
	}()
	if st != nil {
		st.stop()
	}
	stopTyping()
	if err != nil {
		b.log.Error("answer failed", "chat", c.chatID, "err", b.scrub.Err(err))
		p := Part{HTML: escapeHTML(texts.For(c.lang).Error), Plain: texts.For(c.lang).Error}
		if st != nil && st.msgID != 0 {
			_ = b.editPart(ctx, c, st.msgID, p, nil)
			return
		}
		_, _ = b.sendPart(ctx, c, p, nil)
		return
	}
	// Remembered before it is sent: a follow-up sent the moment the answer
	// shows may reach another replica, which must know this turn.
	b.mem.Append(key, rag.Turn{Question: q, Answer: ans.Answer})
	lang := ans.Lang
	if lang == "" {
		lang = detectLang(q)
	}
	var suffix []unit
	if !ans.Found && len(ans.Related) == 0 && ans.Error == "" {
		suffix = b.coverage(lang)
	}
	parts := renderAnswerWith(ans, lang, prefix, suffix, b.links, MaxMessageUnits)
	if c.edited && (target == 0 || len(parts) != 1) {
		// A new reply to the edited question, saying which version it answers.
		target = 0
		parts = renderAnswerWith(ans, lang, append([]unit{editedUnit(q)}, prefix...), suffix, b.links, MaxMessageUnits)
	}
	markup := b.feedbackMarkup(ctx, c, q, ans, lang)
	last := func(i int) models.ReplyMarkup {
		if i == len(parts)-1 && markup != nil {
			return markup
		}
		return nil
	}
	switch {
	case target != 0 && len(parts) == 1:
		if err = b.editPart(ctx, c, target, parts[0], last(0)); err == nil {
			c.sentIDs = append(c.sentIDs, target)
			break
		}
		if errors.Is(err, errSkipChat) {
			break
		}
		b.log.Info("edited question: could not edit the answer; replying anew", "chat", c.chatID, "err", err)
		err = b.sendParts(ctx, c, parts, last)
	case st != nil && st.msgID != 0:
		err = st.finish(parts, last)
	default:
		err = b.sendParts(ctx, c, parts, last)
	}
	b.sent.answered(c)
	b.journalDone(c) // at once: a crash after the send must not repeat it
	if err != nil && !errors.Is(err, errSkipChat) {
		b.log.Warn("answer not delivered", "chat", c.chatID, "err", err)
	}
	tokens := 0
	if ans.Usage != nil {
		tokens = ans.Usage.TotalTokens
	}
	b.countQuota(ctx, c, tokens)
	metrics.ObserveAnswer(ans.Mode, ans.Found, ans.TookMS, ans.TopScore, c.chatType)
	if b.traceDone != nil {
		b.traceDone(c)
	}
}

// sendParts sends the parts of an answer, each as a new message; markup
// gives each its buttons.
func (b *Bot) sendParts(ctx context.Context, c *conv, parts []Part, markup func(i int) models.ReplyMarkup) error {
	for i, p := range parts {
		if _, err := b.sendPart(ctx, c, p, markup(i)); err != nil {
			return err
		}
	}
	return nil
}

// editedUnit heads the new answer to an edited question that could not be
// edited in place.
func editedUnit(q string) unit {
	h := "✏️ " + q
	return unit{HTML: "<b>" + escapeHTML(h) + "</b>\n\n", Plain: h + "\n\n"}
}

// streamer shows an LLM answer while it is generated: sendMessageDraft in
// private chats, or one message edited at most every EditInterval in groups.
type streamer struct {
	b   *Bot
	c   *conv
	ctx context.Context

	mu    sync.Mutex
	text  strings.Builder
	dirty bool

	done   chan struct{}
	exited chan struct{}
	once   sync.Once

	// owned by the loop until stop returns
	msgID    int
	lastEdit time.Time
	draftID  int64
	noDraft  bool
	shown    string
}

func (b *Bot) newStreamer(ctx context.Context, c *conv) *streamer {
	s := &streamer{b: b, c: c, ctx: ctx, done: make(chan struct{}), exited: make(chan struct{}), draftID: b.draftSeq.Add(1)}
	go s.loop()
	return s
}

// delta receives generated text (from the engine's goroutine).
func (s *streamer) delta(d string) {
	if d == "" {
		return
	}
	s.mu.Lock()
	s.text.WriteString(d)
	s.dirty = true
	s.mu.Unlock()
}

func (s *streamer) loop() {
	defer close(s.exited)
	every := s.b.cfg.EditInterval
	if s.c.chatType == "private" {
		every = s.b.cfg.DraftInterval
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-s.done:
			return
		case <-s.ctx.Done():
			return
		case <-t.C:
		}
		s.mu.Lock()
		text, dirty := s.text.String(), s.dirty
		s.dirty = false
		s.mu.Unlock()
		preview := s.b.scrub.String(plainPreview(text))
		if !dirty || preview == "" || preview == s.shown {
			continue
		}
		// A late tick can follow the previous one closely: keep the spacing.
		if time.Since(s.lastEdit) < every-every/10 {
			s.mu.Lock()
			s.dirty = true
			s.mu.Unlock()
			continue
		}
		s.show(preview)
	}
}

// show sends one preview. Previews are skipped, never queued, when the chat
// is at its limit; the final message is what counts.
func (s *streamer) show(preview string) {
	b, c := s.b, s.c
	if c.chatType == "private" {
		if s.noDraft || b.out.isBlocked(c.chatID) {
			return
		}
		cctx, cancel := context.WithTimeout(s.ctx, 10*time.Second)
		_, err := b.tg.SendMessageDraft(cctx, &tgbot.SendMessageDraftParams{
			ChatID: c.chatID, MessageThreadID: c.threadID,
			DraftID: strconv.FormatInt(s.draftID, 10), Text: preview,
		})
		cancel()
		var tm *tgbot.TooManyRequestsError
		switch {
		case errors.As(err, &tm):
			b.out.block(c.chatID, time.Duration(max(tm.RetryAfter, 1))*time.Second)
		case err != nil:
			b.log.Info("sendMessageDraft unavailable; answering without preview", "chat", c.chatID, "err", b.scrub.Err(err))
			s.noDraft = true
		default:
			s.shown = preview
		}
		s.lastEdit = time.Now()
		return
	}
	release := b.out.tryAcquire(c.chatID, c.group())
	if release == nil {
		return
	}
	defer release()
	// The preview already holds a slot: send it without the limiter.
	cctx, cancel := context.WithTimeout(s.ctx, 10*time.Second)
	defer cancel()
	var err error
	if s.msgID == 0 {
		msg, serr := b.tg.SendMessage(cctx, &tgbot.SendMessageParams{
			ChatID: c.chatID, MessageThreadID: c.threadID, Text: preview,
			LinkPreviewOptions: noPreview, ReplyParameters: b.replyParams(c),
		})
		err = serr
		if serr == nil && msg != nil {
			s.msgID = msg.ID
			c.sentIDs = append(c.sentIDs, msg.ID)
			b.sent.note(c, msg.ID)
		}
	} else {
		_, err = b.tg.EditMessageText(cctx, &tgbot.EditMessageTextParams{
			ChatID: c.chatID, MessageID: s.msgID, Text: preview, LinkPreviewOptions: noPreview,
		})
		if isNotModified(err) {
			err = nil
		}
	}
	s.lastEdit = time.Now()
	var tm *tgbot.TooManyRequestsError
	switch {
	case err == nil:
		s.shown = preview
	case errors.As(err, &tm):
		b.out.block(c.chatID, time.Duration(max(tm.RetryAfter, 1))*time.Second)
	default:
		b.log.Debug("streaming preview failed", "chat", c.chatID, "err", b.scrub.Err(err))
	}
}

// stop ends the preview loop and waits for it.
func (s *streamer) stop() {
	s.once.Do(func() { close(s.done) })
	<-s.exited
}

// finish puts the final formatting on the streamed message (its last edit,
// spaced like the others) and sends the rest of a long answer as new messages.
func (s *streamer) finish(parts []Part, markup func(i int) models.ReplyMarkup) error {
	b, c := s.b, s.c
	if wait := time.Until(s.lastEdit.Add(b.cfg.EditInterval)); wait > 0 {
		select {
		case <-time.After(wait):
		case <-s.ctx.Done():
			return s.ctx.Err()
		}
	}
	if err := b.editPart(s.ctx, c, s.msgID, parts[0], markup(0)); err != nil {
		if errors.Is(err, errSkipChat) {
			return err
		}
		if _, err := b.sendPart(s.ctx, c, parts[0], markup(0)); err != nil {
			return err
		}
	}
	for i, p := range parts[1:] {
		if _, err := b.sendPart(s.ctx, c, p, markup(i+1)); err != nil {
			return err
		}
	}
	return nil
}

// coverage is shown under a refusal that has no related passage: the
// article's sections and the example questions of /start.
func (b *Bot) coverage(lang string) []unit {
	t := texts.For(lang)
	var us []unit
	add := func(s string, bold bool) {
		h := escapeHTML(s)
		if bold {
			h = "\n\n<b>" + escapeHTML(strings.TrimSpace(s)) + "</b>"
		}
		us = append(us, unit{HTML: h, Plain: s})
	}
	var secs []string
	for _, d := range b.docs {
		secs = append(secs, d.Sections...)
	}
	if len(secs) > 0 {
		add("\n\n"+t.Covers, true)
		for i, s := range secs {
			if i == 8 {
				add("\n…", false)
				break
			}
			add("\n• "+clipRunes(s, maxSectionRunes), false)
		}
	}
	add("\n\n"+t.TryAsking, true)
	for i, e := range b.examples(lang) {
		if i == 3 {
			break
		}
		add("\n• "+clipRunes(e, 100), false)
	}
	return us
}
