package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/go-telegram/bot/models"

	"articlebot/bot/bottest"
	"articlebot/internal/testkit"
	"articlebot/rag"
)

// testToken looks like a real token; no test may find it in logs or messages.
const testToken = "123456789:AAH-secretTOKENvalue_xyz"

// fakeAsker answers with canned answers; fn, when set, decides instead.
type fakeAsker struct {
	mu   sync.Mutex
	reqs []rag.Request
	fn   func(ctx context.Context, req rag.Request) (rag.Answer, error)

	active, maxActive atomic.Int32
}

func (f *fakeAsker) Ask(ctx context.Context, req rag.Request) (rag.Answer, error) {
	f.mu.Lock()
	f.reqs = append(f.reqs, req)
	fn := f.fn
	f.mu.Unlock()
	n := f.active.Add(1)
	defer f.active.Add(-1)
	for {
		m := f.maxActive.Load()
		if n <= m || f.maxActive.CompareAndSwap(m, n) {
			break
		}
	}
	if fn != nil {
		return fn(ctx, req)
	}
	return canned(req.Question), nil
}

func (f *fakeAsker) requests() []rag.Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]rag.Request(nil), f.reqs...)
}

// canned is a found answer with two citations, echoing the question (so
// markup in questions reaches the renderer).
func canned(q string) rag.Answer {
	lang := rag.DetectLang(q)
	return rag.Answer{
		Question: q,
		Answer:   "Answer to " + q + " [1]. Ports & <b>numbers</b> [2].",
		Found:    true,
		Citations: []rag.Citation{
			{N: 1, Doc: "article", Section: "第一节 港口", Paragraph: 3, Quote: "全国共有 <港口> 多少个 & 更多。"},
			{N: 2, Doc: "article", Section: "第二节", Paragraph: 7, Quote: strings.Repeat("很长的引文。", 80)},
		},
		Mode: rag.ModeExtractive, Lang: lang, TookMS: 1.5, TopScore: 0.8,
	}
}

var testDocs = []rag.DocInfo{{
	Name: "article", Title: "港口与航运 <报道>", Subtitle: "一篇测试文章", Source: "Test News", URL: "https://news.example.com/a?id=1&x=2#top",
	Sections: []string{"第一节 港口", "第二节 航运"}, Examples: []string{"全国有多少个港口？", "港口吞吐量是多少？", "文章的作者是谁？"},
}}

// syncBuffer collects log output from many goroutines.
type syncBuffer = testkit.SyncBuffer

type harness struct {
	t      testing.TB
	srv    *bottest.Server
	b      *Bot
	ask    *fakeAsker
	logs   *syncBuffer
	cancel context.CancelFunc
	done   chan error

	stopOnce sync.Once
	amu      sync.Mutex
	answered map[int]*conv // by question message id, when fully answered
}

// waitAnswered waits until the question with message id msgID was fully
// answered (all parts sent, metrics recorded).
func (h *harness) waitAnswered(msgID int) *conv {
	h.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		h.amu.Lock()
		c := h.answered[msgID]
		h.amu.Unlock()
		if c != nil {
			return c
		}
		time.Sleep(5 * time.Millisecond)
	}
	h.t.Fatalf("message %d not answered", msgID)
	return nil
}

// start runs a bot against a fresh fake server until the test ends, then
// checks that the token never showed in logs or in anything sent.
func start(t testing.TB, cfg Config, ask *fakeAsker) *harness {
	t.Helper()
	srv := bottest.NewServer(testToken)
	return startWith(t, srv, cfg, ask)
}

func startWith(t testing.TB, srv *bottest.Server, cfg Config, ask *fakeAsker) *harness {
	t.Helper()
	if ask == nil {
		ask = &fakeAsker{}
	}
	cfg.Token = testToken
	cfg.APIURL = srv.URL()
	if cfg.PollTimeout == 0 {
		cfg.PollTimeout = 5 * time.Second
	}
	if cfg.ShutdownTimeout == 0 {
		cfg.ShutdownTimeout = 5 * time.Second
	}
	logs := &syncBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	b, err := New(cfg, ask, testDocs, log)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{t: t, srv: srv, b: b, ask: ask, logs: logs, cancel: cancel, done: make(chan error, 1), answered: map[int]*conv{}}
	b.traceDone = func(c *conv) {
		h.amu.Lock()
		h.answered[c.replyTo] = c
		h.amu.Unlock()
	}
	go func() { h.done <- b.Run(ctx) }()
	t.Cleanup(func() {
		h.stop()
		srv.Close()
		h.checkNoToken()
	})
	return h
}

// stop cancels Run and waits for it (idempotent).
func (h *harness) stop() {
	h.stopOnce.Do(func() {
		h.cancel()
		select {
		case err := <-h.done:
			if err != nil {
				h.t.Errorf("Run: %v", err)
			}
		case <-time.After(20 * time.Second):
			h.t.Errorf("Run did not return")
		}
	})
}

func (h *harness) checkNoToken() {
	h.t.Helper()
	if strings.Contains(h.logs.String(), testToken) || strings.Contains(h.logs.String(), "AAH-secretTOKEN") {
		h.t.Errorf("token in logs:\n%s", h.logs.String())
	}
	for _, c := range h.srv.Calls("") {
		for k, v := range c.Params {
			if strings.Contains(v, "secretTOKEN") {
				h.t.Errorf("token sent in %s %s", c.Method, k)
			}
		}
	}
}

// user and chat helpers
func user(id int64, lang string) *models.User {
	return &models.User{ID: id, FirstName: fmt.Sprint("u", id), LanguageCode: lang}
}

func privateChat(id int64) models.Chat { return models.Chat{ID: id, Type: models.ChatTypePrivate} }

func groupChat(id int64) models.Chat {
	return models.Chat{ID: id, Type: models.ChatTypeSupergroup, Title: "group"}
}

// cmdEntity marks a leading /command (its first word) as Telegram does.
func cmdEntity(text string) []models.MessageEntity {
	w := text
	if i := strings.IndexByte(text, ' '); i >= 0 {
		w = text[:i]
	}
	return []models.MessageEntity{{Type: models.MessageEntityTypeBotCommand, Offset: 0, Length: u16(w)}}
}

// mentionEntity marks the first "@name" in text, with UTF-16 offsets.
func mentionEntity(text, name string) []models.MessageEntity {
	i := strings.Index(text, name)
	return []models.MessageEntity{{Type: models.MessageEntityTypeMention, Offset: u16(text[:i]), Length: u16(name)}}
}

func u16(s string) int { return len(utf16.Encode([]rune(s))) }

// send pushes a message update and returns its message id and update id.
func (h *harness) send(chat models.Chat, from *models.User, text string, ents []models.MessageEntity) (int, int64) {
	m := models.Message{ID: h.srv.NextMessageID(), Chat: chat, From: from, Text: text, Entities: ents, Date: int(time.Now().Unix())}
	id := h.srv.Push(models.Update{Message: &m})
	return m.ID, id
}

func (h *harness) sendMsg(m models.Message) (int, int64) {
	if m.ID == 0 {
		m.ID = h.srv.NextMessageID()
	}
	m.Date = int(time.Now().Unix())
	id := h.srv.Push(models.Update{Message: &m})
	return m.ID, id
}

// replies returns successful sendMessage calls replying to message id.
func (h *harness) replies(msgID int) []bottest.Call {
	var out []bottest.Call
	for _, c := range h.srv.Calls("sendMessage") {
		var rp models.ReplyParameters
		if c.Reply == "" && c.JSON("reply_parameters", &rp) == nil && rp.MessageID == msgID {
			out = append(out, c)
		}
	}
	return out
}

// waitReplies waits until message id has n successful replies.
func (h *harness) waitReplies(msgID, n int) []bottest.Call {
	h.t.Helper()
	h.srv.Wait(10*time.Second, func(cs []bottest.Call) bool { return countReplies(cs, msgID) >= n })
	r := h.replies(msgID)
	if len(r) < n {
		h.t.Fatalf("message %d: %d replies, want %d; calls: %v", msgID, len(r), n, methods(h.srv.Calls("")))
	}
	return r
}

// countReplies counts successful sendMessage calls replying to msgID.
func countReplies(cs []bottest.Call, msgID int) int {
	n := 0
	for _, c := range cs {
		var rp models.ReplyParameters
		if c.Method == "sendMessage" && c.Reply == "" && c.JSON("reply_parameters", &rp) == nil && rp.MessageID == msgID {
			n++
		}
	}
	return n
}

func methods(cs []bottest.Call) []string {
	var out []string
	for _, c := range cs {
		if c.Method != "getUpdates" {
			out = append(out, c.Method+" "+c.Reply)
		}
	}
	return out
}

// settle waits a little for anything that should NOT happen.
func settle() { time.Sleep(400 * time.Millisecond) }
