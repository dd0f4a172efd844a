package bot

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"articlebot/bot/bottest"
)

// A photo, document or video with a caption is its caption, with the same
// addressing rules; other media get the text-only hint.
func TestCaptions(t *testing.T) {
	h := start(t, Config{}, nil)
	photo := []models.PhotoSize{{FileID: "p", FileUniqueID: "p", Width: 10, Height: 10}}
	doc := &models.Document{FileID: "d", FileUniqueID: "d"}

	id1, _ := h.sendMsg(models.Message{Chat: privateChat(60), From: user(60, "zh"), Photo: photo, Caption: "港口有多少个？"})
	r := h.waitReplies(id1, 1)[0].Params["text"]
	if !strings.Contains(r, "Answer to 港口有多少个？") {
		t.Errorf("photo caption not answered as a question:\n%s", r)
	}
	if qs := h.ask.requests(); len(qs) != 1 || qs[0].Question != "港口有多少个？" {
		t.Errorf("asker got %+v", qs)
	}

	g := groupChat(-600)
	cap := "/ask 港口有多少个？"
	id2, _ := h.sendMsg(models.Message{Chat: g, From: user(61, "zh"), Document: doc, Caption: cap, CaptionEntities: cmdEntity(cap)})
	h.waitReplies(id2, 1)
	// Not addressed in a group: ignored.
	id3, _ := h.sendMsg(models.Message{Chat: g, From: user(61, "zh"), Photo: photo, Caption: "港口有多少个？"})
	// A sticker in a private chat: the hint.
	id4, _ := h.sendMsg(models.Message{Chat: privateChat(62), From: user(62, "en"), Sticker: &models.Sticker{FileID: "s"}})
	r4 := h.waitReplies(id4, 1)[0].Params["text"]
	if !strings.Contains(r4, "only read text") {
		t.Errorf("sticker hint: %s", r4)
	}
	settle()
	if n := len(h.replies(id3)); n != 0 {
		t.Errorf("unaddressed group caption answered %d times", n)
	}
	if n := len(h.ask.requests()); n != 2 {
		t.Errorf("asked %d times, want 2", n)
	}
}

// Anonymous admins all come from one account (GroupAnonymousBot): they are
// rate-limited by sender_chat, so two groups do not share a bucket. An
// automatic forward of a channel post is not a question.
func TestAnonymousAdminsAndChannels(t *testing.T) {
	h := start(t, Config{RatePerMinute: 1}, nil)
	anon := &models.User{ID: 1087968824, IsBot: true, FirstName: "Group", Username: "GroupAnonymousBot"}
	ask := func(g models.Chat) int {
		text := "/ask 港口有多少个？"
		sc := g
		id, _ := h.sendMsg(models.Message{Chat: g, From: anon, SenderChat: &sc, Text: text, Entities: cmdEntity(text)})
		return id
	}
	a1 := ask(groupChat(-701))
	h.waitReplies(a1, 1)
	a2 := ask(groupChat(-702))
	if r := h.waitReplies(a2, 1)[0].Params["text"]; !strings.Contains(r, "Answer to") {
		t.Errorf("another group's anonymous admin shares the first one's bucket: %s", r)
	}
	a3 := ask(groupChat(-701))
	if r := h.waitReplies(a3, 1)[0].Params["text"]; !strings.Contains(r, "too quickly") && !strings.Contains(r, "太频繁") {
		t.Errorf("the same group's admin is not limited: %s", r)
	}

	// A channel post forwarded into its discussion group, mentioning the bot.
	ch := models.Chat{ID: -1009, Type: models.ChatTypeChannel, Title: "news"}
	text := "@test_bot 港口有多少个？"
	fwd, _ := h.sendMsg(models.Message{Chat: groupChat(-703), From: &models.User{ID: 777000, FirstName: "Telegram"}, SenderChat: &ch,
		IsAutomaticForward: true, Text: text, Entities: mentionEntity(text, "@test_bot")})
	settle()
	if n := len(h.replies(fwd)); n != 0 {
		t.Errorf("automatic forward answered")
	}
}

// An update without update_id is dropped and counted.
func TestUpdateWithoutIDDropped(t *testing.T) {
	before := counter(t, "articlebot_updates_dropped_total", map[string]string{"reason": "no_id"})
	srv := bottest.NewServer(testToken)
	cfg := Config{WebhookURL: "https://example.com/tg/hook", WebhookSecret: "s3cret"}
	h := startWith(t, srv, cfg, nil)
	hook := httptest.NewServer(h.b.WebhookHandler())
	defer hook.Close()
	srv.Wait(5*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "setWebhook") > 0 })
	m := models.Message{ID: 5, Chat: privateChat(800), From: user(800, "en"), Text: "ports?", Date: 1}
	resp, err := bottest.PostWebhook(hook.URL, "s3cret", models.Update{Message: &m})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("status %d", resp.StatusCode)
	}
	settle()
	if len(h.ask.requests()) != 0 {
		t.Error("an update without id was answered")
	}
	if d := counter(t, "articlebot_updates_dropped_total", map[string]string{"reason": "no_id"}) - before; d != 1 {
		t.Errorf("dropped metric +%v", d)
	}
}

// An update the library cannot decode is skipped and counted; the batch
// around it is answered.
func TestUndecodableUpdateSkipped(t *testing.T) {
	before := counter(t, "articlebot_updates_dropped_total", map[string]string{"reason": "undecodable"})
	h := start(t, Config{}, nil)
	h.srv.PushRaw(`{"update_id":%d,"my_chat_member":{"chat":{"id":-5,"type":"group"},"from":{"id":1,"first_name":"a"},"date":1,` +
		`"old_chat_member":{"status":"left","user":{"id":4242}},"new_chat_member":{"status":"ascended","user":{"id":4242}}}}`)
	id, _ := h.send(privateChat(801), user(801, "en"), "ports?", nil)
	h.waitReplies(id, 1)
	if d := counter(t, "articlebot_updates_dropped_total", map[string]string{"reason": "undecodable"}) - before; d != 1 {
		t.Errorf("undecodable metric +%v", d)
	}
}
