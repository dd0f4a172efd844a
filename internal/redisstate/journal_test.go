package redisstate_test

import (
	"sync"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"

	"articlebot/bot"
	"articlebot/internal/redisstate"
	"articlebot/internal/redistest"
)

type resumed struct {
	mu  sync.Mutex
	ids map[int64]int
}

func (r *resumed) resume(u *models.Update) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ids == nil {
		r.ids = map[int64]int{}
	}
	r.ids[u.ID]++
	return true
}

func (r *resumed) count(id int64) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.ids[id]
}

func TestJournalTakeOver(t *testing.T) {
	srv := redistest.Start(t)
	st := func() *redisstate.Store { return openStore(t, srv, redisstate.Options{BotID: "66", Log: quiet()}) }
	dead := redisstate.NewJournal(st(), bot.NewDeduper(0), time.Second)
	msg := func(id int64) *models.Update {
		return &models.Update{ID: id, Message: &models.Message{ID: int(id), Chat: models.Chat{ID: 5, Type: "private"}, Text: "港口有多少个？"}}
	}
	dead.Start(func(*models.Update) bool { return true })
	if !dead.Take(msg(1)) || !dead.Take(msg(2)) || dead.Take(msg(2)) {
		t.Fatal("take: new updates refused or a repeat taken")
	}
	dead.Done(1)
	// One mark for both: the Deduper sees what the journal took.
	if !redisstate.NewDeduper(st(), bot.NewDeduper(0)).Seen(2) {
		t.Error("an update the journal took is not seen by the Deduper")
	}
	// SIGKILL: the heartbeat stops without a goodbye. (Close would remove
	// it; here the key is left to expire.)
	if _, err := srv.Do("SET", "ab:66:alive:"+dead.ID(), "1", "PX", "1000"); err != nil {
		t.Fatal(err)
	}
	deadStopsBeating(dead)

	var rb, rc resumed
	// Live replicas beat every second; their heartbeat lives 3 s, so a
	// loaded machine does not make them look dead to each other.
	b, c := redisstate.NewJournal(st(), bot.NewDeduper(0), 3*time.Second), redisstate.NewJournal(st(), bot.NewDeduper(0), 3*time.Second)
	b.Start(rb.resume)
	c.Start(rc.resume)
	defer b.Close()
	defer c.Close()
	deadline := time.Now().Add(15 * time.Second)
	for rb.count(2)+rc.count(2) == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(1500 * time.Millisecond) // another round of both
	if n := rb.count(2) + rc.count(2); n != 1 {
		t.Fatalf("the dead replica's open update resumed %d times, want 1", n)
	}
	if n := rb.count(1) + rc.count(1); n != 0 {
		t.Errorf("an answered update resumed %d times", n)
	}

	// A graceful stop leaves what it could not answer to the others at once.
	var taker *redisstate.Journal
	if rb.count(2) == 1 {
		taker = b
	} else {
		taker = c
	}
	taker.Take(msg(3))
	taker.Close()
	deadline = time.Now().Add(10 * time.Second)
	for rb.count(3)+rc.count(3) == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if rb.count(3)+rc.count(3) != 1 {
		t.Error("an update left at shutdown was not taken over")
	}
}

// deadStopsBeating ends a journal's loop as a SIGKILL would, without
// removing its heartbeat.
func deadStopsBeating(j *redisstate.Journal) { redisstate.StopForTest(j) }
