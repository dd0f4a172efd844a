package bot

import (
	"context"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"articlebot/bot/bottest"
	"articlebot/rag"
)

// One chain serves every kind: the allow-list refuses messages, inline
// queries, callbacks and membership updates alike; a panic in any handler
// is recovered; every request is counted by kind and outcome.
func TestOneChainForEveryKind(t *testing.T) {
	refused := func(kind string) float64 {
		return counter(t, "articlebot_updates_total", map[string]string{"kind": kind, "outcome": "refused"})
	}
	before := map[string]float64{}
	for _, k := range []string{"message", "inline", "callback", "member"} {
		before[k] = refused(k)
	}
	panics := counter(t, "articlebot_updates_total", map[string]string{"kind": "inline", "outcome": "panic"})
	ask := &fakeAsker{fn: func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		if req.Question == "panic" {
			panic("boom")
		}
		return canned(req.Question), nil
	}}
	h := start(t, Config{AllowedChats: []int64{1}}, ask)
	stranger := user(66, "en")
	p := privateChat(66)
	m1, _ := h.send(p, stranger, "ports?", nil)
	h.waitReplies(m1, 1)
	m2, _ := h.send(p, stranger, "ports again?", nil)
	h.srv.Push(models.Update{InlineQuery: &models.InlineQuery{ID: "iq", From: stranger, Query: "ports"}})
	msg := &models.Message{ID: 5, Chat: p, From: &h.srv.Bot}
	h.press("cb", stranger, msg, "ex:en:0")
	h.srv.Push(models.Update{MyChatMember: &models.ChatMemberUpdated{Chat: groupChat(-67), From: *stranger, Date: 1,
		OldChatMember: models.ChatMember{Type: models.ChatMemberTypeLeft, Left: &models.ChatMemberLeft{User: &h.srv.Bot}},
		NewChatMember: models.ChatMember{Type: models.ChatMemberTypeMember, Member: &models.ChatMemberMember{User: &h.srv.Bot}}}})
	h.srv.Wait(5*time.Second, func(cs []bottest.Call) bool {
		return bottest.Count(cs, "answerInlineQuery") == 1 && bottest.Count(cs, "answerCallbackQuery") == 1
	})
	settle()
	if len(h.replies(m2)) != 0 {
		t.Error("a stranger was told twice")
	}
	if len(h.ask.requests()) != 0 {
		t.Errorf("the engine was asked for a stranger: %d", len(h.ask.requests()))
	}
	if c := h.srv.Calls("answerInlineQuery")[0]; c.Params["results"] != "[]" {
		t.Errorf("stranger's inline query got results: %s", c.Params["results"])
	}
	for _, k := range []string{"message", "inline", "callback", "member"} {
		if d := refused(k) - before[k]; d < 1 {
			t.Errorf("%s: refused +%v", k, d)
		}
	}

	// A panic inside the inline handler is recovered by the same chain.
	h2 := start(t, Config{}, ask)
	h2.srv.Push(models.Update{InlineQuery: &models.InlineQuery{ID: "iq2", From: user(68, "en"), Query: "panic"}})
	h2.srv.Push(models.Update{InlineQuery: &models.InlineQuery{ID: "iq3", From: user(68, "en"), Query: "ports"}})
	h2.srv.Wait(5*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "answerInlineQuery") >= 1 })
	settle()
	if d := counter(t, "articlebot_updates_total", map[string]string{"kind": "inline", "outcome": "panic"}) - panics; d != 1 {
		t.Errorf("inline panics +%v", d)
	}
}
