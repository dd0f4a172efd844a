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

// units is a text in UTF-16 code units, the unit of Telegram's entity
// offsets. Every slice of it goes through span, which clamps and never
// overflows, whatever offsets the sender put in its entities.
type units []uint16

func toUnits(s string) units { return utf16.Encode([]rune(s)) }

// span returns [off, off+n) clamped to u, and false when off or n is
// negative or off lies past the end. off+n is never computed when it could
// overflow.
func (u units) span(off, n int) (start, end int, ok bool) {
	if off < 0 || n < 0 || off > len(u) {
		return 0, 0, false
	}
	end = len(u)
	if n < len(u)-off {
		end = off + n
	}
	return off, end, true
}

// sub is the text at [off, off+n), "" when out of range.
func (u units) sub(off, n int) string {
	s, e, ok := u.span(off, n)
	if !ok {
		return ""
	}
	return string(utf16.Decode(u[s:e]))
}

// cut is the text without [off, off+n) (a space in its place), or the whole
// text when out of range.
func (u units) cut(off, n int) string {
	s, e, ok := u.span(off, n)
	if !ok {
		return string(utf16.Decode(u))
	}
	return string(utf16.Decode(u[:s])) + " " + string(utf16.Decode(u[e:]))
}

// parseAddress decides whether a message is for this bot and extracts the
// command and the question. Entity offsets are UTF-16 units. Private chats:
// every text is for the bot. Groups: /cmd or /cmd@thisbot (not @otherbot),
// a mention of the bot, or a reply to one of its messages.
func parseAddress(text string, ents []models.MessageEntity, replyToBot, private bool, me identity) addressed {
	u := toUnits(text)

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
		tok := u.sub(0, cmdLen)
		name, target, _ := strings.Cut(strings.TrimPrefix(tok, "/"), "@")
		if target != "" && !strings.EqualFold(target, me.Username) {
			return addressed{} // for another bot
		}
		name = strings.ToLower(name)
		args := ""
		if _, end, ok := u.span(0, cmdLen); ok {
			args = strings.TrimSpace(string(utf16.Decode(u[end:])))
		}
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
			if me.Username != "" && strings.EqualFold(u.sub(e.Offset, e.Length), "@"+me.Username) {
				return addressed{ForMe: true, Text: strings.TrimSpace(u.cut(e.Offset, e.Length))}
			}
		case models.MessageEntityTypeTextMention:
			if e.User != nil && e.User.ID == me.ID {
				return addressed{ForMe: true, Text: strings.TrimSpace(u.cut(e.Offset, e.Length))}
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

// mentionIndex finds "@username" as a whole word, or -1. It returns a byte
// offset into text itself: usernames are ASCII, so the match is an ASCII
// case-insensitive comparison of text's own bytes (lower-casing the whole
// text first can change its byte length, "Ⱥ" → "ⱥ", and break the offsets).
func mentionIndex(text, username string) int {
	n := len(username)
	for i := 0; i+1+n <= len(text); i++ {
		if text[i] != '@' || !asciiEqualFold(text[i+1:i+1+n], username) {
			continue
		}
		if end := i + 1 + n; end == len(text) || !isWordByte(lowerASCII(text[end])) {
			return i
		}
	}
	return -1
}

func asciiEqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z'
}

func knownCommand(name string) bool {
	switch name {
	case "start", "help", "ask", "sources", "reset", "usage":
		return true
	}
	return false
}
