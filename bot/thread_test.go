package bot

import (
	"testing"

	"github.com/go-telegram/bot/models"
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
