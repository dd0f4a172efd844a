package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"articlebot/rag"
)

func TestQuotaDay(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	cases := []struct {
		at   time.Time
		hour int
		want string
	}{
		{time.Date(2026, 12, 1, 0, 30, 0, 0, loc), 0, "2026-12-01"},
		{time.Date(2026, 12, 1, 3, 59, 0, 0, loc), 4, "2026-11-30"},
		{time.Date(2026, 12, 1, 4, 0, 0, 0, loc), 4, "2026-12-01"},
		{time.Date(2026, 12, 1, 23, 59, 0, 0, loc), 23, "2026-12-01"},
		{time.Date(2026, 12, 1, 22, 59, 0, 0, loc), 23, "2026-11-30"},
	}
	for _, c := range cases {
		if got := quotaDay(c.at, c.hour); got != c.want {
			t.Errorf("quotaDay(%v, %d) = %s, want %s", c.at, c.hour, got, c.want)
		}
	}
}

// Daily quotas: questions beyond the limit are refused with when it
// resets; beyond the token limit answers are offline; admins are exempt and
// see totals; /usage shows a user their own use.
func TestDailyQuotas(t *testing.T) {
	ask := &fakeAsker{fn: func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		a := canned(req.Question)
		if !req.Offline {
			a.Mode, a.Usage = rag.ModeLLM, &rag.Usage{TotalTokens: 150}
		}
		return a, nil
	}}
	h := start(t, Config{LLM: true, DailyQuestions: 3, DailyTokens: 100, QuotaResetHour: 4, Admins: []int64{99}}, ask)
	p, from := privateChat(97), user(97, "en")
	for i, q := range []string{"ports one", "ports two", "ports three", "ports four"} {
		id, _ := h.send(p, from, q, nil)
		r := h.waitReplies(id, 1)
		text := r[len(r)-1].Params["text"]
		switch i {
		case 0:
			if strings.Contains(text, "budget") {
				t.Errorf("first answer offline: %s", text)
			}
		case 1, 2: // 150 tokens used: offline from now on
			if !strings.Contains(r[0].Params["text"], "budget is used up") {
				t.Errorf("answer %d without the offline note: %s", i+1, r[0].Params["text"])
			}
		case 3:
			if !strings.Contains(text, "your 3 questions for today") || !strings.Contains(text, "04:00") {
				t.Errorf("over-quota reply: %s", text)
			}
		}
		if i < 3 {
			h.waitAnswered(id)
		}
	}
	settle()
	rs := h.ask.requests()
	if len(rs) != 3 || rs[0].Offline || !rs[1].Offline || !rs[2].Offline {
		t.Errorf("engine asked %d times (offline: %v %v %v)", len(rs), rs[0].Offline, rs[1].Offline, rs[2].Offline)
	}
	u, _ := h.send(p, from, "/usage", cmdEntity("/usage"))
	if r := h.waitReplies(u, 1)[0].Params["text"]; !strings.Contains(r, "Today: 3 questions (limit 3), 150 language-model tokens (limit 100)") || strings.Contains(r, "Everyone") {
		t.Errorf("/usage: %s", r)
	}

	admin := user(99, "en")
	for i := 0; i < 4; i++ {
		id, _ := h.send(privateChat(99), admin, "admin ports", nil)
		if r := h.waitReplies(id, 1)[0].Params["text"]; strings.Contains(r, "questions for today") || strings.Contains(r, "budget") {
			t.Errorf("admin limited: %s", r)
		}
		h.waitAnswered(id)
	}
	au, _ := h.send(privateChat(99), admin, "/usage", cmdEntity("/usage"))
	if r := h.waitReplies(au, 1)[0].Params["text"]; !strings.Contains(r, "Everyone today: 2 users, 7 questions, 750 tokens") || !strings.Contains(r, "limit none") {
		t.Errorf("admin /usage: %s", r)
	}
}
