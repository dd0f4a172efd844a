package bot

import (
	"sync"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"
)

type fakeJournal struct {
	mu    sync.Mutex
	seen  map[int64]bool
	begun []int64
	done  []int64
}

func (j *fakeJournal) Take(u *models.Update) bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.seen[u.ID] {
		return false
	}
	j.seen[u.ID] = true
	j.begun = append(j.begun, u.ID)
	return true
}

func (j *fakeJournal) Done(id int64) {
	j.mu.Lock()
	j.done = append(j.done, id)
	j.mu.Unlock()
}

func (j *fakeJournal) state() (begun, done []int64) {
	j.mu.Lock()
	defer j.mu.Unlock()
	return append([]int64(nil), j.begun...), append([]int64(nil), j.done...)
}

func TestJournalAndResume(t *testing.T) {
	j := &fakeJournal{seen: map[int64]bool{}}
	h := start(t, Config{Journal: j}, nil)
	p, from := privateChat(80), user(80, "zh")
	q1, u1 := h.send(p, from, "港口有多少个？", nil)
	h.waitAnswered(q1)
	deadline := time.Now().Add(5 * time.Second)
	for {
		begun, done := j.state()
		if len(begun) == 1 && begun[0] == u1 && len(done) == 1 && done[0] == u1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("journal: begun %v done %v, want [%d] each", begun, done, u1)
		}
		time.Sleep(10 * time.Millisecond)
	}
	// A repeat is not journaled again; the same update resumed from a dead
	// replica's journal is answered although dedup has seen it.
	m := models.Message{ID: q1, Chat: p, From: from, Text: "港口有多少个？"}
	if !h.b.dispatch(&models.Update{ID: u1, Message: &m}) {
		t.Fatal("repeat refused")
	}
	if !h.b.Resume(&models.Update{ID: u1, Message: &m}) {
		t.Fatal("resume refused")
	}
	h.waitReplies(q1, 2)
	settle()
	if n := len(h.replies(q1)); n != 2 {
		t.Errorf("%d replies, want 2 (the first, the resumed one; not the repeat)", n)
	}
	if begun, _ := j.state(); len(begun) != 1 {
		t.Errorf("journaled %v", begun)
	}
	h.stop()
}
