package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/go-telegram/bot/models"

	"articlebot/rag"
)

// Telegram sets message_thread_id on plain replies in groups without topics
// and on replies in a forum's General topic; only is_topic_message makes it a
// topic. Memory, ordering and chat actions follow (chat, topic).
func TestThreadsAndFollowUps(t *testing.T) {
	h := start(t, Config{}, nil)
	botUser := &models.User{ID: 4242, IsBot: true, Username: "test_bot"}
	ask := func(m models.Message) int {
		t.Helper()
		id, _ := h.sendMsg(m)
		h.waitReplies(id, 1)
		h.waitAnswered(id)
		return id
	}
	lastHistory := func() int {
		rs := h.ask.requests()
		return len(rs[len(rs)-1].History)
	}

	// A plain group: the question, then a follow-up as a reply to the
	// bot's answer, which Telegram gives a message_thread_id.
	g := groupChat(-300)
	first := ask(models.Message{Chat: g, From: user(40, "zh"), Text: "/ask 西部陆海新通道通达多少个港口？", Entities: cmdEntity("/ask 西部陆海新通道通达多少个港口？")})
	followUp := ask(models.Message{Chat: g, From: user(40, "zh"), Text: "那成都呢？", MessageThreadID: first,
		ReplyToMessage: &models.Message{ID: h.sentID(first), From: botUser, Chat: g}})
	if n := lastHistory(); n != 1 {
		t.Errorf("follow-up by reply in a plain group had %d turns of history, want 1", n)
	}
	for _, c := range h.srv.Calls("") {
		if c.Int("chat_id") == -300 && c.Params["message_thread_id"] != "" {
			t.Errorf("%s in a plain group carries message_thread_id %s", c.Method, c.Params["message_thread_id"])
		}
	}
	_ = followUp

	// A forum: two topics keep their own conversations; General (no
	// is_topic_message, even on a reply that carries a thread id) is the chat.
	f := groupChat(-400)
	f.IsForum = true
	inTopic := func(topic int, text string, replyTo *models.Message) models.Message {
		return models.Message{Chat: f, From: user(41, "zh"), Text: "/ask " + text, Entities: cmdEntity("/ask " + text),
			MessageThreadID: topic, IsTopicMessage: topic != 0, ReplyToMessage: replyTo}
	}
	a1 := ask(inTopic(11, "港口有多少个？", nil))
	if n := lastHistory(); n != 0 {
		t.Errorf("topic 11, first question: %d turns", n)
	}
	ask(inTopic(12, "游客有多少？", nil))
	if n := lastHistory(); n != 0 {
		t.Errorf("topic 12 saw topic 11's conversation (%d turns)", n)
	}
	ask(inTopic(11, "那成都呢？", nil))
	if n := lastHistory(); n != 1 {
		t.Errorf("topic 11 follow-up: %d turns, want 1", n)
	}
	gen := inTopic(0, "改革措施有多少项？", &models.Message{ID: 5, From: user(42, "zh"), Chat: f})
	gen.MessageThreadID = 5 // a reply in General: a reply thread, not a topic
	g1 := ask(gen)
	if n := lastHistory(); n != 0 {
		t.Errorf("General saw a topic's conversation (%d turns)", n)
	}
	for _, c := range h.srv.Calls("") {
		if c.Int("chat_id") != -400 {
			continue
		}
		var rp models.ReplyParameters
		_ = c.JSON("reply_parameters", &rp)
		switch {
		case rp.MessageID == a1 && c.Int("message_thread_id") != 11:
			t.Errorf("%s for topic 11 went to thread %q", c.Method, c.Params["message_thread_id"])
		case rp.MessageID == g1 && c.Params["message_thread_id"] != "":
			t.Errorf("%s for General carries thread %q", c.Method, c.Params["message_thread_id"])
		}
	}
	acts := 0
	for _, c := range h.srv.Calls("sendChatAction") {
		if c.Int("chat_id") == -400 && c.Int("message_thread_id") == 11 {
			acts++
		}
	}
	if acts < 2 {
		t.Errorf("typing in topic 11: %d actions, want one per question", acts)
	}
}

// sentID is the message id of the bot's first reply to question msgID.
func (h *harness) sentID(msgID int) int {
	h.t.Helper()
	c := h.waitAnswered(msgID)
	if len(c.sentIDs) == 0 {
		h.t.Fatalf("no reply to %d", msgID)
	}
	return c.sentIDs[0]
}

// A refusal says "not in the article" once (the engine's words); with no
// related passage it shows what the article covers and example questions.
func TestRefusalSaysNoOnce(t *testing.T) {
	ask := &fakeAsker{fn: func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		a := rag.Answer{Answer: "文章中没有提到这一点。", Found: false, Mode: rag.ModeExtractive, Lang: "zh"}
		if strings.Contains(req.Question, "港口") {
			a.Related = []rag.Citation{{N: 1, Section: "第一节 港口", Paragraph: 2, Quote: "通达全球548个港口。"}}
		}
		return a, nil
	}}
	h := start(t, Config{}, ask)
	id1, _ := h.send(privateChat(13), user(13, "zh"), "明天天气怎么样？", nil)
	id2, _ := h.send(privateChat(13), user(13, "zh"), "港口的面积是多少？", nil)
	r1 := h.waitReplies(id1, 1)[0].Params["text"]
	r2 := h.waitReplies(id2, 1)[0].Params["text"]
	for _, r := range []string{r1, r2} {
		if n := strings.Count(r, "没有"); n != 1 {
			t.Errorf("refusal says no %d times:\n%s", n, r)
		}
	}
	for _, want := range []string{"文章涉及", "第一节 港口", "第二节 航运", "可以这样问", "全国有多少个港口？"} {
		if !strings.Contains(r1, want) {
			t.Errorf("refusal without related passages lacks %q:\n%s", want, r1)
		}
	}
	if strings.Contains(r1, "相关段落") {
		t.Errorf("related label without passages:\n%s", r1)
	}
	if !strings.Contains(r2, "相关段落") || !strings.Contains(r2, "548个港口") || strings.Contains(r2, "文章涉及") {
		t.Errorf("refusal with a related passage:\n%s", r2)
	}
}
