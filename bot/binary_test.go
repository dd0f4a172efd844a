package bot

import (
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"articlebot/bot/bottest"
	"articlebot/internal/testkit"
	"articlebot/rag"
)

// lockedBuffer collects a child process's output.
type lockedBuffer = testkit.SyncBuffer

// buildBinary builds cmd/articlebot once per test run.
var buildOnce struct {
	sync.Once
	path string
	err  error
	out  []byte
}

func articlebotBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "articlebot-bin")
		if err != nil {
			buildOnce.err = err
			return
		}
		buildOnce.path = filepath.Join(dir, "articlebot")
		cmd := exec.Command("go", "build", "-o", buildOnce.path, "./cmd/articlebot")
		cmd.Dir = ".."
		buildOnce.out, buildOnce.err = cmd.CombinedOutput()
	})
	if buildOnce.err != nil {
		t.Fatalf("go build ./cmd/articlebot: %v\n%s", buildOnce.err, buildOnce.out)
	}
	return buildOnce.path
}

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// runServe starts `articlebot serve` against the fake and returns a func
// that sends SIGTERM and checks the exit.
func runServe(t *testing.T, srv *bottest.Server, extraEnv ...string) (stop func(), out *lockedBuffer) {
	bin := articlebotBinary(t)
	root, _ := filepath.Abs("..")
	cmd := exec.Command(bin, "serve")
	cmd.Env = append([]string{
		"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(),
		"TELEGRAM_BOT_TOKEN=" + testToken,
		"TELEGRAM_API_URL=" + srv.URL(),
		"ARTICLEBOT_INDEX_DIR=" + t.TempDir(),
		"ARTICLEBOT_DATA=" + filepath.Join(root, "data"),
		"ARTICLEBOT_LOG_LEVEL=debug",
	}, extraEnv...)
	out = &lockedBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			_ = cmd.Process.Signal(syscall.SIGTERM)
			select {
			case err := <-exited:
				if err != nil {
					t.Errorf("articlebot serve exited with %v after SIGTERM\n%s", err, out.String())
				}
			case <-time.After(30 * time.Second):
				_ = cmd.Process.Kill()
				t.Errorf("articlebot serve did not stop after SIGTERM")
			}
			if strings.Contains(out.String(), "secretTOKEN") {
				t.Errorf("token in the binary's output:\n%s", out.String())
			}
		})
	}
	t.Cleanup(stop)
	return stop, out
}

func TestBinaryServePolling(t *testing.T) {
	srv := bottest.NewServer(testToken)
	defer srv.Close()
	stop, out := runServe(t, srv, "ARTICLEBOT_LISTEN="+freeAddr(t))
	if !srv.Wait(90*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "getUpdates") > 0 }) {
		t.Fatalf("the binary never polled\n%s", out.String())
	}
	h := &harness{t: t, srv: srv}
	p := privateChat(500)
	from := user(500, "zh")
	q1, _ := h.send(p, from, "成渝地区双城经济圈建设了几年？<b>&", nil)
	sticker, _ := h.sendMsg(models.Message{Chat: p, From: from, Sticker: &models.Sticker{FileID: "s"}})
	g := groupChat(-500)
	g.IsForum = true
	mine, _ := h.sendMsg(models.Message{Chat: g, From: user(501, "en"), MessageThreadID: 12, IsTopicMessage: true,
		Text: "/ask@test_bot 发布会在哪里举行？", Entities: cmdEntity("/ask@test_bot 发布会在哪里举行？")})
	other, _ := h.sendMsg(models.Message{Chat: g, From: user(501, "en"), Text: "/ask@other_bot 发布会", Entities: cmdEntity("/ask@other_bot 发布会")})
	plain, _ := h.sendMsg(models.Message{Chat: g, From: user(501, "en"), Text: "随便聊聊"})
	srv.Push(models.Update{InlineQuery: &models.InlineQuery{ID: "iq", From: from, Query: "多少家媒体"}})

	r1 := h.waitReplies(q1, 1)[0]
	h.waitReplies(sticker, 1)
	rm := h.waitReplies(mine, 1)[0]
	if rm.Int("message_thread_id") != 12 {
		t.Errorf("topic reply without thread: %v", rm.Params)
	}
	for _, r := range []bottest.Call{r1, rm} {
		if _, err := bottest.CheckHTML(r.Params["text"]); err != nil || r.Params["parse_mode"] != "HTML" {
			t.Errorf("reply HTML (%s): %v", r.Params["parse_mode"], err)
		}
	}
	if !strings.Contains(r1.Params["text"], "&lt;b&gt;&amp;") && !strings.Contains(r1.Params["text"], "<blockquote expandable>") {
		t.Errorf("reply: %s", r1.Params["text"])
	}
	if !srv.Wait(10*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "answerInlineQuery") > 0 }) {
		t.Error("no inline answer")
	}

	// A 429 on a send: the answer still arrives after retry_after.
	srv.Fail("sendMessage", 1, nil, bottest.TooManyRequests(1))
	q2, _ := h.send(p, from, "超过多少家媒体？", nil)
	h.waitReplies(q2, 1)
	// An edited question is answered again: its answer, the bot's last
	// message, is edited in place.
	edits := len(srv.Calls("editMessageText"))
	srv.Push(models.Update{EditedMessage: &models.Message{ID: q2, Chat: p, From: from, Text: "发布会是哪天？", EditDate: 1}})
	if !srv.Wait(10*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "editMessageText") > edits }) {
		t.Errorf("edited question: answer not edited")
	}

	// Commands and an over-long question.
	st, _ := h.send(p, from, "/start", cmdEntity("/start"))
	if r := h.waitReplies(st, 1)[0]; !strings.Contains(r.Params["reply_markup"], "callback_data") {
		t.Errorf("/start without example buttons: %v", r.Params)
	}
	long, _ := h.send(p, from, strings.Repeat("重庆", 2000), nil)
	// the binary trims at the configured question limit (rag.Limits)
	if r := h.waitReplies(long, 1)[0]; !strings.Contains(r.Params["text"], strconv.Itoa(rag.DefaultQuestionChars)) || u16(r.Params["text"]) > MaxMessageUnits {
		t.Errorf("over-long question: %.200s", r.Params["text"])
	}

	settle()
	if len(h.replies(other)) != 0 || len(h.replies(plain)) != 0 {
		t.Error("answered a group message not addressed to the bot")
	}
	stop()
	h.checkLogsOnly(out.String())
}

func TestBinaryServeWebhook(t *testing.T) {
	srv := bottest.NewServer(testToken)
	defer srv.Close()
	addr := freeAddr(t)
	const secret = "hook_Secret-42"
	stop, out := runServe(t, srv, "ARTICLEBOT_LISTEN="+addr,
		"ARTICLEBOT_WEBHOOK_URL=https://bot.example.com/tg/hook", "ARTICLEBOT_WEBHOOK_SECRET="+secret)
	if !srv.Wait(90*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "setWebhook") > 0 }) {
		t.Fatalf("no setWebhook\n%s", out.String())
	}
	if sw := srv.Calls("setWebhook")[0]; sw.Params["secret_token"] != secret || sw.Params["url"] != "https://bot.example.com/tg/hook" {
		t.Errorf("setWebhook %v", sw.Params)
	}
	url := "http://" + addr + "/tg/hook"
	m := models.Message{ID: 9, Chat: privateChat(600), From: user(600, "zh"), Text: "发布会在哪里？", Date: 1}
	u := models.Update{ID: 4000, Message: &m}
	var resp *http.Response
	var err error
	for i := 0; i < 50; i++ { // the listener may come up after setWebhook
		if resp, err = bottest.PostWebhook(url, "wrong", u); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("wrong secret: %d", resp.StatusCode)
	}
	for i := 0; i < 2; i++ {
		resp, err := bottest.PostWebhook(url, secret, u)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("right secret: %d", resp.StatusCode)
		}
	}
	h := &harness{t: t, srv: srv}
	h.waitReplies(9, 1)
	settle()
	if n := len(h.replies(9)); n != 1 {
		t.Errorf("duplicated update answered %d times", n)
	}
	stop()
	h.checkLogsOnly(out.String())
}

// checkLogsOnly checks the token is absent from output and sent calls.
func (h *harness) checkLogsOnly(out string) {
	h.t.Helper()
	if strings.Contains(out, "secretTOKEN") {
		h.t.Error("token in output")
	}
	for _, c := range h.srv.Calls("") {
		for k, v := range c.Params {
			if strings.Contains(v, "secretTOKEN") {
				h.t.Errorf("token sent in %s %s", c.Method, k)
			}
		}
	}
}
