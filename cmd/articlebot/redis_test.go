package main

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"articlebot/bot/bottest"
	"articlebot/internal/redistest"
)

func TestRedisURLSetting(t *testing.T) {
	out, _, err := runCmd(t, env(t, "ARTICLEBOT_REDIS_URL", "redis://:hunter2secret@redis:6379/1"), "", "config")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "hunter2secret") || !strings.Contains(out, "ARTICLEBOT_REDIS_URL") {
		t.Fatalf("config output:\n%s", out)
	}
	_, _, err = runCmd(t, env(t, "TELEGRAM_BOT_TOKEN", "123:TOKENTOKEN", "ARTICLEBOT_REDIS_URL", "localhost:6379"), "", "serve", "--listen", "127.0.0.1:0")
	if exitCode(err) != 2 || !strings.Contains(err.Error(), "ARTICLEBOT_REDIS_URL") {
		t.Fatalf("bad URL: %v (code %d)", err, exitCode(err))
	}
	if got := botID("123456:AAH-secret"); got != "123456" {
		t.Errorf("botID = %q", got)
	}
	if got := botID("no-colon-secret"); strings.Contains(got, "secret") || got == "" {
		t.Errorf("botID of an odd token = %q", got)
	}
}

// With ARTICLEBOT_REDIS_URL the conversation outlives the process.
func TestServeKeepsStateInRedis(t *testing.T) {
	rs := redistest.Start(t)
	const token = "777001:TESTTOKEN"
	tg := bottest.NewServer(token)
	defer tg.Close()
	getenv := env(t, "TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL", tg.URL(), "ARTICLEBOT_REDIS_URL", rs.URL(2), "ARTICLEBOT_LISTEN", "127.0.0.1:0")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve"}, getenv, strings.NewReader(""), io.Discard, io.Discard) }()
	tg.Push(models.Update{Message: &models.Message{ID: 1, Chat: models.Chat{ID: 42, Type: "private"},
		From: &models.User{ID: 42, LanguageCode: "zh"}, Text: "西部陆海新通道通达多少个港口？"}})
	ok := tg.Wait(30*time.Second, func(calls []bottest.Call) bool { return bottest.Count(calls, "sendMessage") > 0 })
	cancel()
	if err := <-done; err != nil || !ok {
		t.Fatalf("serve: err %v, answered %v", err, ok)
	}
	keys, err := rs.DoDB(2, "KEYS", "*")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ab:777001:mem:42", "rate:ab:777001:rl:42", "ab:777001:upd:"} {
		if !strings.Contains(keys, want) {
			t.Errorf("no key %s in db 2: %s", want, keys)
		}
	}
}
