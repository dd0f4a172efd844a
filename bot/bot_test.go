package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"
	dto "github.com/prometheus/client_model/go"

	"articlebot/bot/bottest"
	"articlebot/internal/metrics"
	"articlebot/prompts/texts"
	"articlebot/rag"
)

// counter reads a labelled counter from the metrics registry.
func counter(t *testing.T, name string, labels map[string]string) float64 {
	t.Helper()
	mfs, err := metrics.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if matchLabels(m, labels) {
				sum += m.GetCounter().GetValue()
			}
		}
	}
	return sum
}

func matchLabels(m *dto.Metric, want map[string]string) bool {
	got := map[string]string{}
	for _, l := range m.GetLabel() {
		got[l.GetName()] = l.GetValue()
	}
	for k, v := range want {
		if got[k] != v {
			return false
		}
	}
	return true
}

func TestPrivateQuestion(t *testing.T) {
	before := counter(t, "articlebot_questions_total", map[string]string{"chat_type": "private"})
	callsBefore := counter(t, "articlebot_telegram_calls_total", map[string]string{"method": "sendMessage", "code": "200"})
	h := start(t, Config{}, nil)
	id, _ := h.send(privateChat(10), user(10, "en"), "How many ports <b>&amp;</b>?", nil)
	r := h.waitReplies(id, 1)[0]
	h.waitAnswered(id)

	if r.Params["parse_mode"] != "HTML" {
		t.Errorf("parse_mode = %q", r.Params["parse_mode"])
	}
	text := r.Params["text"]
	for _, want := range []string{
		"How many ports &lt;b&gt;&amp;amp;&lt;/b&gt;?", // the user's markup, escaped
		"Ports &amp; &lt;b&gt;numbers&lt;/b&gt; [2]",   // the model's, escaped
		"<blockquote expandable>", "[1] 第一节 港口 · ¶3", "&lt;港口&gt;", "…”</blockquote>",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("reply lacks %q:\n%s", want, text)
		}
	}
	if _, err := bottest.CheckHTML(text); err != nil {
		t.Errorf("invalid HTML: %v", err)
	}
	var rp models.ReplyParameters
	_ = r.JSON("reply_parameters", &rp)
	if !rp.AllowSendingWithoutReply {
		t.Error("allow_sending_without_reply not set")
	}
	var lp models.LinkPreviewOptions
	if err := r.JSON("link_preview_options", &lp); err != nil || lp.IsDisabled == nil || !*lp.IsDisabled {
		t.Errorf("link preview not disabled: %q", r.Params["link_preview_options"])
	}
	acts := h.srv.Calls("sendChatAction")
	if len(acts) == 0 || acts[0].Params["action"] != "typing" || acts[0].Int("chat_id") != 10 {
		t.Errorf("no typing action: %v", acts)
	}
	if got := h.ask.requests(); len(got) != 1 || got[0].Question != "How many ports <b>&amp;</b>?" || got[0].OnDelta != nil {
		t.Errorf("asker got %+v", got)
	}
	if d := counter(t, "articlebot_questions_total", map[string]string{"chat_type": "private"}) - before; d != 1 {
		t.Errorf("questions metric +%v, want +1", d)
	}
	if d := counter(t, "articlebot_telegram_calls_total", map[string]string{"method": "sendMessage", "code": "200"}) - callsBefore; d < 1 {
		t.Errorf("telegram calls metric +%v", d)
	}
	// setMyCommands for the default menu, en and zh
	langs := map[string]bool{}
	h.srv.Wait(5*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "setMyCommands") >= 3 })
	for _, c := range h.srv.Calls("setMyCommands") {
		langs[c.Params["language_code"]] = true
		var cmds []models.BotCommand
		if err := c.JSON("commands", &cmds); err != nil || len(cmds) != 6 {
			t.Errorf("commands %q", c.Params["commands"])
		}
	}
	if !langs[""] || !langs["en"] || !langs["zh"] {
		t.Errorf("setMyCommands languages %v", langs)
	}
}

func TestGroupAddressing(t *testing.T) {
	h := start(t, Config{}, nil)
	g := groupChat(-100)
	from := user(20, "en")
	botMsg := models.Message{ID: 1, From: &models.User{ID: 4242, IsBot: true, Username: "test_bot"}, Chat: g}
	otherMsg := models.Message{ID: 2, From: user(21, "en"), Chat: g}

	type tc struct {
		name     string
		msg      models.Message
		answered bool
		question string // what the engine must get ("" = not asked)
	}
	mention := "😀 你好 @test_bot 多少个港口"
	cases := []tc{
		{"plain group text", models.Message{Text: "多少个港口"}, false, ""},
		{"/ask@thisbot", models.Message{Text: "/ask@test_bot 多少个港口", Entities: cmdEntity("/ask@test_bot 多少个港口")}, true, "多少个港口"},
		{"/ask@otherbot", models.Message{Text: "/ask@other_bot 多少个港口", Entities: cmdEntity("/ask@other_bot 多少个港口")}, false, ""},
		{"/ask bare", models.Message{Text: "/ask 港口在哪里", Entities: cmdEntity("/ask 港口在哪里")}, true, "港口在哪里"},
		{"mention after emoji", models.Message{Text: mention, Entities: mentionEntity(mention, "@test_bot")}, true, "😀 你好   多少个港口"},
		{"mention of another bot", models.Message{Text: "@other_bot 多少", Entities: mentionEntity("@other_bot 多少", "@other_bot")}, false, ""},
		{"reply to the bot", models.Message{Text: "那吞吐量呢", ReplyToMessage: &botMsg}, true, "那吞吐量呢"},
		{"reply to someone else", models.Message{Text: "同意", ReplyToMessage: &otherMsg}, false, ""},
		{"/start@otherbot", models.Message{Text: "/start@other_bot", Entities: cmdEntity("/start@other_bot")}, false, ""},
		{"someone else's command", models.Message{Text: "/weather", Entities: cmdEntity("/weather")}, false, ""},
		{"no entities, /ask@thisbot", models.Message{Text: "/ask@test_bot 作者是谁"}, true, "作者是谁"},
	}
	ids := make([]int, len(cases))
	for i, c := range cases {
		m := c.msg
		m.Chat, m.From = g, from
		ids[i], _ = h.sendMsg(m)
	}
	// An empty /ask gets usage help.
	emptyID, _ := h.send(g, from, "/ask@test_bot", cmdEntity("/ask@test_bot"))
	usage := h.waitReplies(emptyID, 1)[0]
	if !strings.Contains(usage.Params["text"], "Usage: /ask") {
		t.Errorf("usage: %q", usage.Params["text"])
	}
	for i, c := range cases {
		if c.answered {
			h.waitReplies(ids[i], 1)
		}
	}
	settle()
	asked := map[string]bool{}
	for _, r := range h.ask.requests() {
		asked[r.Question] = true
	}
	for i, c := range cases {
		n := len(h.replies(ids[i]))
		if c.answered != (n == 1) {
			t.Errorf("%s: %d replies, want answered=%v", c.name, n, c.answered)
		}
		if c.question != "" && !asked[strings.TrimSpace(c.question)] {
			t.Errorf("%s: engine did not get %q (got %v)", c.name, c.question, asked)
		}
	}
	if len(h.ask.requests()) != 5 {
		t.Errorf("engine asked %d times, want 5", len(h.ask.requests()))
	}
}

func TestForumTopic(t *testing.T) {
	h := start(t, Config{}, nil)
	g := groupChat(-200)
	g.IsForum = true
	id, _ := h.sendMsg(models.Message{Chat: g, From: user(30, "zh"), MessageThreadID: 77, IsTopicMessage: true,
		Text: "/ask 多少个港口", Entities: cmdEntity("/ask 多少个港口")})
	r := h.waitReplies(id, 1)[0]
	if r.Int("message_thread_id") != 77 {
		t.Errorf("sendMessage thread %q", r.Params["message_thread_id"])
	}
	for _, a := range h.srv.Calls("sendChatAction") {
		if a.Int("message_thread_id") != 77 {
			t.Errorf("sendChatAction thread %q", a.Params["message_thread_id"])
		}
	}
	// The engine answered in Chinese: Chinese labels.
	if !strings.Contains(r.Params["text"], "来源") {
		t.Errorf("no zh sources label: %s", r.Params["text"])
	}
}

func TestThreadNotFoundFallsBack(t *testing.T) {
	h := start(t, Config{}, nil)
	h.srv.Fail("sendMessage", 1, nil, bottest.ThreadError)
	id, _ := h.sendMsg(models.Message{Chat: groupChat(-201), From: user(31, "en"), MessageThreadID: 5, IsTopicMessage: true,
		Text: "/ask ports", Entities: cmdEntity("/ask ports")})
	r := h.waitReplies(id, 1)[0]
	if r.Params["message_thread_id"] != "" {
		t.Errorf("retry kept the unknown thread")
	}
}

func TestInlineQuery(t *testing.T) {
	h := start(t, Config{LLM: true}, nil)
	// let the bot start polling
	h.srv.Wait(5*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "getUpdates") > 0 })
	uid := h.srv.Push(models.Update{InlineQuery: &models.InlineQuery{ID: "iq1", From: user(40, "zh"), Query: "多少个港口"}})
	if !h.srv.Wait(5*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "answerInlineQuery") > 0 }) {
		t.Fatal("no answerInlineQuery")
	}
	c := h.srv.Calls("answerInlineQuery")[0]
	// A generous bound: CI runs the packages in parallel on 2 cores (the
	// replica tests run several processes); the speed is in the benchmarks.
	if took := c.At.Sub(h.srv.PushedAt(uid)); took > 2*time.Second {
		t.Errorf("inline answer took %v", took)
	} else {
		t.Logf("inline answer in %v", took)
	}
	if c.Params["is_personal"] != "true" || c.Params["cache_time"] != "10" || c.Params["inline_query_id"] != "iq1" {
		t.Errorf("params %v", c.Params)
	}
	var results []struct {
		Type    string `json:"type"`
		ID      string `json:"id"`
		Title   string `json:"title"`
		Content struct {
			Text      string `json:"message_text"`
			ParseMode string `json:"parse_mode"`
		} `json:"input_message_content"`
	}
	if err := c.JSON("results", &results); err != nil || len(results) != 1 {
		t.Fatalf("results %q: %v", c.Params["results"], err)
	}
	r := results[0]
	if r.Type != "article" || r.Content.ParseMode != "HTML" || !strings.Contains(r.Content.Text, "<blockquote expandable>") || !strings.Contains(r.Content.Text, "多少个港口") {
		t.Errorf("result %+v", r)
	}
	if _, err := bottest.CheckHTML(r.Content.Text); err != nil {
		t.Error(err)
	}
	if reqs := h.ask.requests(); len(reqs) != 1 || !reqs[0].Offline || reqs[0].OnDelta != nil {
		t.Errorf("inline must ask offline: %+v", reqs)
	}
	// An empty query gets no results and asks nothing.
	h.srv.Push(models.Update{InlineQuery: &models.InlineQuery{ID: "iq2", From: user(40, "zh"), Query: "  "}})
	h.srv.Wait(5*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "answerInlineQuery") == 2 })
	if c := h.srv.Calls("answerInlineQuery"); len(c) != 2 || c[1].Params["results"] != "[]" {
		t.Errorf("empty inline query: %v", c)
	}
	if len(h.ask.requests()) != 1 {
		t.Error("empty inline query asked the engine")
	}
}

func TestInlineNotAllowed(t *testing.T) {
	h := start(t, Config{AllowedChats: []int64{1}}, nil)
	h.srv.Push(models.Update{InlineQuery: &models.InlineQuery{ID: "iq", From: user(41, "en"), Query: "ports"}})
	h.srv.Wait(5*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "answerInlineQuery") == 1 })
	if c := h.srv.Calls("answerInlineQuery"); len(c) != 1 || c[0].Params["results"] != "[]" {
		t.Errorf("stranger's inline query: %v", c)
	}
	if len(h.ask.requests()) != 0 {
		t.Error("stranger's inline query asked the engine")
	}
}

func TestNonHoldingServerDoesNotSpin(t *testing.T) {
	srv := bottest.NewServer(testToken)
	srv.HoldEmpty = 0
	h := startWith(t, srv, Config{}, nil)
	time.Sleep(time.Second)
	if n := len(h.srv.Calls("getUpdates")); n > 10 {
		t.Errorf("%d getUpdates in 1s against a server answering [] at once", n)
	}
}

func TestLongAnswerIsSplit(t *testing.T) {
	ask := &fakeAsker{fn: func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		a := canned(req.Question)
		a.Answer = strings.Repeat("港口的吞吐量持续增长，<达到>新高 & 更多😀。", 400) // ~10k units
		for i := 3; i <= 12; i++ {
			a.Citations = append(a.Citations, rag.Citation{N: i, Section: "节", Paragraph: i, Quote: strings.Repeat("引文&<>", 60)})
		}
		return a, nil
	}}
	h := start(t, Config{}, ask)
	id, _ := h.send(privateChat(11), user(11, "zh"), "长回答", nil)
	h.waitAnswered(id)
	rs := h.replies(id)
	if len(rs) < 3 {
		t.Fatalf("%d parts", len(rs))
	}
	var all strings.Builder
	for _, r := range rs {
		if n := u16(r.Params["text"]); n > MaxMessageUnits {
			t.Errorf("part of %d units", n)
		}
		plain, err := bottest.CheckHTML(r.Params["text"])
		if err != nil {
			t.Errorf("part HTML: %v", err)
		}
		all.WriteString(plain)
	}
	if got := strings.Count(all.String(), "港口的吞吐量持续增长，<达到>新高 & 更多😀。"); got != 400 {
		t.Errorf("%d sentences survived the split, want 400", got)
	}
	for i := 1; i <= 12; i++ {
		if !strings.Contains(all.String(), "["+itoa(i)+"]") {
			t.Errorf("source [%d] missing", i)
		}
	}
	for _, c := range h.srv.Calls("sendMessage") {
		if c.Reply != "" {
			t.Errorf("Telegram rejected a part: %s", c.Reply)
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestNotFoundShowsRelatedAndUngroundedWarns(t *testing.T) {
	ask := &fakeAsker{fn: func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		if strings.Contains(req.Question, "weather") {
			return rag.Answer{Answer: "The article does not say.", Found: false, Mode: rag.ModeExtractive, Lang: "en",
				Related: []rag.Citation{{N: 4, Section: "Ports", Paragraph: 2, Quote: "The ports handled 10 million tons."}}}, nil
		}
		a := canned(req.Question)
		a.Ungrounded, a.Mode = true, rag.ModeLLM
		a.Citations = nil
		return a, nil
	}}
	h := start(t, Config{}, ask)
	id1, _ := h.send(privateChat(12), user(12, "en"), "What is the weather?", nil)
	id2, _ := h.send(privateChat(12), user(12, "en"), "Who built the port?", nil)
	r1 := h.waitReplies(id1, 1)[0].Params["text"]
	r2 := h.waitReplies(id2, 1)[0].Params["text"]
	if !strings.Contains(r1, "Related passages") || !strings.Contains(r1, "10 million tons") || !strings.Contains(r1, "[1] Ports · ¶2") {
		t.Errorf("not-found reply: %s", r1)
	}
	if !strings.Contains(r2, "⚠️") {
		t.Errorf("ungrounded reply lacks a warning: %s", r2)
	}
}

func Test429RetryAfterThenSends(t *testing.T) {
	before := counter(t, "articlebot_telegram_calls_total", map[string]string{"method": "sendMessage", "code": "429"})
	h := start(t, Config{}, nil)
	h.srv.Fail("sendMessage", 1, nil, bottest.TooManyRequests(1))
	id, _ := h.send(privateChat(13), user(13, "en"), "ports?", nil)
	h.waitReplies(id, 1)
	var fail, ok time.Time
	for _, c := range h.srv.Calls("sendMessage") {
		if c.Reply != "" {
			fail = c.At
		} else {
			ok = c.At
		}
	}
	if fail.IsZero() || ok.Sub(fail) < 950*time.Millisecond {
		t.Errorf("resent %v after the 429, want >= retry_after 1s", ok.Sub(fail))
	}
	if d := counter(t, "articlebot_telegram_calls_total", map[string]string{"method": "sendMessage", "code": "429"}) - before; d != 1 {
		t.Errorf("429 metric +%v", d)
	}
}

func Test403IsSkipped(t *testing.T) {
	h := start(t, Config{}, nil)
	h.srv.Fail("sendMessage", 1, func(c bottest.Call) bool { return c.Int("chat_id") == 14 }, bottest.Forbidden)
	h.send(privateChat(14), user(14, "en"), "ports?", nil)
	id, _ := h.send(privateChat(15), user(15, "en"), "ports?", nil)
	h.waitReplies(id, 1)
	settle()
	n := 0
	for _, c := range h.srv.Calls("sendMessage") {
		if c.Int("chat_id") == 14 {
			n++
		}
	}
	if n != 1 {
		t.Errorf("blocked chat got %d sends, want 1 (no retry)", n)
	}
	if !strings.Contains(h.logs.String(), "skipped") {
		t.Error("403 not logged")
	}
}

func TestParseErrorResendsPlain(t *testing.T) {
	h := start(t, Config{}, nil)
	h.srv.Fail("sendMessage", 1, nil, bottest.ParseError)
	id, _ := h.send(privateChat(16), user(16, "en"), "ports <x>?", nil)
	r := h.waitReplies(id, 1)[0]
	if r.Params["parse_mode"] != "" || strings.Contains(r.Params["text"], "<blockquote") || !strings.Contains(r.Params["text"], "ports <x>?") {
		t.Errorf("plain resend: parse_mode=%q text=%q", r.Params["parse_mode"], r.Params["text"])
	}
	if n := len(h.srv.Calls("sendMessage")); n != 2 {
		t.Errorf("%d sendMessage calls, want 2 (resent once)", n)
	}
}

// streamAsker emits the answer in pieces over d, like an LLM.
func streamAsker(d time.Duration, pieces int) *fakeAsker {
	return &fakeAsker{fn: func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		a := canned(req.Question)
		a.Mode = rag.ModeLLM
		for i := 0; i < pieces; i++ {
			if req.OnDelta != nil {
				req.OnDelta(strings.Repeat("词", 5) + " ")
			}
			select {
			case <-time.After(d / time.Duration(pieces)):
			case <-ctx.Done():
				return rag.Answer{}, ctx.Err()
			}
		}
		return a, nil
	}}
}

func TestStreamingPrivateDrafts(t *testing.T) {
	h := start(t, Config{LLM: true, DraftInterval: 150 * time.Millisecond}, streamAsker(900*time.Millisecond, 9))
	id, _ := h.send(privateChat(17), user(17, "zh"), "港口?", nil)
	r := h.waitReplies(id, 1)[0]
	drafts := h.srv.Calls("sendMessageDraft")
	if len(drafts) < 2 {
		t.Fatalf("%d drafts", len(drafts))
	}
	for _, d := range drafts {
		if d.Params["draft_id"] == "" || d.Params["draft_id"] != drafts[0].Params["draft_id"] || d.Int("chat_id") != 17 {
			t.Errorf("draft %v", d.Params)
		}
		if d.At.After(r.At) {
			t.Error("draft after the final message")
		}
	}
	if r.Params["parse_mode"] != "HTML" || !strings.Contains(r.Params["text"], "<blockquote expandable>") {
		t.Errorf("final message %v", r.Params)
	}
	if len(h.srv.Calls("editMessageText")) != 0 {
		t.Error("private chats use drafts, not edits")
	}
}

func TestStreamingGroupEdits(t *testing.T) {
	h := start(t, Config{LLM: true}, streamAsker(3500*time.Millisecond, 14))
	g := groupChat(-300)
	g.IsForum = true
	id, _ := h.sendMsg(models.Message{Chat: g, From: user(18, "zh"), MessageThreadID: 9, IsTopicMessage: true,
		Text: "/ask 港口?", Entities: cmdEntity("/ask 港口?")})
	h.waitReplies(id, 1)
	var edits []bottest.Call
	h.srv.Wait(10*time.Second, func(cs []bottest.Call) bool {
		for _, c := range cs {
			if c.Method == "editMessageText" && c.Params["parse_mode"] == "HTML" {
				return true
			}
		}
		return false
	})
	edits = h.srv.Calls("editMessageText")
	if len(edits) < 2 {
		t.Fatalf("%d edits", len(edits))
	}
	for i, e := range edits {
		if i > 0 && e.At.Sub(edits[i-1].At) < 1300*time.Millisecond {
			t.Errorf("edits %v apart", e.At.Sub(edits[i-1].At))
		}
		// editMessageText has no message_thread_id: the message id (sent
		// into the topic) is what places it.
		if e.Int("message_id") == 0 {
			t.Errorf("edit without message id: %v", e.Params)
		}
	}
	last := edits[len(edits)-1]
	if last.Params["parse_mode"] != "HTML" || !strings.Contains(last.Params["text"], "<blockquote expandable>") {
		t.Errorf("last edit is not the final formatting: %v", last.Params)
	}
	if n := len(h.replies(id)); n != 1 {
		t.Errorf("%d messages sent, want one edited message", n)
	}
	if len(h.srv.Calls("sendMessageDraft")) != 0 {
		t.Error("drafts in a group")
	}
}

func TestTypingRefreshed(t *testing.T) {
	if defaultCfg := (Config{}); true {
		defaultCfg.setDefaults()
		if defaultCfg.TypingInterval != 4*time.Second {
			t.Errorf("default typing interval %v", defaultCfg.TypingInterval)
		}
	}
	ask := &fakeAsker{fn: func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		time.Sleep(550 * time.Millisecond)
		return canned(req.Question), nil
	}}
	h := start(t, Config{TypingInterval: 100 * time.Millisecond}, ask)
	id, _ := h.send(privateChat(19), user(19, "en"), "ports?", nil)
	r := h.waitReplies(id, 1)[0]
	acts := h.srv.Calls("sendChatAction")
	if len(acts) < 4 {
		t.Errorf("%d typing actions in 550ms at 100ms", len(acts))
	}
	settle()
	for _, a := range h.srv.Calls("sendChatAction") {
		if a.At.After(r.At) {
			t.Error("typing after the answer")
		}
	}
}

func TestCommands(t *testing.T) {
	h := start(t, Config{}, nil)
	from := user(50, "en")
	startID, _ := h.send(privateChat(50), from, "/start", cmdEntity("/start"))
	s := h.waitReplies(startID, 1)[0]
	for _, want := range []string{"港口与航运 &lt;报道&gt;", "Test News", "/ask", "@test_bot"} {
		if !strings.Contains(s.Params["text"], want) {
			t.Errorf("/start lacks %q: %s", want, s.Params["text"])
		}
	}
	var kb models.InlineKeyboardMarkup
	if err := s.JSON("reply_markup", &kb); err != nil || len(kb.InlineKeyboard) != 3 {
		t.Fatalf("/start buttons: %q", s.Params["reply_markup"])
	}
	if kb.InlineKeyboard[1][0].Text != "港口吞吐量是多少？" || len(kb.InlineKeyboard[1][0].CallbackData) > 64 {
		t.Errorf("button %+v", kb.InlineKeyboard[1][0])
	}
	// Pressing a button asks its question.
	startMsg := models.Message{ID: 999, Chat: privateChat(50), From: &h.srv.Bot, Date: int(time.Now().Unix())}
	h.srv.Push(models.Update{CallbackQuery: &models.CallbackQuery{ID: "cb1", From: *from, Data: kb.InlineKeyboard[1][0].CallbackData,
		Message: models.MaybeInaccessibleMessage{Type: models.MaybeInaccessibleMessageTypeMessage, Message: &startMsg}}})
	h.srv.Push(models.Update{CallbackQuery: &models.CallbackQuery{ID: "cb2", From: *from, Data: "ex:en:99",
		Message: models.MaybeInaccessibleMessage{Type: models.MaybeInaccessibleMessageTypeMessage, Message: &startMsg}}})
	h.waitReplies(999, 1)
	h.srv.Wait(5*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "answerCallbackQuery") == 2 })
	if n := len(h.srv.Calls("answerCallbackQuery")); n != 2 {
		t.Errorf("%d callback answers, want 2 (also for bad data)", n)
	}
	settle()
	if rs := h.ask.requests(); len(rs) != 1 || rs[0].Question != "港口吞吐量是多少？" {
		t.Errorf("button asked %+v", rs)
	}

	helpID, _ := h.send(privateChat(50), from, "/help", cmdEntity("/help"))
	if r := h.waitReplies(helpID, 1)[0]; !strings.Contains(r.Params["text"], "/reset") {
		t.Errorf("/help: %s", r.Params["text"])
	}
	srcID, _ := h.send(privateChat(50), from, "/sources", cmdEntity("/sources"))
	if r := h.waitReplies(srcID, 1)[0]; !strings.Contains(r.Params["text"], "2. 第二节 航运") {
		t.Errorf("/sources: %s", r.Params["text"])
	}
	// Chinese users get Chinese texts.
	zhID, _ := h.send(privateChat(51), user(51, "zh-hans"), "/help", cmdEntity("/help"))
	if r := h.waitReplies(zhID, 1)[0]; !strings.Contains(r.Params["text"], "命令") {
		t.Errorf("zh /help: %s", r.Params["text"])
	}
}

func TestStartGenericExamples(t *testing.T) {
	// the docs are set before Run starts: Run reads them (descriptions)
	saved := testDocs
	testDocs = []rag.DocInfo{{Title: "T"}}
	h := start(t, Config{}, nil)
	testDocs = saved
	id, _ := h.send(privateChat(52), user(52, "zh"), "/start", cmdEntity("/start"))
	var kb models.InlineKeyboardMarkup
	if err := h.waitReplies(id, 1)[0].JSON("reply_markup", &kb); err != nil || len(kb.InlineKeyboard) != 3 || kb.InlineKeyboard[0][0].Text != texts.For("zh").GenericExamples[0] {
		t.Errorf("generic examples: %+v", kb)
	}
}

func TestConversationMemoryAndReset(t *testing.T) {
	h := start(t, Config{}, nil)
	from := user(60, "en")
	id1, _ := h.send(privateChat(60), from, "first question", nil)
	h.waitReplies(id1, 1)
	id2, _ := h.send(privateChat(60), from, "and then?", nil)
	h.waitReplies(id2, 1)
	rid, _ := h.send(privateChat(60), from, "/reset", cmdEntity("/reset"))
	h.waitReplies(rid, 1)
	id3, _ := h.send(privateChat(60), from, "fresh", nil)
	h.waitReplies(id3, 1)
	rs := h.ask.requests()
	if len(rs) != 3 {
		t.Fatalf("%d requests", len(rs))
	}
	if len(rs[0].History) != 0 || len(rs[1].History) != 1 || rs[1].History[0].Question != "first question" || !strings.Contains(rs[1].History[0].Answer, "Answer to first question") {
		t.Errorf("history: %+v / %+v", rs[0].History, rs[1].History)
	}
	if len(rs[2].History) != 0 {
		t.Errorf("history after /reset: %+v", rs[2].History)
	}
}

func TestAllowList(t *testing.T) {
	before := counter(t, "articlebot_refused_total", map[string]string{"reason": "not_allowed"})
	h := start(t, Config{AllowedChats: []int64{70, -700}}, nil)
	s1, _ := h.send(privateChat(71), user(71, "en"), "q1", nil)
	s2, _ := h.send(privateChat(71), user(71, "en"), "q2", nil)
	ok, _ := h.send(privateChat(70), user(70, "en"), "q3", nil)
	g, _ := h.send(groupChat(-700), user(72, "en"), "/ask q4", cmdEntity("/ask q4"))
	h.waitReplies(ok, 1)
	h.waitReplies(g, 1)
	r := h.waitReplies(s1, 1)[0]
	settle()
	if !strings.Contains(r.Params["text"], "private") || len(h.replies(s2)) != 0 {
		t.Errorf("stranger: %q then %d replies (want one refusal per chat)", r.Params["text"], len(h.replies(s2)))
	}
	if n := len(h.ask.requests()); n != 2 {
		t.Errorf("engine asked %d times, want 2", n)
	}
	if d := counter(t, "articlebot_refused_total", map[string]string{"reason": "not_allowed"}) - before; d != 2 {
		t.Errorf("refused metric +%v", d)
	}
	// The stranger used no quota: the rate limiter never saw them.
	if lim := h.b.rl.(*memLimiter); lim.m[71] != nil {
		t.Error("refused user consumed quota")
	}
}

func TestRateLimit(t *testing.T) {
	before := counter(t, "articlebot_rate_limited_total", map[string]string{"scope": "user"})
	h := start(t, Config{RatePerMinute: 2}, nil)
	var ids []int
	for i := 0; i < 4; i++ {
		id, _ := h.send(privateChat(80), user(80, "en"), "q"+itoa(i), nil)
		ids = append(ids, id)
	}
	h.waitReplies(ids[2], 1)
	settle()
	if len(h.ask.requests()) != 2 {
		t.Errorf("%d answered, want 2", len(h.ask.requests()))
	}
	if r := h.replies(ids[2]); !strings.Contains(r[0].Params["text"], "too quickly") {
		t.Errorf("rate-limit message %q", r[0].Params["text"])
	}
	if len(h.replies(ids[3])) != 0 {
		t.Error("told about the rate limit twice")
	}
	if d := counter(t, "articlebot_rate_limited_total", map[string]string{"scope": "user"}) - before; d != 2 {
		t.Errorf("rate-limited metric +%v", d)
	}
}

func TestAnswersInOrderPerChat(t *testing.T) {
	ask := &fakeAsker{fn: func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		// later questions are faster: only serialisation keeps order
		time.Sleep(time.Duration(60-len(req.Question)) * time.Millisecond)
		return canned(req.Question), nil
	}}
	h := start(t, Config{Limits: Limits{PerChat: -1}}, ask)
	type sent struct {
		chat int64
		id   int
	}
	var all []sent
	for i := 0; i < 5; i++ {
		for c := int64(1); c <= 3; c++ {
			id, _ := h.send(privateChat(90+c), user(90+c, "en"), strings.Repeat("q", 10*i+1), nil)
			all = append(all, sent{90 + c, id})
		}
	}
	for _, s := range all {
		h.waitReplies(s.id, 1)
	}
	last := map[int64]time.Time{}
	for _, s := range all {
		at := h.replies(s.id)[0].At
		if at.Before(last[s.chat]) {
			t.Errorf("chat %d: message %d answered out of order", s.chat, s.id)
		}
		last[s.chat] = at
	}
}

func TestLLMConcurrencyCap(t *testing.T) {
	ask := &fakeAsker{fn: func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		time.Sleep(150 * time.Millisecond)
		return canned(req.Question), nil
	}}
	h := start(t, Config{LLM: true, MaxConcurrentLLM: 2}, ask)
	var ids []int
	for c := int64(0); c < 6; c++ {
		id, _ := h.send(privateChat(100+c), user(100+c, "en"), "q", nil)
		ids = append(ids, id)
	}
	for _, id := range ids {
		h.waitReplies(id, 1)
	}
	if m := ask.maxActive.Load(); m != 2 {
		t.Errorf("max concurrent LLM answers %d, want 2", m)
	}
}

func TestRobustness(t *testing.T) {
	ask := &fakeAsker{fn: func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		if req.Question == "panic please" {
			panic("boom")
		}
		if req.Question == "fail please" {
			return rag.Answer{}, errors.New("engine down: " + testToken)
		}
		return canned(req.Question), nil
	}}
	h := start(t, Config{}, ask)
	from := user(110, "en")
	p := privateChat(110)

	sticker, _ := h.sendMsg(models.Message{Chat: p, From: from, Sticker: &models.Sticker{FileID: "x"}})
	if r := h.waitReplies(sticker, 1)[0]; !strings.Contains(r.Params["text"], "only read text") {
		t.Errorf("sticker hint %q", r.Params["text"])
	}
	groupSticker, _ := h.sendMsg(models.Message{Chat: groupChat(-110), From: from, Sticker: &models.Sticker{FileID: "x"}})

	long := strings.Repeat("港", rag.DefaultQuestionChars+200)
	longID, _ := h.send(p, from, long, nil)
	r := h.waitReplies(longID, 1)[0]
	if !strings.Contains(r.Params["text"], fmt.Sprintf("first %d characters", rag.DefaultQuestionChars)) {
		t.Errorf("no trim note: %s", r.Params["text"][:200])
	}

	panicID, _ := h.send(p, from, "panic please", nil)
	if r := h.waitReplies(panicID, 1)[0]; !strings.Contains(r.Params["text"], "went wrong") {
		t.Errorf("panic apology %q", r.Params["text"])
	}
	failID, _ := h.send(p, from, "fail please", nil)
	if r := h.waitReplies(failID, 1)[0]; !strings.Contains(r.Params["text"], "could not answer") {
		t.Errorf("error reply %q", r.Params["text"])
	}

	// An edited question is answered again (its answer edited in place).
	editID, _ := h.send(p, from, "how many ports", nil)
	h.waitReplies(editID, 1)
	h.waitAnswered(editID)
	h.srv.Push(models.Update{EditedMessage: &models.Message{ID: editID, Chat: p, From: from, Text: "how many ships", EditDate: 1}})
	h.waitEdit("how many ships")

	settle()
	if len(h.replies(groupSticker)) != 0 {
		t.Error("answered a sticker not addressed to the bot")
	}
	rs := h.ask.requests()
	if got := rs[0].Question; runeLen(got) != rag.DefaultQuestionChars {
		t.Errorf("trimmed question has %d runes", runeLen(got))
	}
	if rs[len(rs)-1].Question != "how many ships" {
		t.Errorf("edited question: %q", rs[len(rs)-1].Question)
	}
	if !strings.Contains(h.logs.String(), "handler panic") || !strings.Contains(h.logs.String(), "engine down: <token>") {
		t.Error("panic or error not logged (scrubbed)")
	}
}

func TestGroupMigrationIsFollowed(t *testing.T) {
	h := start(t, Config{}, nil)
	h.srv.Fail("sendMessage", 1, nil, bottest.Failure{Code: 400, Description: "Bad Request: group chat was upgraded to a supergroup chat", MigrateTo: -100777})
	g := models.Chat{ID: -777, Type: models.ChatTypeGroup}
	id, _ := h.send(g, user(120, "en"), "/ask ports", cmdEntity("/ask ports"))
	r := h.waitReplies(id, 1)[0]
	if r.Int("chat_id") != -100777 {
		t.Errorf("answer sent to %v", r.Params["chat_id"])
	}
}

func TestLLMPanicReleasesSlot(t *testing.T) {
	ask := &fakeAsker{fn: func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		if req.Question == "panic" {
			panic("boom")
		}
		return canned(req.Question), nil
	}}
	h := start(t, Config{LLM: true, MaxConcurrentLLM: 1}, ask)
	p1, _ := h.send(privateChat(130), user(130, "en"), "panic", nil)
	h.waitReplies(p1, 1)
	id, _ := h.send(privateChat(131), user(131, "en"), "ports?", nil)
	h.waitReplies(id, 1)
}
