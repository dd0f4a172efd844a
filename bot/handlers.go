package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"articlebot/internal/metrics"
	"articlebot/prompts/texts"
	"articlebot/rag"
)

var detectLang = rag.DetectLang

// onMessage handles a new or edited message (edited questions are answered
// again).
func (b *Bot) onMessage(ctx context.Context, c *conv, m *models.Message) {
	// Other bots are ignored, but not anonymous group admins and channels,
	// whose messages come from a bot account with sender_chat set. A
	// channel post forwarded automatically into its linked discussion group
	// is the channel talking, not a question.
	if m.From != nil && m.From.IsBot && m.SenderChat == nil || m.IsAutomaticForward {
		return
	}
	switch m.Chat.Type {
	case models.ChatTypePrivate, models.ChatTypeGroup, models.ChatTypeSupergroup:
	default:
		return // channels
	}
	me := b.identity()
	private := m.Chat.Type == models.ChatTypePrivate
	replyToBot := false
	if r := m.ReplyToMessage; r != nil && r.From != nil {
		replyToBot = (me.ID != 0 && r.From.ID == me.ID) || (me.Username != "" && strings.EqualFold(r.From.Username, me.Username))
	}

	text, ents, ok := messageText(m)
	if !ok {
		// Stickers, voice, captionless photos...: a hint, in groups only
		// when addressed.
		if !private {
			addr := parseAddress(m.Caption, m.CaptionEntities, replyToBot, false, me)
			if !addr.ForMe {
				return
			}
		}
		b.serve(ctx, &request{kind: "message", c: c, refuse: b.notice(c)}, func(ctx context.Context, _ *request) {
			b.sendNotice(ctx, c, texts.For(c.lang).NonText)
		})
		return
	}

	addr := parseAddress(text, ents, replyToBot, private, me)
	if !addr.ForMe {
		return
	}
	// A deep link (t.me/bot?start=…) can carry a question.
	deepQ := ""
	if addr.Cmd == "start" {
		deepQ = b.startQuestionOf(addr.Text, c.lang)
	}
	isQuestion := deepQ != "" || (addr.Cmd == "" || addr.Cmd == "ask") && addr.Text != ""
	b.serve(ctx, &request{kind: "message", c: c, question: isQuestion, refuse: b.notice(c)}, func(ctx context.Context, _ *request) {
		b.command(ctx, c, addr, deepQ, me)
	})
}

// command does what an addressed message asks.
func (b *Bot) command(ctx context.Context, c *conv, addr addressed, deepQ string, me identity) {
	t := texts.For(c.lang)
	switch addr.Cmd {
	case "start":
		if deepQ != "" {
			head := "❓ " + deepQ
			b.question(ctx, c, deepQ, []unit{{HTML: "<b>" + escapeHTML(head) + "</b>\n\n", Plain: head + "\n\n"}})
			return
		}
		b.cmdStart(ctx, c)
	case "help":
		b.sendNotice(ctx, c, fmt.Sprintf(t.Help, me.Username))
	case "sources":
		b.cmdSources(ctx, c)
	case "reset":
		b.mem.Reset(convKey(c))
		b.sendNotice(ctx, c, t.Reset)
	case "usage":
		b.cmdUsage(ctx, c)
	case "ask", "":
		if addr.Text == "" {
			b.sendNotice(ctx, c, fmt.Sprintf(t.AskUsage, b.examples(c.lang)[0]))
			return
		}
		b.question(ctx, c, addr.Text, nil)
	default: // an unknown command in a private chat
		b.sendNotice(ctx, c, fmt.Sprintf(t.Help, me.Username))
	}
}

// messageText is what a message says: its text, or the caption of a photo,
// document or video (same addressing rules). ok is false for other media.
func messageText(m *models.Message) (text string, ents []models.MessageEntity, ok bool) {
	if m.Text != "" {
		return m.Text, m.Entities, true
	}
	if m.Caption != "" && (len(m.Photo) > 0 || m.Document != nil || m.Video != nil) {
		return m.Caption, m.CaptionEntities, true
	}
	return "", nil, false
}

// question trims an over-long question and answers it; the chain has
// applied the rate limit and quotas. prefix is shown above the answer (a
// button's question).
func (b *Bot) question(ctx context.Context, c *conv, q string, prefix []unit) {
	t := texts.For(c.lang)
	offline := c.offline
	if offline {
		note := t.TokensUsedUp + "\n\n"
		prefix = append(prefix, unit{HTML: "<i>" + escapeHTML(note) + "</i>", Plain: note})
	}
	if n := b.cfg.MaxQuestionChars; runeLen(q) > n {
		q = clipRunes(q, n+1)
		q = strings.TrimSuffix(q, "…")
		note := fmt.Sprintf(t.Trimmed, n) + "\n\n"
		prefix = append(prefix, unit{HTML: "<i>" + escapeHTML(note) + "</i>", Plain: note})
	}
	b.answer(ctx, c, q, prefix, offline)
}

// convKey is the memory key: the chat, or the forum topic within it.
func convKey(c *conv) string {
	if c.threadID != 0 {
		return strconv.FormatInt(c.chatID, 10) + ":" + strconv.Itoa(c.threadID)
	}
	return strconv.FormatInt(c.chatID, 10)
}

// examples are the sample questions: the articles' own, or generic ones.
func (b *Bot) examples(lang string) []string { return rag.SampleQuestions(b.docs, lang) }

func (b *Bot) cmdStart(ctx context.Context, c *conv) {
	t := texts.For(c.lang)
	var us []unit
	add := func(html, plain string) { us = append(us, unit{HTML: html, Plain: plain}) }
	add(escapeHTML(t.StartIntro)+"\n", t.StartIntro+"\n")
	for _, d := range b.docs {
		line := "📰 " + d.Title
		h := "📰 <b>" + escapeHTML(d.Title) + "</b>"
		if d.Subtitle != "" {
			line += " — " + d.Subtitle
			h += " — " + escapeHTML(d.Subtitle)
		}
		if d.Source != "" {
			line += "\n" + t.SourcesFrom + ": " + d.Source
			h += "\n" + escapeHTML(t.SourcesFrom+": "+d.Source)
		}
		if d.URL != "" {
			line += "\n🔗 " + d.URL
			h += "\n🔗 " + escapeHTML(d.URL)
		}
		add(h+"\n", line+"\n")
	}
	how := "\n" + fmt.Sprintf(t.StartHowTo, b.identity().Username) + "\n\n" + t.StartExamples
	add(escapeHTML(how), how)

	ex := b.examples(c.lang)
	var rows [][]callbackButton
	for i := 0; i < len(ex) && i < 3; i++ {
		rows = append(rows, []callbackButton{{Text: clipRunes(ex[i], 60), CallbackData: "ex:" + c.lang + ":" + strconv.Itoa(i)}})
	}
	parts := pack(us, MaxMessageUnits)
	for i, p := range parts {
		var mk models.ReplyMarkup
		if i == len(parts)-1 && len(rows) > 0 {
			mk = &inlineKeyboard{InlineKeyboard: rows}
		}
		if _, err := b.sendPart(ctx, c, p, mk); err != nil {
			return
		}
	}
}

// inlineKeyboard and callbackButton replace the library's types, whose
// button always carries "copy_text":{"text":""}, which Telegram rejects
// (BUTTON_COPY_TEXT_INVALID).
type inlineKeyboard struct {
	InlineKeyboard [][]callbackButton `json:"inline_keyboard"`
}

type callbackButton struct {
	Text         string `json:"text"`
	CallbackData string `json:"callback_data"`
}

func (b *Bot) cmdSources(ctx context.Context, c *conv) {
	t := texts.For(c.lang)
	var us []unit
	for i, d := range b.docs {
		var h, p strings.Builder
		if i > 0 {
			h.WriteString("\n\n")
			p.WriteString("\n\n")
		}
		h.WriteString("<b>" + escapeHTML(t.SourcesTitle+": "+d.Title) + "</b>")
		p.WriteString(t.SourcesTitle + ": " + d.Title)
		for _, s := range []string{d.Subtitle, d.Author} {
			if s != "" {
				h.WriteString("\n" + escapeHTML(s))
				p.WriteString("\n" + s)
			}
		}
		if d.Source != "" {
			h.WriteString("\n" + escapeHTML(t.SourcesFrom+": "+d.Source))
			p.WriteString("\n" + t.SourcesFrom + ": " + d.Source)
		}
		if d.URL != "" {
			h.WriteString("\n🔗 " + escapeHTML(d.URL))
			p.WriteString("\n🔗 " + d.URL)
		}
		if len(d.Sections) > 0 {
			h.WriteString("\n\n" + escapeHTML(t.SourcesSections) + ":")
			p.WriteString("\n\n" + t.SourcesSections + ":")
		}
		us = append(us, unit{HTML: h.String(), Plain: p.String()})
		for j, s := range d.Sections {
			line := fmt.Sprintf("\n%d. %s", j+1, clipRunes(s, maxSectionRunes))
			us = append(us, unit{HTML: escapeHTML(line), Plain: line})
		}
	}
	if len(us) == 0 {
		us = append(us, unit{HTML: "—", Plain: "—"})
	}
	for _, p := range pack(us, MaxMessageUnits) {
		if _, err := b.sendPart(ctx, c, p, nil); err != nil {
			return
		}
	}
}

// answerCallback answers a callback query at once (the client shows a
// spinner until then); a vote gets a thank-you.
func (b *Bot) answerCallback(ctx context.Context, cb *models.CallbackQuery, lang string) {
	p := &tgbot.AnswerCallbackQueryParams{CallbackQueryID: cb.ID}
	if strings.HasPrefix(cb.Data, cbVoteUp) || strings.HasPrefix(cb.Data, cbVoteDown) {
		p.Text = texts.For(lang).Thanks
	}
	actx, cancel := context.WithTimeout(ctx, 10*time.Second)
	_, err := b.tg.AnswerCallbackQuery(actx, p)
	cancel()
	if err != nil {
		b.log.Warn("answerCallbackQuery", "err", b.scrub.Err(err))
	}
}

// onCallback handles the buttons: example questions from /start, and the
// answer buttons (votes, regenerate).
func (b *Bot) onCallback(ctx context.Context, c *conv, cb *models.CallbackQuery) {
	if strings.HasPrefix(cb.Data, "v:") || strings.HasPrefix(cb.Data, cbRegen) {
		r := &request{kind: "callback", c: c, question: strings.HasPrefix(cb.Data, cbRegen), refuse: b.notice(c)}
		b.serve(ctx, r, func(ctx context.Context, _ *request) { b.onAnswerButton(ctx, c, cb.Data) })
		return
	}
	// callback_data is client-controlled: accept only "ex:<lang>:<index>".
	parts := strings.Split(cb.Data, ":")
	if len(parts) != 3 || parts[0] != "ex" || (parts[1] != "en" && parts[1] != "zh") {
		return
	}
	ex := b.examples(parts[1])
	i, err := strconv.Atoi(parts[2])
	if err != nil || i < 0 || i >= len(ex) || i >= 3 {
		return
	}
	q := ex[i]
	head := "❓ " + q + "\n\n"
	b.serve(ctx, &request{kind: "callback", c: c, question: true, refuse: b.notice(c)}, func(ctx context.Context, _ *request) {
		b.question(ctx, c, q, []unit{{HTML: "<b>" + escapeHTML("❓ "+q) + "</b>\n\n", Plain: head}})
	})
}

// onInline answers an inline query from the offline engine, within a
// second of the update.
func (b *Bot) onInline(ctx context.Context, q *models.InlineQuery, updateID int64, received time.Time) {
	var user models.User
	if q.From != nil {
		user = *q.From
	}
	c := &conv{userID: user.ID, chatType: "inline", lang: uiLang(user.LanguageCode, q.Query), updateID: updateID, received: received}
	// Not allowed: no results (inline queries have no chat to write to).
	refuse := func(ctx context.Context) { b.answerInline(ctx, q.ID, nil, b.cfg.InlineCacheTime, nil) }
	b.serve(ctx, &request{kind: "inline", c: c, refuse: refuse}, func(ctx context.Context, _ *request) {
		b.inlineAnswer(ctx, q, user, received)
	})
}

// inlineAnswer answers an inline query from the offline engine.
func (b *Bot) inlineAnswer(ctx context.Context, q *models.InlineQuery, user models.User, received time.Time) {
	query := strings.TrimSpace(q.Query)
	results := []models.InlineQueryResult{}
	cache := b.cfg.InlineCacheTime
	var ans rag.Answer
	answered := false
	var button *inlineResultsButton
	blang := uiLang(user.LanguageCode, query)
	switch {
	case query == "":
		button = b.inlineButton("", blang)
	default:
		query = clipRunes(query, b.cfg.MaxQuestionChars)
		// Telegram drops answers after a few seconds; the offline path
		// takes milliseconds, the deadline only guards against a stall.
		actx, cancel := context.WithDeadline(ctx, received.Add(800*time.Millisecond))
		a, err := b.asker.Ask(actx, rag.Request{Question: query, Offline: true})
		cancel()
		if err != nil {
			b.log.Warn("inline answer failed", "err", b.scrub.Err(err))
			cache = 1
			button = b.inlineButton(query, blang)
			break
		}
		ans, answered = a, true
		if !a.Found {
			button = b.inlineButton(query, blang)
		}
		lang := a.Lang
		if lang == "" {
			lang = detectLang(query)
		}
		head := "❓ " + query + "\n\n"
		parts := renderInline(a, lang, []unit{{HTML: "<b>" + escapeHTML("❓ "+query) + "</b>\n\n", Plain: head}}, b.links)
		sum := sha256.Sum256([]byte(query))
		title := texts.For(lang).InlineTitle
		results = append(results, &models.InlineQueryResultArticle{
			ID:          hex.EncodeToString(sum[:12]),
			Title:       title,
			Description: clipRunes(strings.Join(strings.Fields(a.Answer), " "), 120),
			InputMessageContent: &models.InputTextMessageContent{
				MessageText:        b.scrub.String(parts[0].HTML),
				ParseMode:          models.ParseModeHTML,
				LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: tgbot.True()},
			},
		})
	}
	if b.answerInline(ctx, q.ID, results, cache, button) && answered {
		metrics.ObserveAnswer(ans.Mode, ans.Found, ans.TookMS, ans.TopScore, "inline")
	}
}

// inlineResultsButton is the button above inline results (the library's
// type always carries "web_app":null; see call).
type inlineResultsButton struct {
	Text           string `json:"text"`
	StartParameter string `json:"start_parameter"`
}

// answerInline sends the results of inline query id and reports success.
func (b *Bot) answerInline(ctx context.Context, id string, results []models.InlineQueryResult, cache int, button *inlineResultsButton) bool {
	enc := make([]json.RawMessage, 0, len(results))
	for _, r := range results {
		j, err := r.MarshalCustom() // the library's encoding, with "type"
		if err != nil {
			b.log.Warn("answerInlineQuery: encode result", "err", err)
			return false
		}
		enc = append(enc, j)
	}
	params := map[string]any{"inline_query_id": id, "results": enc, "cache_time": cache, "is_personal": true}
	if button != nil {
		params["button"] = button
	}
	actx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	err := b.call(actx, "answerInlineQuery", params, nil)
	if err != nil {
		b.log.Warn("answerInlineQuery", "err", b.scrub.Err(err))
		return false
	}
	return true
}
