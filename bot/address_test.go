package bot

import (
	"math"
	"testing"

	"github.com/go-telegram/bot/models"
)

var me = identity{ID: 4242, Username: "Test_Bot"}

func TestParseAddress(t *testing.T) {
	ment := func(text, name string) []models.MessageEntity { return mentionEntity(text, name) }
	cases := []struct {
		name       string
		text       string
		ents       []models.MessageEntity
		replyToBot bool
		private    bool
		want       addressed
	}{
		{"private question", " 多少个港口 ", nil, false, true, addressed{ForMe: true, Text: "多少个港口"}},
		{"private command", "/start", cmdEntity("/start"), false, true, addressed{ForMe: true, Cmd: "start"}},
		{"private unknown command", "/foo", cmdEntity("/foo"), false, true, addressed{ForMe: true, Cmd: "foo"}},
		{"private /ask@other", "/ask@other_bot x", cmdEntity("/ask@other_bot x"), false, true, addressed{}},
		{"group plain", "多少个港口", nil, false, false, addressed{}},
		{"group /ask", "/ask 多少", cmdEntity("/ask 多少"), false, false, addressed{ForMe: true, Cmd: "ask", Text: "多少"}},
		{"group /ASK@test_bot case", "/ASK@test_bot 多少", cmdEntity("/ASK@test_bot 多少"), false, false, addressed{ForMe: true, Cmd: "ask", Text: "多少"}},
		{"group /ask@other", "/ask@other_bot 多少", cmdEntity("/ask@other_bot 多少"), false, false, addressed{}},
		{"group other command", "/roll", cmdEntity("/roll"), false, false, addressed{}},
		{"group /help@bot", "/help@test_bot", cmdEntity("/help@test_bot"), false, false, addressed{ForMe: true, Cmd: "help"}},
		{"command not at start", "see /ask", []models.MessageEntity{{Type: "bot_command", Offset: 4, Length: 4}}, false, false, addressed{}},
		{"mention after astral emoji", "😀😀 @test_bot 港口？", ment("😀😀 @test_bot 港口？", "@test_bot"), false, false, addressed{ForMe: true, Text: "😀😀   港口？"}},
		{"mention other", "@other_bot 港口", ment("@other_bot 港口", "@other_bot"), false, false, addressed{}},
		{"text mention", "Bot 港口", []models.MessageEntity{{Type: "text_mention", Offset: 0, Length: 3, User: &models.User{ID: 4242}}}, false, false, addressed{ForMe: true, Text: "港口"}},
		{"mention without entities", "hi @test_bot how many", nil, false, false, addressed{ForMe: true, Text: "hi   how many"}},
		{"longer name without entities", "hi @test_bot2 x", nil, false, false, addressed{}},
		{"reply to bot", "那呢", nil, true, false, addressed{ForMe: true, Text: "那呢"}},
		{"command without entities", "/ask@test_bot 港口", nil, false, false, addressed{ForMe: true, Cmd: "ask", Text: "港口"}},
		{"out-of-range entity", "/ask", []models.MessageEntity{{Type: "bot_command", Offset: 0, Length: 99}}, false, false, addressed{ForMe: true, Cmd: "ask"}},
		// Crashers (issue 11): lengths that overflow off+n, lower-casing that
		// changes byte length, invalid UTF-8 before a mention.
		{"huge mention length", "@test_bot 港口", []models.MessageEntity{{Type: "mention", Offset: 1, Length: math.MaxInt}}, false, false, addressed{}},
		{"huge command length", "/ask 港口", []models.MessageEntity{{Type: "bot_command", Offset: 0, Length: math.MaxInt}}, false, true, addressed{ForMe: true, Cmd: "ask 港口"}},
		{"huge text_mention", "Bot 港口", []models.MessageEntity{{Type: "text_mention", Offset: 2, Length: math.MaxInt, User: &models.User{ID: 4242}}}, false, false, addressed{ForMe: true, Text: "Bo"}},
		{"case folding changes length", "ȺȺȺȺȺȺȺȺ@yourbot", nil, false, false, addressed{}},
		{"case folding before our name", "ȺȺȺȺ@TEST_bot 港口", nil, false, false, addressed{ForMe: true, Text: "ȺȺȺȺ  港口"}},
		{"Kelvin sign is not k", "@test_\u212aot x", nil, false, false, addressed{}},
		{"invalid UTF-8 before mention", "\xed@test_Bot", nil, false, false, addressed{ForMe: true, Text: "\xed"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := parseAddress(c.text, c.ents, c.replyToBot, c.private, me)
			if got != c.want {
				t.Errorf("got %+v, want %+v", got, c.want)
			}
		})
	}
}

// FuzzParseAddress: any text and entities (outside input) must not panic.
func FuzzParseAddress(f *testing.F) {
	f.Add("/ask@test_bot 港口", 0, 13, "bot_command", false)
	f.Add("😀 @test_bot x", 3, 9, "mention", false)
	f.Add("x", -5, 100, "mention", true)
	f.Fuzz(func(t *testing.T, text string, off, n int, typ string, private bool) {
		ents := []models.MessageEntity{{Type: models.MessageEntityType(typ), Offset: off, Length: n}}
		_ = parseAddress(text, ents, false, private, me)
		_ = parseAddress(text, nil, true, private, me)
	})
}
