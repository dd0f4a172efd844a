package bot

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"articlebot/bot/bottest"
	"articlebot/rag"
)

func TestDescriptionsSetAtStart(t *testing.T) {
	h := start(t, Config{}, nil)
	ok := h.srv.Wait(5*time.Second, func(cs []bottest.Call) bool {
		return bottest.Count(cs, "setMyDescription") == 3 && bottest.Count(cs, "setMyShortDescription") == 3
	})
	if !ok {
		t.Fatalf("descriptions not set: %v", methods(h.srv.Calls("")))
	}
	got := map[string]string{}
	for _, c := range h.srv.Calls("setMyDescription") {
		if c.Reply != "" {
			t.Errorf("setMyDescription rejected: %s", c.Reply)
		}
		got[c.Params["language_code"]] = c.Params["description"]
	}
	if !strings.Contains(got["zh"], "港口与航运 <报道>") || !strings.Contains(got["zh"], "/ask") || !strings.Contains(got[""], "verbatim") {
		t.Errorf("descriptions %q", got)
	}
	for _, c := range h.srv.Calls("setMyShortDescription") {
		if c.Reply != "" || !strings.Contains(c.Params["short_description"], "港口与航运") {
			t.Errorf("short description %q: %s", c.Params["short_description"], c.Reply)
		}
	}
	// Long titles are clipped within Telegram's bounds.
	b := &Bot{docs: []rag.DocInfo{{Title: strings.Repeat("很长的标题", 100), Subtitle: strings.Repeat("副标题", 200)}}}
	for _, lc := range []string{"", "zh"} {
		long, short := b.descriptions(lc)
		if u16(long) > maxDescription || u16(short) > maxShortDescription {
			t.Errorf("%q: %d and %d units", lc, u16(long), u16(short))
		}
	}
}

func inlineButtonOf(t *testing.T, c bottest.Call) models.InlineQueryResultsButton {
	t.Helper()
	var btn models.InlineQueryResultsButton
	if err := json.Unmarshal([]byte(c.Params["button"]), &btn); err != nil {
		t.Fatalf("no inline button: %q", c.Params["button"])
	}
	return btn
}

// Empty and unanswered inline queries get a button opening the private
// chat; the deep link asks the query there.
func TestInlineButtonAndDeepLinks(t *testing.T) {
	ask := &fakeAsker{fn: func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		if strings.Contains(req.Question, "天气") {
			return rag.Answer{Answer: "文章中没有提到这一点。", Lang: "zh", Mode: rag.ModeExtractive}, nil
		}
		return canned(req.Question), nil
	}}
	h := start(t, Config{}, ask)
	from := user(98, "zh")
	for i, q := range []string{"", "天气如何", "港口有多少"} {
		h.srv.Push(models.Update{InlineQuery: &models.InlineQuery{ID: "iq" + itoa(i), From: from, Query: q}})
	}
	h.srv.Wait(5*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "answerInlineQuery") == 3 })
	byID := map[string]bottest.Call{}
	for _, c := range h.srv.Calls("answerInlineQuery") {
		if c.Reply != "" {
			t.Errorf("answerInlineQuery rejected: %s", c.Reply)
		}
		byID[c.Params["inline_query_id"]] = c
	}
	if b := inlineButtonOf(t, byID["iq0"]); b.StartParameter != "inline" || b.Text != "在私聊中提问" {
		t.Errorf("empty query button %+v", b)
	}
	b := inlineButtonOf(t, byID["iq1"])
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimPrefix(b.StartParameter, startQuestion))
	if !strings.HasPrefix(b.StartParameter, startQuestion) || err != nil || string(raw) != "天气如何" {
		t.Errorf("unanswered query button %+v", b)
	}
	if byID["iq2"].Params["button"] != "" {
		t.Errorf("answered query has a button: %s", byID["iq2"].Params["button"])
	}

	// The deep link's /start asks the question; ex_<n> asks an example;
	// a forged payload is a plain /start.
	p := privateChat(98)
	link := "/start " + b.StartParameter
	id1, _ := h.send(p, from, link, cmdEntity(link))
	if r := h.waitReplies(id1, 1)[0].Params["text"]; !strings.Contains(r, "❓ 天气如何") {
		t.Errorf("deep link answer: %s", r)
	}
	id2, _ := h.send(p, from, "/start ex_1", cmdEntity("/start ex_1"))
	if r := h.waitReplies(id2, 1)[0].Params["text"]; !strings.Contains(r, "Answer to 港口吞吐量是多少？") {
		t.Errorf("example deep link: %s", r)
	}
	id3, _ := h.send(p, from, "/start q_!!notbase64", cmdEntity("/start q_!!notbase64"))
	if r := h.waitReplies(id3, 1)[0].Params["text"]; !strings.Contains(r, "逐字引用原文") {
		t.Errorf("forged payload: %s", r)
	}
	if n := len(startPayload(strings.Repeat("港", 40))); n != 0 {
		t.Errorf("an over-long question gave a %d-byte payload", n)
	}
}

// Added to a group, the bot says how to address it there; promotions and
// private chats get nothing.
func TestGreetingWhenAdded(t *testing.T) {
	h := start(t, Config{}, nil)
	me := h.srv.Bot
	member := func(t models.ChatMemberType) models.ChatMember {
		switch t {
		case models.ChatMemberTypeLeft:
			return models.ChatMember{Type: t, Left: &models.ChatMemberLeft{User: &me}}
		case models.ChatMemberTypeAdministrator:
			return models.ChatMember{Type: t, Administrator: &models.ChatMemberAdministrator{User: me}}
		}
		return models.ChatMember{Type: t, Member: &models.ChatMemberMember{User: &me}}
	}
	push := func(chat models.Chat, from, to models.ChatMemberType) {
		h.srv.Push(models.Update{MyChatMember: &models.ChatMemberUpdated{Chat: chat, From: *user(5, "en"), Date: 1,
			OldChatMember: member(from), NewChatMember: member(to)}})
	}
	push(groupChat(-990), models.ChatMemberTypeLeft, models.ChatMemberTypeMember)
	push(groupChat(-991), models.ChatMemberTypeMember, models.ChatMemberTypeAdministrator)
	push(privateChat(992), models.ChatMemberTypeLeft, models.ChatMemberTypeMember)
	h.srv.Wait(5*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "sendMessage") >= 1 })
	settle()
	sends := h.srv.Calls("sendMessage")
	if len(sends) != 1 || sends[0].Int("chat_id") != -990 {
		t.Fatalf("greetings %v", sends)
	}
	if g := sends[0].Params["text"]; !strings.Contains(g, "/ask") || !strings.Contains(g, "@test_bot") || !strings.Contains(g, "港口与航运") {
		t.Errorf("greeting: %s", g)
	}
	var allowed []string
	_ = h.srv.Calls("getUpdates")[0].JSON("allowed_updates", &allowed)
	if !strings.Contains(strings.Join(allowed, ","), "my_chat_member") {
		t.Errorf("allowed_updates %v", allowed)
	}
}

// With the article's URL, each citation links to its sentence there.
func TestSourceLinks(t *testing.T) {
	h := start(t, Config{}, nil)
	id, _ := h.send(privateChat(93), user(93, "zh"), "港口有多少个？", nil)
	r := h.waitReplies(id, 1)[0].Params["text"]
	want := `<a href="https://news.example.com/a?id=1&amp;x=2#:~:text=%E5%85%A8%E5%9B%BD%E5%85%B1%E6%9C%89%20%3C%E6%B8%AF%E5%8F%A3%3E%20%E5%A4%9A%E5%B0%91%E4%B8%AA%20%26%20%E6%9B%B4%E5%A4%9A%E3%80%82"><b>[1] 第一节 港口 · 第3段</b></a>`
	if !strings.Contains(r, want) {
		t.Errorf("citation link missing:\n%s\nwant %s", r, want)
	}
	if !strings.Contains(r, `#:~:text=%E5%BE%88%E9%95%BF%E7%9A%84%E5%BC%95%E6%96%87%E3%80%82%E5%BE%88%E9%95%BF%E7%9A%84%E5%BC%95,%E7%9A%84`) {
		t.Errorf("long quote: no start,end fragment:\n%s", r)
	}
	if _, err := bottest.CheckHTML(r); err != nil {
		t.Error(err)
	}
	src, _ := h.send(privateChat(93), user(93, "zh"), "/sources", cmdEntity("/sources"))
	if r := h.waitReplies(src, 1)[0].Params["text"]; !strings.Contains(r, "🔗 https://news.example.com/a?id=1&amp;x=2#top") {
		t.Errorf("/sources without the URL: %s", r)
	}
	for _, bad := range []string{"", "javascript:alert(1)", "ftp://x/y", "https://" + strings.Repeat("a", 1100)} {
		if l := fragmentLink(bad, "引文。"); l != "" {
			t.Errorf("fragmentLink(%.20q) = %.40q, want none", bad, l)
		}
	}
}

// FuzzClientInput: the client-controlled strings the bot parses — deep-link
// payloads, callback data, raw updates — never panic, and what they yield
// stays within bounds.
func FuzzClientInput(f *testing.F) {
	f.Add("q_5rivwI", "v:+:AAAAAAAAAAA", `{"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},"text":"x"}}`)
	f.Add("ex_-1", "r:", `{"update_id":2,"my_chat_member":{"new_chat_member":{"status":"?"}}}`)
	f.Add("q_"+strings.Repeat("A", 80), "ex:zh:9999999999999999999", "[")
	b := &Bot{docs: testDocs, log: discardLog()}
	f.Fuzz(func(t *testing.T, payload, data, raw string) {
		if q := b.startQuestionOf(payload, "zh"); len(q) > maxStartParam {
			t.Errorf("payload %q gave a %d-byte question", payload, len(q))
		}
		for _, p := range []string{cbVoteUp, cbVoteDown, cbRegen} {
			if id, ok := strings.CutPrefix(data, p); ok && validAnswerID(id) && len(data) > 64 {
				t.Errorf("valid callback data over 64 bytes: %q", data)
			}
		}
		if p := startPayload(payload); p != "" && !startParamRe(p) {
			t.Errorf("startPayload(%q) = %q: not a valid start parameter", payload, p)
		}
		_ = b.decodeUpdates([]json.RawMessage{json.RawMessage(raw)})
		_ = fragmentLink("https://example.com/a", payload)
	})
}

func startParamRe(s string) bool {
	if len(s) == 0 || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

func discardLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
