package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"articlebot/internal/metrics"
)

// apiResponse is the Bot API reply envelope.
type apiResponse struct {
	OK          bool            `json:"ok"`
	Result      json.RawMessage `json:"result"`
	ErrorCode   int             `json:"error_code"`
	Description string          `json:"description"`
	Parameters  struct {
		RetryAfter int `json:"retry_after"`
	} `json:"parameters"`
}

// call makes the two Bot API calls the bot cannot make through the library
// (every other method — sends, edits, callbacks, webhook, commands,
// descriptions — goes through go-telegram/bot):
//
//   - getUpdates: the library has no exported getUpdates; its poller is
//     internal, confirms the offset as soon as an update is queued (not when
//     it is handled) and drops queued updates at shutdown, so a restart would
//     lose them, and it cannot hand updates to a per-chat queue or a
//     replica's journal.
//   - answerInlineQuery: the library's InlineQueryResultsButton always sends
//     "web_app":null beside start_parameter, and Telegram wants exactly one
//     of the two.
//
// The request is multipart like the library's: strings as they are, other
// values as JSON. Errors wrap the library's values (tgbot.ErrorConflict,
// *tgbot.TooManyRequestsError, ...), so callers match both the same way,
// and never contain the token.
func (b *Bot) call(ctx context.Context, method string, params map[string]any, dest any) error {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for k, v := range params {
		var s string
		switch x := v.(type) {
		case string:
			s = x
		default:
			j, err := json.Marshal(x)
			if err != nil {
				return fmt.Errorf("%s: encode %s: %w", method, k, err)
			}
			s = string(j)
		}
		if err := w.WriteField(k, s); err != nil {
			return err
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.apiBase+"/"+method, &body)
	if err != nil {
		return b.scrub.Err(fmt.Errorf("%s: %w", method, err))
	}
	req.Header.Set("Content-Type", w.FormDataContentType())
	resp, err := b.client.Do(req)
	if err != nil {
		return b.scrub.Err(fmt.Errorf("%s: %w", method, err))
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return b.scrub.Err(fmt.Errorf("%s: read reply: %w", method, err))
	}
	var r apiResponse
	if err := json.Unmarshal(data, &r); err != nil {
		return fmt.Errorf("%s: HTTP %d, undecodable reply: %w", method, resp.StatusCode, err)
	}
	if !r.OK {
		desc := b.scrub.String(r.Description)
		switch r.ErrorCode {
		case http.StatusTooManyRequests:
			return &tgbot.TooManyRequestsError{Message: fmt.Sprintf("%s, %s", tgbot.ErrorTooManyRequests, desc), RetryAfter: r.Parameters.RetryAfter}
		case http.StatusForbidden:
			return fmt.Errorf("%w, %s", tgbot.ErrorForbidden, desc)
		case http.StatusBadRequest:
			return fmt.Errorf("%w, %s", tgbot.ErrorBadRequest, desc)
		case http.StatusUnauthorized:
			return fmt.Errorf("%w, %s", tgbot.ErrorUnauthorized, desc)
		case http.StatusNotFound:
			return fmt.Errorf("%w, %s", tgbot.ErrorNotFound, desc)
		case http.StatusConflict:
			return fmt.Errorf("%w, %s", tgbot.ErrorConflict, desc)
		}
		return fmt.Errorf("%s: error %d: %s", method, r.ErrorCode, desc)
	}
	if dest != nil {
		if err := json.Unmarshal(r.Result, dest); err != nil {
			return fmt.Errorf("%s: decode result: %w", method, err)
		}
	}
	return nil
}

// poll long-polls until ctx ends and returns the offset to confirm: one past
// the last update handed to dispatch.
//
// Unlike the library's poller, which drops its queued updates at shutdown,
// every update taken is dispatched at once and answered before Run returns
// (within ShutdownTimeout), and the offset is confirmed on exit, so a restart
// neither loses nor repeats updates.
func (b *Bot) poll(ctx context.Context) (offset int64) {
	backoff := time.Duration(0)
	deletedWebhook := false
	for ctx.Err() == nil {
		if backoff > 0 {
			select {
			case <-ctx.Done():
				return offset
			case <-time.After(backoff):
			}
		}
		var batch []json.RawMessage
		params := map[string]any{
			"timeout":         int(b.cfg.PollTimeout / time.Second),
			"allowed_updates": allowedUpdates,
		}
		if offset != 0 {
			params["offset"] = offset
		}
		began := time.Now()
		err := b.call(ctx, "getUpdates", params, &batch)
		if err != nil {
			if ctx.Err() != nil {
				return offset
			}
			var tm *tgbot.TooManyRequestsError
			switch {
			case errors.As(err, &tm):
				backoff = time.Duration(max(tm.RetryAfter, 1)) * time.Second
			case errors.Is(err, tgbot.ErrorConflict) && !deletedWebhook:
				// A webhook is set (or another poller runs): polling needs
				// the webhook removed; pending updates are kept.
				deletedWebhook = true
				b.log.Warn("getUpdates conflict: removing the webhook", "err", err)
				cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
				_, derr := b.tg.DeleteWebhook(cctx, &tgbot.DeleteWebhookParams{})
				cancel()
				if derr != nil {
					b.log.Warn("deleteWebhook", "err", b.scrub.Err(derr))
				}
				backoff = 0
				continue
			default:
				backoff = min(max(2*backoff, 200*time.Millisecond), 10*time.Second)
			}
			b.log.Warn("getUpdates failed", "err", err, "retry_in", backoff)
			continue
		}
		backoff = 0
		if len(batch) == 0 && time.Since(began) < 50*time.Millisecond {
			// A server that does not hold long polls would make this loop
			// spin: pace it.
			backoff = 200 * time.Millisecond
		}
		for _, u := range b.decodeUpdates(batch) {
			if u == nil || (offset != 0 && u.ID < offset) {
				continue
			}
			offset = u.ID + 1
			b.dispatch(u)
		}
	}
	return offset
}

// pollElected polls while this replica holds the Elector's lease, waiting
// for it when another replica polls. It returns the offset to confirm and
// the release of the lease, for Run to call after confirming.
func (b *Bot) pollElected(ctx context.Context) (offset int64, release func()) {
	if b.cfg.Elector == nil {
		return b.poll(ctx), func() {}
	}
	for {
		b.log.Info("waiting to be the poller (another replica may poll)")
		lead, rel, err := b.cfg.Elector.Lead(ctx)
		if err != nil {
			return 0, func() {}
		}
		offset = b.poll(lead)
		if ctx.Err() != nil {
			return offset, rel
		}
		rel()
	}
}

// decodeUpdates decodes a getUpdates batch one update at a time: an update
// the library cannot decode (a new kind of chat member, say) is skipped
// with its id, and counted, instead of failing the whole batch again and
// again.
func (b *Bot) decodeUpdates(batch []json.RawMessage) []*models.Update {
	ups := make([]*models.Update, 0, len(batch))
	for _, raw := range batch {
		var u models.Update
		if err := json.Unmarshal(raw, &u); err != nil {
			var id struct {
				ID int64 `json:"update_id"`
			}
			_ = json.Unmarshal(raw, &id)
			metrics.UpdatesDropped.WithLabelValues("undecodable").Inc()
			b.log.Warn("undecodable update skipped", "update", id.ID, "err", err)
			if id.ID == 0 {
				continue
			}
			u = models.Update{ID: id.ID} // advances the offset; nothing to answer
		}
		ups = append(ups, &u)
	}
	return ups
}

// commitOffset confirms the updates taken so far before exiting, so a
// restart does not get them again. (Updates of a batch are confirmed by the
// next getUpdates request, but the stop may come before Telegram got it.)
func (b *Bot) commitOffset(offset int64) {
	if offset == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var ups []*models.Update
	// Updates returned here are not confirmed by this call: they come again.
	err := b.call(ctx, "getUpdates", map[string]any{"offset": offset, "timeout": 0, "limit": 1, "allowed_updates": allowedUpdates}, &ups)
	if err != nil {
		b.log.Warn("confirming updates failed; some may be delivered again", "err", err)
	}
}

// setWebhook registers the webhook with its secret, retrying a few times.
func (b *Bot) setWebhook(ctx context.Context) error {
	var err error
	for i := 0; i < 5; i++ {
		cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		_, err = b.tg.SetWebhook(cctx, &tgbot.SetWebhookParams{
			URL:            b.cfg.WebhookURL,
			SecretToken:    b.secret,
			AllowedUpdates: allowedUpdates,
		})
		cancel()
		if err == nil {
			return nil
		}
		err = b.scrub.Err(err)
		if errors.Is(err, tgbot.ErrorUnauthorized) || errors.Is(err, tgbot.ErrorBadRequest) {
			break
		}
		b.log.Warn("setWebhook failed, retrying", "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(i+1) * time.Second):
		}
	}
	return fmt.Errorf("bot: setWebhook: %w", err)
}
