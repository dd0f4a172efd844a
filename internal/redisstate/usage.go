package redisstate

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"articlebot/bot"
)

// QuotaTTL is how long a quota day is kept: the day itself and the next,
// for /usage right after the reset.
const QuotaTTL = 48 * time.Hour

// Quota counts daily use in one hash per quota day
// (ab:<bot>:quota:<day>, fields <user>:q and <user>:t plus the totals *:q
// and *:t), incremented in one MULTI and expiring two days after the day's
// first use. While Redis does not answer, the local store counts.
type Quota struct {
	s     *Store
	local bot.QuotaStore
}

// NewQuota returns the Redis quota store over local.
func NewQuota(s *Store, local bot.QuotaStore) *Quota { return &Quota{s: s, local: local} }

func (q *Quota) key(day string) string { return q.s.Key("quota", day) }

// Add adds use to user's count for day and returns the count after it.
func (q *Quota) Add(ctx context.Context, day string, user int64, use bot.DailyUse) (bot.DailyUse, error) {
	u := strconv.FormatInt(user, 10)
	k := q.key(day)
	var qc, tc *redis.IntCmd
	if !q.s.do("quota", func(cctx context.Context) error {
		_, err := q.s.rdb.TxPipelined(cctx, func(p redis.Pipeliner) error {
			qc = p.HIncrBy(cctx, k, u+":q", use.Questions)
			tc = p.HIncrBy(cctx, k, u+":t", use.Tokens)
			p.HIncrBy(cctx, k, "*:q", use.Questions)
			p.HIncrBy(cctx, k, "*:t", use.Tokens)
			p.ExpireNX(cctx, k, QuotaTTL)
			return nil
		})
		return err
	}) {
		return q.local.Add(ctx, day, user, use)
	}
	return bot.DailyUse{Questions: qc.Val(), Tokens: tc.Val()}, nil
}

// Get returns user's count for day.
func (q *Quota) Get(ctx context.Context, day string, user int64) (bot.DailyUse, error) {
	u := strconv.FormatInt(user, 10)
	var vals []any
	if !q.s.do("quota", func(cctx context.Context) (err error) {
		vals, err = q.s.rdb.HMGet(cctx, q.key(day), u+":q", u+":t").Result()
		return err
	}) {
		return q.local.Get(ctx, day, user)
	}
	return bot.DailyUse{Questions: num(vals[0]), Tokens: num(vals[1])}, nil
}

// Total returns everyone's count for day and the number of users.
func (q *Quota) Total(ctx context.Context, day string) (bot.DailyUse, int, error) {
	var vals []any
	var n int64
	if !q.s.do("quota", func(cctx context.Context) error {
		k := q.key(day)
		cmds, err := q.s.rdb.Pipelined(cctx, func(p redis.Pipeliner) error {
			p.HMGet(cctx, k, "*:q", "*:t")
			p.HLen(cctx, k)
			return nil
		})
		if err != nil {
			return err
		}
		vals, n = cmds[0].(*redis.SliceCmd).Val(), cmds[1].(*redis.IntCmd).Val()
		return nil
	}) {
		return q.local.Total(ctx, day)
	}
	users := 0
	if n > 2 {
		users = int(n-2) / 2
	}
	return bot.DailyUse{Questions: num(vals[0]), Tokens: num(vals[1])}, users, nil
}

func num(v any) int64 {
	s, _ := v.(string)
	n, _ := strconv.ParseInt(s, 10, 64)
	return n
}

// AnswerTTL is how long a sent answer can still be voted on.
const AnswerTTL = 7 * 24 * time.Hour

// Feedback keeps each sent answer as JSON (ab:<bot>:ans:<id>) and its votes
// in a hash by user (ab:<bot>:votes:<id>), both expiring after AnswerTTL;
// a vote replaces the user's earlier one in one script. Answers are also
// kept locally, which answers while Redis does not and for answers saved
// during an outage.
type Feedback struct {
	s     *Store
	local bot.FeedbackStore
}

// NewFeedback returns the Redis feedback store over local.
func NewFeedback(s *Store, local bot.FeedbackStore) *Feedback { return &Feedback{s: s, local: local} }

// SaveAnswer remembers what answer id showed.
func (f *Feedback) SaveAnswer(ctx context.Context, id string, sh bot.Shown) error {
	_ = f.local.SaveAnswer(ctx, id, sh)
	raw, err := json.Marshal(sh)
	if err != nil {
		return err
	}
	f.s.do("feedback", func(cctx context.Context) error {
		return f.s.rdb.Set(cctx, f.s.Key("ans", id), raw, AnswerTTL).Err()
	})
	return nil
}

// Answer returns what answer id showed, or bot.ErrUnknownAnswer.
func (f *Feedback) Answer(ctx context.Context, id string) (bot.Shown, error) {
	var raw []byte
	if !f.s.do("feedback", func(cctx context.Context) (err error) {
		raw, err = f.s.rdb.Get(cctx, f.s.Key("ans", id)).Bytes()
		return err
	}) || raw == nil {
		return f.local.Answer(ctx, id)
	}
	var sh bot.Shown
	if err := json.Unmarshal(raw, &sh); err != nil {
		return bot.Shown{}, err
	}
	return sh, nil
}

// voteScript records ARGV[1]'s vote ARGV[2] on the answer KEYS[1] when it
// exists, and returns the vote replaced (0 for none), or -2 for an unknown
// answer.
var voteScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return -2 end
local prev = redis.call('HGET', KEYS[2], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
if prev then return tonumber(prev) end
return 0
`)

// Vote records user's vote on answer id and returns the vote it replaces.
func (f *Feedback) Vote(ctx context.Context, id string, user int64, vote int) (int, error) {
	var prev int64
	if !f.s.do("feedback", func(cctx context.Context) (err error) {
		prev, err = voteScript.Run(cctx, f.s.rdb, []string{f.s.Key("ans", id), f.s.Key("votes", id)},
			user, vote, AnswerTTL.Milliseconds()).Int64()
		return err
	}) || prev == -2 {
		p, err := f.local.Vote(ctx, id, user, vote)
		if prev == -2 && errors.Is(err, bot.ErrUnknownAnswer) {
			return 0, bot.ErrUnknownAnswer
		}
		return p, err
	}
	return int(prev), nil
}
