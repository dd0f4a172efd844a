package redisstate_test

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"articlebot/internal/redisstate"
	"articlebot/internal/redistest"
)

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(&syncBuffer{}, nil)) }

func leads(ctx context.Context) bool {
	select {
	case <-ctx.Done():
		return false
	default:
		return true
	}
}

func TestElectorOnePollerAndTakeover(t *testing.T) {
	srv := redistest.Start(t)
	a := openStore(t, srv, redisstate.Options{BotID: "55", Log: quiet()})
	b := openStore(t, srv, redisstate.Options{BotID: "55", Log: quiet()})
	ea, eb := redisstate.NewElector(a, time.Second, 0), redisstate.NewElector(b, time.Second, 0)
	ctx := context.Background()

	la, relA, err := ea.Lead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan context.Context, 1)
	var relB func()
	go func() {
		lb, rel, err := eb.Lead(ctx)
		if err == nil {
			relB = rel
			got <- lb
		}
	}()
	// B waits while A renews, over several TTLs.
	select {
	case <-got:
		t.Fatal("a second replica took the lease while the first held it")
	case <-time.After(3 * time.Second):
	}
	if !leads(la) {
		t.Fatal("the holder lost its lease")
	}
	relA() // shutdown: B takes over at once (well within a TTL)
	var lb context.Context
	select {
	case lb = <-got:
	case <-time.After(10 * time.Second):
		t.Fatal("no takeover after release")
	}
	if leads(la) {
		t.Error("released lead context still open")
	}

	// Someone else holds the key (as after a Redis restart that lost it and
	// another replica won it): B steps down.
	if _, err := srv.Do("SET", a.Key("poller"), "other-token", "PX", "60000"); err != nil {
		t.Fatal(err)
	}
	select {
	case <-lb.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("the holder kept polling after losing the lease")
	}
	relB()
}

func TestElectorSurvivesRedisOutage(t *testing.T) {
	srv := redistest.Start(t)
	s := openStore(t, srv, redisstate.Options{Log: quiet()})
	e := redisstate.NewElector(s, time.Second, 2*time.Second)
	lead, rel, err := e.Lead(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer rel()
	srv.Stop(false)
	time.Sleep(2500 * time.Millisecond) // more than the TTL: renewals fail
	if !leads(lead) {
		t.Fatal("the poller stopped because Redis is down; nobody else can poll meanwhile")
	}
	// A replica starting while Redis is down polls without the lease after
	// the orphan time.
	other := redisstate.NewElector(openStore(t, srv, redisstate.Options{Log: quiet()}), time.Second, 2*time.Second)
	done := make(chan func(), 1)
	go func() {
		_, r, err := other.Lead(context.Background())
		if err == nil {
			done <- r
		}
	}()
	select {
	case r := <-done:
		r()
	case <-time.After(20 * time.Second):
		t.Fatal("with Redis down, no replica ever polls")
	}
	srv.Resume()
}
