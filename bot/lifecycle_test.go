package bot

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"articlebot/bot/bottest"
	"articlebot/rag"
)

// blockingAsker answers only when release is closed.
func blockingAsker(started chan<- string, release <-chan struct{}) *fakeAsker {
	return &fakeAsker{fn: func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		started <- req.Question
		select {
		case <-release:
			return canned(req.Question), nil
		case <-ctx.Done():
			return rag.Answer{}, ctx.Err()
		}
	}}
}

func TestShutdownFinishesInFlightAndResumes(t *testing.T) {
	srv := bottest.NewServer(testToken)
	defer srv.Close()
	started, release := make(chan string, 4), make(chan struct{})
	h := startWith(t, srv, Config{}, blockingAsker(started, release))
	id1, u1 := h.send(privateChat(200), user(200, "en"), "first", nil)
	<-started
	h.cancel() // SIGTERM: stop taking updates
	time.Sleep(300 * time.Millisecond)
	id2, _ := h.send(privateChat(201), user(201, "en"), "second", nil) // arrives while stopping
	close(release)
	h.stop()
	if len(h.replies(id1)) != 1 {
		t.Fatal("in-flight answer not delivered before exit")
	}
	if got := srv.Confirmed(); got != u1+1 {
		t.Errorf("confirmed offset %d, want %d", got, u1+1)
	}
	if len(h.replies(id2)) != 0 {
		t.Error("an update arriving after the stop was answered by the stopping bot")
	}

	// Restart: the second update is answered, the first is not repeated.
	started2 := make(chan string, 4)
	rel2 := make(chan struct{})
	close(rel2)
	h2 := startWith(t, srv, Config{}, blockingAsker(started2, rel2))
	if q := <-started2; q != "second" {
		t.Errorf("after restart asked %q first", q)
	}
	h2.waitAnswered(id2)
	settle()
	if srv.Delivered(u1) != 1 {
		t.Errorf("first update delivered %d times", srv.Delivered(u1))
	}
	if len(h.replies(id1)) != 1 {
		t.Errorf("first question answered %d times", len(h.replies(id1)))
	}
}

func TestShutdownTimeoutIsBounded(t *testing.T) {
	srv := bottest.NewServer(testToken)
	defer srv.Close()
	started, release := make(chan string, 4), make(chan struct{})
	defer close(release)
	h := startWith(t, srv, Config{ShutdownTimeout: 300 * time.Millisecond}, blockingAsker(started, release))
	_, u1 := h.send(privateChat(210), user(210, "en"), "stuck", nil)
	<-started
	t0 := time.Now()
	h.cancel()
	h.stop()
	if d := time.Since(t0); d > 3*time.Second {
		t.Errorf("shutdown took %v with a 300ms bound", d)
	}
	if !strings.Contains(h.logs.String(), "not answered") || !strings.Contains(h.logs.String(), strconv.FormatInt(u1, 10)) {
		t.Errorf("the unanswered update is not logged:\n%s", h.logs.String())
	}
}

func TestWebhook(t *testing.T) {
	srv := bottest.NewServer(testToken)
	defer srv.Close()
	started, release := make(chan string, 8), make(chan struct{})
	cfg := Config{WebhookURL: "https://bot.example.com/tg/hook", WebhookSecret: "s3cret_X-1"}
	h := startWith(t, srv, cfg, blockingAsker(started, release))
	if h.b.WebhookPath() != "/tg/hook" {
		t.Fatalf("path %q", h.b.WebhookPath())
	}
	mux := http.NewServeMux()
	mux.Handle(h.b.WebhookPath(), h.b.WebhookHandler())
	hook := httptest.NewServer(mux)
	defer hook.Close()
	if !srv.Wait(5*time.Second, func(cs []bottest.Call) bool { return bottest.Count(cs, "setWebhook") > 0 }) {
		t.Fatal("no setWebhook")
	}
	sw := srv.Calls("setWebhook")[0]
	if sw.Params["url"] != cfg.WebhookURL || sw.Params["secret_token"] != cfg.WebhookSecret {
		t.Errorf("setWebhook %v", sw.Params)
	}

	m := models.Message{ID: 5, Chat: privateChat(300), From: user(300, "en"), Text: "ports?", Date: 1}
	u := models.Update{ID: 777, Message: &m}
	for _, secret := range []string{"", "wrong", "s3cret_X-"} {
		resp, err := bottest.PostWebhook(hook.URL+"/tg/hook", secret, u)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("secret %q: %d, want 401", secret, resp.StatusCode)
		}
	}
	for i := 0; i < 3; i++ { // Telegram redelivers: processed once
		t0 := time.Now()
		resp, err := bottest.PostWebhook(hook.URL+"/tg/hook", cfg.WebhookSecret, u)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("status %d", resp.StatusCode)
		}
		if d := time.Since(t0); d > 200*time.Millisecond {
			t.Errorf("webhook reply took %v while the answer is still running", d)
		}
	}
	<-started
	close(release)
	h.waitAnswered(5)
	settle()
	if n := len(h.ask.requests()); n != 1 {
		t.Errorf("duplicate update processed %d times", n)
	}
	if len(h.replies(5)) != 1 {
		t.Errorf("%d replies", len(h.replies(5)))
	}
	if n := len(srv.Calls("getUpdates")); n != 0 {
		t.Errorf("%d getUpdates calls in webhook mode", n)
	}
}

func TestBadTokenFailsRun(t *testing.T) {
	srv := bottest.NewServer("other:token")
	defer srv.Close()
	logs := &syncBuffer{}
	b, err := New(Config{Token: testToken, APIURL: srv.URL()}, &fakeAsker{}, nil, slog.New(slog.NewTextHandler(logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err = b.Run(ctx)
	if err == nil || strings.Contains(err.Error(), "secretTOKEN") {
		t.Errorf("Run with a rejected token: %v", err)
	}
}

func TestTokenScrubbedFromTransportErrors(t *testing.T) {
	// A dead server: the library's error strings carry the request URL.
	dead := httptest.NewServer(http.NotFoundHandler())
	url := dead.URL
	dead.Close()
	logs := &syncBuffer{}
	b, err := New(Config{Token: testToken, APIURL: url}, &fakeAsker{}, nil, slog.New(slog.NewTextHandler(logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	_, err = b.tg.GetMe(context.Background())
	if err == nil || strings.Contains(err.Error(), "secretTOKEN") {
		t.Errorf("getMe error: %v", err)
	}
	err = b.call(context.Background(), "getUpdates", nil, nil)
	if err == nil || strings.Contains(err.Error(), "secretTOKEN") || !strings.Contains(err.Error(), "<token>") && !strings.Contains(err.Error(), "connect") {
		t.Errorf("raw error: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
	defer cancel()
	_ = b.Run(ctx) // retries getMe, logging each failure
	if strings.Contains(logs.String(), "secretTOKEN") {
		t.Errorf("token in logs: %s", logs.String())
	}
	var se *scrubbedError
	if errors.As(b.scrub.Err(errors.New("x "+testToken)), &se) && strings.Contains(se.Error(), testToken) {
		t.Error("scrubbedError shows the token")
	}
}
