package redisstate

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"sync"
	"time"

	"github.com/go-telegram/bot/models"
	"github.com/redis/go-redis/v9"

	"articlebot/bot"
)

// Defaults of the journal.
const (
	DefaultAliveTTL = 5 * time.Second
	JournalTTL      = 24 * time.Hour // an update Telegram no longer holds is not worth answering
)

var _ bot.Journal = (*Journal)(nil)

// Journal records the updates this replica has taken and not yet answered
// in a hash (ab:<bot>:jnl:<replica>: update id → update JSON), next to a
// heartbeat key (ab:<bot>:alive:<replica>, renewed every second, expiring
// after AliveTTL) and the set of replicas (ab:<bot>:replicas). Every second
// each replica looks for replicas whose heartbeat is gone, moves their
// journal into its own in one script (so exactly one replica takes it) and
// answers those updates: a replica killed mid-answer loses no question, and
// the one that takes over repeats at most the answers the dead one had
// sent but not yet marked done.
//
// While Redis does not answer, nothing is journaled: updates of that time
// are answered by the replica that received them, or lost if it dies too.
type Journal struct {
	s     *Store
	local bot.Deduper
	id    string
	alive time.Duration

	stop    chan struct{}
	done    chan struct{}
	started sync.Once
	closed  sync.Once
}

// NewJournal returns the journal of this replica (a random id); local is
// the dedup used while Redis does not answer (the one under the Deduper).
func NewJournal(s *Store, local bot.Deduper, aliveTTL time.Duration) *Journal {
	if aliveTTL <= 0 {
		aliveTTL = DefaultAliveTTL
	}
	var r [8]byte
	_, _ = rand.Read(r[:])
	return &Journal{s: s, local: local, id: hex.EncodeToString(r[:]), alive: aliveTTL, stop: make(chan struct{}), done: make(chan struct{})}
}

// ID is this replica's id in the keys.
func (j *Journal) ID() string { return j.id }

func (j *Journal) key(replica string) string { return j.s.Key("jnl", replica) }

// takeScript marks update ARGV[1] seen for a day (KEYS[1], the Deduper's
// key) and, when it was not, records it in this replica's journal (KEYS[2]).
var takeScript = redis.NewScript(`
if not redis.call('SET', KEYS[1], 1, 'NX', 'EX', ARGV[3]) then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return 1
`)

// Take marks u seen by every replica and records it as taken by this one,
// in one step; false means a repeat. While Redis does not answer, the local
// dedup decides and nothing is recorded.
func (j *Journal) Take(u *models.Update) bool {
	localSeen := j.local.Seen(u.ID)
	raw, err := json.Marshal(u)
	if err != nil {
		return !localSeen
	}
	id := strconv.FormatInt(u.ID, 10)
	var fresh int64
	if !j.s.do("journal", func(ctx context.Context) (err error) {
		fresh, err = takeScript.Run(ctx, j.s.rdb, []string{j.s.Key("upd", id), j.key(j.id)},
			id, raw, int64(DedupTTL/time.Second), JournalTTL.Milliseconds()).Int64()
		return err
	}) {
		return !localSeen
	}
	return fresh == 1
}

// Done removes update id from the journal.
func (j *Journal) Done(id int64) {
	j.s.do("journal", func(ctx context.Context) error {
		return j.s.rdb.HDel(ctx, j.key(j.id), strconv.FormatInt(id, 10)).Err()
	})
}

// claimScript moves the journal of replica ARGV[1] (KEYS[2]) into this
// replica's (KEYS[3]) when its heartbeat (KEYS[1]) is gone, drops it from
// the set of replicas (KEYS[4]), and returns the updates moved.
var claimScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return {} end
local items = redis.call('HGETALL', KEYS[2])
for i = 1, #items, 2 do redis.call('HSET', KEYS[3], items[i], items[i+1]) end
if #items > 0 then redis.call('PEXPIRE', KEYS[3], ARGV[2]) end
redis.call('DEL', KEYS[2])
redis.call('SREM', KEYS[4], ARGV[1])
local out = {}
for i = 2, #items, 2 do out[#out+1] = items[i] end
return out
`)

// Start beats this replica's heartbeat and takes over the journals of dead
// replicas, giving their updates to resume (Bot.Resume), until Close.
func (j *Journal) Start(resume func(*models.Update) bool) {
	j.started.Do(func() { go j.run(resume) })
}

func (j *Journal) run(resume func(*models.Update) bool) {
	defer close(j.done)
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		j.beat()
		j.takeOver(resume)
		select {
		case <-j.stop:
			return
		case <-t.C:
		}
	}
}

func (j *Journal) beat() {
	j.s.do("journal", func(ctx context.Context) error {
		_, err := j.s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			p.Set(ctx, j.s.Key("alive", j.id), 1, j.alive)
			p.SAdd(ctx, j.s.Key("replicas"), j.id)
			p.PExpire(ctx, j.s.Key("replicas"), JournalTTL)
			return nil
		})
		return err
	})
}

func (j *Journal) takeOver(resume func(*models.Update) bool) {
	var replicas []string
	if !j.s.do("journal", func(ctx context.Context) (err error) {
		replicas, err = j.s.rdb.SMembers(ctx, j.s.Key("replicas")).Result()
		return err
	}) {
		return
	}
	for _, r := range replicas {
		if r == j.id {
			continue
		}
		var raws []string
		j.s.do("journal", func(ctx context.Context) (err error) {
			keys := []string{j.s.Key("alive", r), j.key(r), j.key(j.id), j.s.Key("replicas")}
			raws, err = claimScript.Run(ctx, j.s.rdb, keys, r, JournalTTL.Milliseconds()).StringSlice()
			return err
		})
		if len(raws) > 0 {
			j.s.log.Warn("replica gone: answering the updates it had taken", "replica", r, "updates", len(raws))
		}
		for _, raw := range raws {
			var u models.Update
			if json.Unmarshal([]byte(raw), &u) != nil {
				continue
			}
			if !resume(&u) {
				return // shutting down: they stay in this journal for the others
			}
		}
	}
}

// Close stops the heartbeat and removes it, so that the updates left in this
// journal (answers cancelled at shutdown) are taken over at once.
func (j *Journal) Close() {
	j.closed.Do(func() {
		close(j.stop)
		j.started.Do(func() { close(j.done) }) // never started: nothing to wait for
		<-j.done
		j.s.do("journal", func(ctx context.Context) error {
			return j.s.rdb.Del(ctx, j.s.Key("alive", j.id)).Err()
		})
	})
}
