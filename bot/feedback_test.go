package bot

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"articlebot/bot/bottest"
	"articlebot/rag"
)

// answerButtons returns the callback data of the buttons on a sent answer.
func answerButtons(t *testing.T, c bottest.Call) []string {
	t.Helper()
	var kb models.InlineKeyboardMarkup
	if err := c.JSON("reply_markup", &kb); err != nil {
		t.Fatalf("no buttons on the answer: %q", c.Params["reply_markup"])
	}
	var out []string
	for _, row := range kb.InlineKeyboard {
		for _, b := range row {
			if len(b.CallbackData) == 0 || len(b.CallbackData) > 64 {
				t.Errorf("callback data %q: %d bytes", b.CallbackData, len(b.CallbackData))
			}
			out = append(out, b.CallbackData)
		}
	}
	return out
}

func (h *harness) press(id string, from *models.User, on *models.Message, data string) {
	h.srv.Push(models.Update{CallbackQuery: &models.CallbackQuery{ID: id, From: *from, Data: data,
		Message: models.MaybeInaccessibleMessage{Type: models.MaybeInaccessibleMessageTypeMessage, Message: on}}})
}

func TestFeedbackVotes(t *testing.T) {
	dir := t.TempDir()
	upBefore := counter(t, "articlebot_votes_total", map[string]string{"vote": "up"})
	downBefore := counter(t, "articlebot_votes_total", map[string]string{"vote": "down"})
	h := start(t, Config{FeedbackDir: dir}, nil)
	from := user(95, "zh")
	q, _ := h.send(privateChat(95), from, "港口有多少个？", nil)
	r := h.waitReplies(q, 1)[0]
	btns := answerButtons(t, r)
	if len(btns) != 2 || !strings.HasPrefix(btns[0], cbVoteUp) || !strings.HasPrefix(btns[1], cbVoteDown) {
		t.Fatalf("offline private answer buttons %q, want 👍 👎", btns)
	}
	msg := &models.Message{ID: int(h.sentID(q)), Chat: privateChat(95), From: &h.srv.Bot}
	h.press("c1", from, msg, btns[0])
	h.press("c2", from, msg, btns[0])           // the same vote again: nothing new
	h.press("c3", from, msg, btns[1])           // changed to 👎
	h.press("c4", from, msg, "v:+:not-an-id")   // forged: answered, ignored
	h.press("c5", from, msg, "v:+:AAAAAAAAAAA") // unknown answer
	h.srv.Wait(5*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "answerCallbackQuery") == 5 })
	for _, c := range h.srv.Calls("answerCallbackQuery") {
		if c.Params["callback_query_id"] == "c1" && c.Params["text"] != "感谢反馈！" {
			t.Errorf("vote answered with %q", c.Params["text"])
		}
	}
	settle()
	votes, bad, err := ReadVotes(dir)
	if err != nil || bad != 0 {
		t.Fatalf("ReadVotes: %v (%d bad)", err, bad)
	}
	if len(votes) != 2 || votes[0].Vote != 1 || votes[1].Vote != -1 || votes[1].Replaces != 1 {
		t.Fatalf("votes file %+v", votes)
	}
	v := votes[0]
	if v.Question != "港口有多少个？" || !strings.Contains(v.Answer, "Answer to") || len(v.Citations) != 2 || v.Mode != rag.ModeExtractive || v.ChatType != "private" {
		t.Errorf("vote record %+v", v)
	}
	if d := counter(t, "articlebot_votes_total", map[string]string{"vote": "up"}) - upBefore; d != 1 {
		t.Errorf("up votes +%v", d)
	}
	if d := counter(t, "articlebot_votes_total", map[string]string{"vote": "down"}) - downBefore; d != 1 {
		t.Errorf("down votes +%v", d)
	}
	var out bytes.Buffer
	WriteFeedbackReport(&out, votes, 0)
	rep := out.String()
	for _, want := range []string{"votes: 1 (👍 0, 👎 1)", "down-voted questions (1)", "Q: 港口有多少个？", "A: Answer to"} {
		if !strings.Contains(rep, want) {
			t.Errorf("report lacks %q:\n%s", want, rep)
		}
	}
}

// A callback is answered at once, even while the chat's queue is busy
// with a slow answer; in LLM mode a private answer can be regenerated.
func TestCallbackAnsweredAtOnceAndRegenerate(t *testing.T) {
	release := make(chan struct{})
	slow := &fakeAsker{fn: func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		if req.Question == "slow" {
			select {
			case <-release:
			case <-ctx.Done():
			}
		}
		a := canned(req.Question)
		a.Mode = rag.ModeLLM
		return a, nil
	}}
	h := start(t, Config{LLM: true}, slow)
	from := user(96, "en")
	q, _ := h.send(privateChat(96), from, "ports?", nil)
	r := h.waitReplies(q, 1)
	h.waitAnswered(q)
	btns := answerButtons(t, r[len(r)-1])
	if len(btns) != 3 || !strings.HasPrefix(btns[2], cbRegen) {
		t.Fatalf("LLM private answer buttons %q, want 👍 👎 🔁", btns)
	}
	busy, _ := h.send(privateChat(96), from, "slow", nil)
	msg := &models.Message{ID: h.sentID(q), Chat: privateChat(96), From: &h.srv.Bot}
	h.press("r1", from, msg, btns[2])
	if !h.srv.Wait(3*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "answerCallbackQuery") == 1 }) {
		t.Error("callback not answered while the chat was busy")
	}
	close(release)
	h.waitReplies(busy, 1)
	// The regenerated answer replies to the answer message and heads with the question.
	rr := h.waitReplies(msg.ID, 1)[0].Params["text"]
	if !strings.Contains(rr, "🔁 ports?") {
		t.Errorf("regenerated answer: %s", rr)
	}
	if rs := h.ask.requests(); rs[len(rs)-1].Question != "ports?" {
		t.Errorf("regenerate asked %q", rs[len(rs)-1].Question)
	}

	// Groups get votes only.
	g := groupChat(-960)
	gq, _ := h.send(g, from, "/ask ports", cmdEntity("/ask ports"))
	gr := h.waitReplies(gq, 1)
	if b := answerButtons(t, gr[len(gr)-1]); len(b) != 2 {
		t.Errorf("group answer buttons %q", b)
	}
}

func TestVotesFileRotates(t *testing.T) {
	dir := t.TempDir()
	v, err := openVotesFile(dir, 600)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		if err := v.Append(VoteRecord{AnswerID: "x", Vote: 1, Question: strings.Repeat("港", 30), Mode: "extractive"}); err != nil {
			t.Fatal(err)
		}
	}
	v.Close()
	votes, _, err := ReadVotes(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(votes) == 0 || len(votes) >= 20 {
		t.Errorf("%d votes kept of 20 with a 600-byte bound", len(votes))
	}
}
