package bot

import (
	"strings"
	"unicode/utf16"

	"github.com/go-telegram/bot/models"
)

// identity is who the bot is, from getMe.
type identity struct {
	ID       int64
	Username string // without @
}

// addressed is what a message asks of the bot.
type addressed struct {
	ForMe bool
	Cmd   string // lower-case command name without / and @bot, "" for a plain question
	Text  string // the question or the command's argument, trimmed
}

// parseAddress decides whether a message is for this bot and extracts the
// command and the question. Entity offsets are UTF-16 units. Private chats:
// every text is for the bot. Groups: /cmd or /cmd@thisbot (not @otherbot),
// a mention of the bot, or a reply to one of its messages.
func parseAddress(text string, ents []models.MessageEntity, replyToBot, private bool, me identity) addressed {
	u := utf16.Encode([]rune(text))
	sub := func(off, n int) string {
		if off < 0 || n < 0 || off > len(u) {
			return ""
		}
		end := min(off+n, len(u))
		return string(utf16.Decode(u[off:end]))
	}
	cut := func(off, n int) string { // text without [off, off+n)
		if off < 0 || n < 0 || off > len(u) {
			return text
		}
		end := min(off+n, len(u))
		return string(utf16.Decode(u[:off])) + " " + string(utf16.Decode(u[end:]))
	}

	// A command: the bot_command entity at offset 0, or a leading /word when
	// the sender gave no entities.
	cmdOff, cmdLen := -1, 0
	for _, e := range ents {
		if e.Type == models.MessageEntityTypeBotCommand && e.Offset == 0 {
			cmdOff, cmdLen = 0, e.Length
			break
		}
	}
	if cmdOff < 0 && len(ents) == 0 && strings.HasPrefix(text, "/") {
		w := text
		if i := strings.IndexFunc(text, isSpace); i >= 0 {
			w = text[:i]
		}
		if len(w) > 1 {
			cmdOff, cmdLen = 0, utf16Len(w)
		}
	}
	if cmdOff == 0 {
		tok := sub(0, cmdLen)
		name, target, _ := strings.Cut(strings.TrimPrefix(tok, "/"), "@")
		if target != "" && !strings.EqualFold(target, me.Username) {
			return addressed{} // for another bot
		}
		name = strings.ToLower(name)
		args := strings.TrimSpace(sub(cmdLen, len(u)))
		if !private && target == "" && !knownCommand(name) {
			return addressed{} // someone else's /command in a group
		}
		return addressed{ForMe: true, Cmd: name, Text: args}
	}

	if private {
		return addressed{ForMe: true, Text: strings.TrimSpace(text)}
	}

	// A mention of the bot, by @username or text_mention.
	for _, e := range ents {
		switch e.Type {
		case models.MessageEntityTypeMention:
			if strings.EqualFold(sub(e.Offset, e.Length), "@"+me.Username) {
				return addressed{ForMe: true, Text: strings.TrimSpace(cut(e.Offset, e.Length))}
			}
		case models.MessageEntityTypeTextMention:
			if e.User != nil && e.User.ID == me.ID {
				return addressed{ForMe: true, Text: strings.TrimSpace(cut(e.Offset, e.Length))}
			}
		}
	}
	if len(ents) == 0 && me.Username != "" {
		if off := mentionIndex(text, me.Username); off >= 0 {
			n := len(me.Username) + 1
			return addressed{ForMe: true, Text: strings.TrimSpace(text[:off] + " " + text[off+n:])}
		}
	}
	if replyToBot {
		return addressed{ForMe: true, Text: strings.TrimSpace(text)}
	}
	return addressed{}
}

// mentionIndex finds "@username" as a whole word (byte offset), or -1.
func mentionIndex(text, username string) int {
	low, pat := strings.ToLower(text), "@"+strings.ToLower(username)
	from := 0
	for {
		i := strings.Index(low[from:], pat)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(pat)
		if end == len(low) || !isWordByte(low[end]) {
			return i
		}
		from = end
	}
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z'
}

func knownCommand(name string) bool {
	switch name {
	case "start", "help", "ask", "sources", "reset":
		return true
	}
	return false
}
