package bot

import (
	"context"
	"fmt"
	"time"

	"articlebot/internal/metrics"
	"articlebot/prompts/texts"
)

// quotaDay names the quota day holding t: days start at resetHour (0–23)
// in t's location.
func quotaDay(t time.Time, resetHour int) string {
	return t.Add(-time.Duration(resetHour) * time.Hour).Format("2006-01-02")
}

func (b *Bot) isAdmin(user int64) bool { return user != 0 && b.admins[user] }

func (b *Bot) quotaOn() bool { return b.cfg.DailyQuestions > 0 || b.cfg.DailyTokens > 0 }

// checkQuota tells whether c's user may ask now, and whether the answer must
// be offline (the day's LLM tokens are used up). A user over the question
// limit is told when it resets. A failing store lets the question through.
func (b *Bot) checkQuota(ctx context.Context, c *conv) (ok, offline bool) {
	if !b.quotaOn() || b.isAdmin(c.userID) || c.userID == 0 {
		return true, false
	}
	qctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	use, err := b.quota.Get(qctx, quotaDay(b.now(), b.cfg.QuotaResetHour), c.userID)
	cancel()
	if err != nil {
		b.log.Warn("quota store: question let through", "err", err)
		return true, false
	}
	if n := b.cfg.DailyQuestions; n > 0 && use.Questions >= int64(n) {
		metrics.RateLimited.WithLabelValues("daily_questions").Inc()
		b.sendNotice(ctx, c, fmt.Sprintf(texts.For(c.lang).QuotaQuestions, n, b.cfg.QuotaResetHour))
		return false, false
	}
	if n := b.cfg.DailyTokens; n > 0 && b.cfg.LLM && use.Tokens >= n {
		metrics.RateLimited.WithLabelValues("daily_tokens").Inc()
		return true, true
	}
	return true, false
}

// countQuota adds one answered question and its LLM tokens to the user's day.
func (b *Bot) countQuota(ctx context.Context, c *conv, tokens int) {
	if c.userID == 0 {
		return
	}
	qctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if _, err := b.quota.Add(qctx, quotaDay(b.now(), b.cfg.QuotaResetHour), c.userID, DailyUse{Questions: 1, Tokens: int64(tokens)}); err != nil {
		b.log.Warn("quota store: use not counted", "err", err)
	}
}

// cmdUsage shows a user their use today; admins also see everyone's.
func (b *Bot) cmdUsage(ctx context.Context, c *conv) {
	t := texts.For(c.lang)
	day := quotaDay(b.now(), b.cfg.QuotaResetHour)
	use, err := b.quota.Get(ctx, day, c.userID)
	if err != nil {
		b.log.Warn("quota store", "err", err)
		b.sendNotice(ctx, c, t.Error)
		return
	}
	limit := func(n int64) string {
		if n <= 0 || b.isAdmin(c.userID) {
			return t.Unlimited
		}
		return fmt.Sprint(n)
	}
	msg := fmt.Sprintf(t.Usage, use.Questions, limit(int64(b.cfg.DailyQuestions)), use.Tokens, limit(b.cfg.DailyTokens), b.cfg.QuotaResetHour)
	if b.isAdmin(c.userID) {
		if tot, users, err := b.quota.Total(ctx, day); err == nil {
			msg += "\n\n" + fmt.Sprintf(t.UsageTotal, users, tot.Questions, tot.Tokens)
		}
	}
	b.sendNotice(ctx, c, msg)
}
