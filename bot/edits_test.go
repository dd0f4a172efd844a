package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"articlebot/bot/bottest"
)

// waitEdit waits for a successful editMessageText whose text holds want.
func (h *harness) waitEdit(want string) bottest.Call {
	h.t.Helper()
	var got bottest.Call
	ok := h.srv.Wait(10*time.Second, func(cs []bottest.Call) bool {
		for _, c := range cs {
			if c.Method == "editMessageText" && c.Reply == "" && strings.Contains(c.Params["text"], want) {
				got = c
				return true
			}
		}
		return false
	})
	if !ok {
		h.t.Fatalf("no edit with %q; calls: %v", want, methods(h.srv.Calls("")))
	}
	return got
}

// An edited question: its answer is edited in place when it is still the
// bot's last message in the chat; otherwise a new reply says it answers the
// edit.
func TestEditedQuestion(t *testing.T) {
	h := start(t, Config{}, nil)
	p := privateChat(90)
	from := user(90, "en")
	q, _ := h.send(p, from, "how many ports", nil)
	h.waitReplies(q, 1)
	answerID := h.sentID(q)

	h.srv.Push(models.Update{EditedMessage: &models.Message{ID: q, Chat: p, From: from, Text: "how many ships", EditDate: 1}})
	e := h.waitEdit("Answer to how many ships")
	if int(e.Int("message_id")) != answerID || e.Int("chat_id") != 90 {
		t.Errorf("edited message %d in %d, want the answer %d", e.Int("message_id"), e.Int("chat_id"), answerID)
	}
	if !strings.Contains(e.Params["reply_markup"], cbVoteUp) {
		t.Errorf("edited answer lost its buttons: %q", e.Params["reply_markup"])
	}
	settle()
	if n := len(h.replies(q)); n != 1 {
		t.Errorf("%d replies to the edited question, want the one edited", n)
	}

	// Another question came after: the edit gets a new reply, marked.
	q2, _ := h.send(p, from, "who built the port", nil)
	h.waitReplies(q2, 1)
	h.waitAnswered(q2)
	h.srv.Push(models.Update{EditedMessage: &models.Message{ID: q, Chat: p, From: from, Text: "how many boats", EditDate: 2}})
	r := h.waitReplies(q, 2)[1].Params["text"]
	if !strings.Contains(r, "✏️ how many boats") || !strings.Contains(r, "Answer to how many boats") {
		t.Errorf("new reply to an edit: %s", r)
	}
}
