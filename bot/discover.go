package bot

import (
	"context"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"articlebot/prompts/texts"
)

// Telegram's bounds on the bot's profile texts and on /start payloads.
const (
	maxDescription      = 512
	maxShortDescription = 120
	maxStartParam       = 64
)

// setDescriptions sets the profile texts a new user sees before /start
// (setMyDescription) and on the bot's page (setMyShortDescription), in
// English (the default) and Chinese, from the article's title and subtitle.
func (b *Bot) setDescriptions(ctx context.Context) {
	for _, lc := range []string{"", "en", "zh"} {
		long, short := b.descriptions(lc)
		cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		if _, err := b.tg.SetMyDescription(cctx, &tgbot.SetMyDescriptionParams{Description: long, LanguageCode: lc}); err != nil {
			b.log.Warn("setMyDescription", "lang", lc, "err", b.scrub.Err(err))
		}
		if _, err := b.tg.SetMyShortDescription(cctx, &tgbot.SetMyShortDescriptionParams{ShortDescription: short, LanguageCode: lc}); err != nil {
			b.log.Warn("setMyShortDescription", "lang", lc, "err", b.scrub.Err(err))
		}
		cancel()
	}
}

// descriptions are the long and short profile texts for language code lc.
func (b *Bot) descriptions(lc string) (long, short string) {
	t := texts.For(lc) // "" is the default profile: English
	title, sub := "", ""
	if len(b.docs) > 0 {
		title, sub = b.docs[0].Title, b.docs[0].Subtitle
	}
	if len(b.docs) > 1 {
		title = fmt.Sprintf(t.NArticles, len(b.docs))
		sub = ""
	}
	about := title
	if sub != "" {
		about += " — " + sub
	}
	long = fmt.Sprintf(t.Description, clipRunes(about, 300), b.identity().Username)
	short = fmt.Sprintf(t.ShortDescription, clipRunes(title, 80))
	return clipRunes(long, maxDescription), clipRunes(short, maxShortDescription)
}

// Deep links: t.me/<bot>?start=<payload>. "q_" + base64url(question) asks
// a question (up to 46 bytes of UTF-8: about 15 Chinese characters),
// "ex_<n>" asks example n; anything else is a plain /start.
const (
	startQuestion = "q_"
	startExample  = "ex_"
)

// startPayload returns the deep-link payload that asks q, or "" when q is
// too long to fit.
func startPayload(q string) string {
	p := startQuestion + base64.RawURLEncoding.EncodeToString([]byte(q))
	if len(p) > maxStartParam {
		return ""
	}
	return p
}

// startQuestionOf decodes a /start payload into the question it asks, or
// "" (client-controlled: checked and bounded).
func (b *Bot) startQuestionOf(payload, lang string) string {
	if len(payload) > maxStartParam {
		return ""
	}
	switch {
	case strings.HasPrefix(payload, startQuestion):
		raw, err := base64.RawURLEncoding.DecodeString(payload[len(startQuestion):])
		if err != nil || !utf8.Valid(raw) {
			return ""
		}
		return strings.TrimSpace(string(raw))
	case strings.HasPrefix(payload, startExample):
		i, err := strconv.Atoi(payload[len(startExample):])
		ex := b.examples(lang)
		if err != nil || i < 0 || i >= len(ex) {
			return ""
		}
		return ex[i]
	}
	return ""
}

// inlineButton is shown above inline results when a query is empty or gets
// no answer: it opens the private chat, asking the query when it fits a
// deep link.
func (b *Bot) inlineButton(query, lang string) *inlineResultsButton {
	p := ""
	if query != "" {
		p = startPayload(query)
	}
	if p == "" {
		p = "inline"
	}
	return &inlineResultsButton{Text: texts.For(lang).InlineOpenChat, StartParameter: p}
}

// onMyChatMember greets a group the bot was just added to, saying how to
// address it there.
func (b *Bot) onMyChatMember(ctx context.Context, c *conv, u *models.ChatMemberUpdated) {
	if u.Chat.Type != models.ChatTypeGroup && u.Chat.Type != models.ChatTypeSupergroup {
		return
	}
	in := func(t models.ChatMemberType) bool {
		return t == models.ChatMemberTypeMember || t == models.ChatMemberTypeAdministrator || t == models.ChatMemberTypeRestricted
	}
	if !in(u.NewChatMember.Type) || in(u.OldChatMember.Type) || u.NewChatMember.Type == models.ChatMemberTypeRestricted && !canSend(u.NewChatMember.Restricted) {
		return
	}
	b.serve(ctx, &request{kind: "member", c: c, refuse: b.notice(c)}, func(ctx context.Context, _ *request) {
		t := texts.For(c.lang)
		title := ""
		if len(b.docs) > 0 {
			title = b.docs[0].Title
		}
		ex := b.examples(c.lang)[0]
		b.sendNotice(ctx, c, fmt.Sprintf(t.Greeting, title, ex, b.identity().Username))
	})
}

func canSend(r *models.ChatMemberRestricted) bool { return r != nil && r.CanSendMessages }
