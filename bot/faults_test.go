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
		times  int
	}{
		{"sendMessage 500", "sendMessage", bottest.Failure{Code: 500, Description: "Internal Server Error"}, 2},
		{"sendMessage 502 html", "sendMessage", bottest.BadGateway, 2},
		// A cut after the request was written may have been delivered: one repeat.
		{"sendMessage dropped", "sendMessage", bottest.Dropped, 1},
		{"getUpdates 502 html", "getUpdates", bottest.BadGateway, 2},
		{"getUpdates dropped", "getUpdates", bottest.Dropped, 2},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := start(t, Config{}, nil)
			h.srv.Fail(c.method, c.times, nil, c.f)
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

// TestLostReplyAtMostTwoCopies: a send whose reply is lost (the message
// arrived, the connection was cut) is repeated once, not until it succeeds:
// the user sees at most two copies, and the repeat is counted.
func TestLostReplyAtMostTwoCopies(t *testing.T) {
	before := counter(t, "articlebot_telegram_repeats_total", map[string]string{"method": "sendMessage"})
	h := start(t, Config{}, nil)
	h.srv.Fail("sendMessage", 2, nil, bottest.LostReply)
	id, _ := h.send(privateChat(750), user(750, "en"), "ports?", nil)
	h.waitReplies(id, 2)
	settle()
	settle()
	if n := len(h.replies(id)); n != 2 {
		t.Errorf("the user got %d copies, want 2", n)
	}
	if d := counter(t, "articlebot_telegram_repeats_total", map[string]string{"method": "sendMessage"}) - before; d != 1 {
		t.Errorf("repeats metric +%v, want +1", d)
	}
	// The bot goes on: the next answer arrives once.
	id2, _ := h.send(privateChat(751), user(751, "en"), "ports again?", nil)
	h.waitReplies(id2, 1)
	settle()
	if n := len(h.replies(id2)); n != 1 {
		t.Errorf("next answer: %d copies", n)
	}
}
