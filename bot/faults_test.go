package bot

import (
	"testing"

	"articlebot/bot/bottest"
)

// TestTelegramOutagesLoseNothing: Telegram answering 5xx (JSON or a proxy's
// HTML page) or dropping the connection, on sends and on getUpdates, delays
// the answer but does not lose it, and the bot keeps serving.
func TestTelegramOutagesLoseNothing(t *testing.T) {
	cases := []struct {
		name   string
		method string
		f      bottest.Failure
	}{
		{"sendMessage 500", "sendMessage", bottest.Failure{Code: 500, Description: "Internal Server Error"}},
		{"sendMessage 502 html", "sendMessage", bottest.BadGateway},
		{"sendMessage dropped", "sendMessage", bottest.Dropped},
		{"getUpdates 502 html", "getUpdates", bottest.BadGateway},
		{"getUpdates dropped", "getUpdates", bottest.Dropped},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := start(t, Config{}, nil)
			h.srv.Fail(c.method, 2, nil, c.f)
			chat := int64(700 + i)
			id, _ := h.send(privateChat(chat), user(chat, "en"), "ports?", nil)
			if r := h.waitReplies(id, 1); len(r) != 1 {
				t.Fatalf("replies %d", len(r))
			}
			// and the next question is answered as usual
			id2, _ := h.send(privateChat(chat), user(chat, "en"), "ports again?", nil)
			h.waitReplies(id2, 1)
		})
	}
}
