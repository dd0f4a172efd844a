package llm

import (
	"context"
	"errors"
	"io"
	"regexp"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"articlebot/rag"
)

// chatResult is one completed chat call.
type chatResult struct {
	Text   string
	Usage  rag.Usage
	Finish string // "stop", "length", ...
}

// Chat streams a completion of msgs, handing each piece of text to onDelta
// (may be nil) as it arrives, and returns the whole text and the token usage.
//
// It retries with backoff on 429 (honouring Retry-After), 408, 5xx, stalls
// and dropped connections, but not on other 4xx, and never once text was
// handed to onDelta. A stream that ends without finish_reason or [DONE] is an
// error, and so is an empty answer. A leading <think>…</think> block
// (reasoning models on Ollama, vLLM) is neither streamed nor returned.
// The caller's ctx is the deadline of all of it.
func (c *Client) Chat(ctx context.Context, msgs []openai.ChatCompletionMessage, onDelta func(string)) (string, rag.Usage, error) {
	r, err := c.chat(ctx, "chat", msgs, c.cfg.MaxTokens, onDelta)
	return r.Text, r.Usage, err
}

// stall is how long a chat attempt may receive nothing before it is
// abandoned and retried: half the deadline, so a hung server costs at most
// one retry and a slow first token (a local model loading) still fits.
func (c *Client) stall() time.Duration { return max(c.cfg.Timeout/2, 500*time.Millisecond) }

func (c *Client) chat(ctx context.Context, kind string, msgs []openai.ChatCompletionMessage, maxTokens int, onDelta func(string)) (chatResult, error) {
	req := openai.ChatCompletionRequest{
		Model:       c.cfg.ChatModel,
		Messages:    msgs,
		MaxTokens:   maxTokens,
		Temperature: c.cfg.Temperature, // never 0: go-openai would drop it
		// Usage arrives in a last chunk before [DONE].
		StreamOptions: &openai.StreamOptions{IncludeUsage: true},
	}
	emitted := false
	var res chatResult
	err := c.do(ctx, kind, c.stall(), func() bool { return !emitted }, func(actx context.Context) error {
		var stream *openai.ChatCompletionStream
		var err error
		for range 3 {
			stream, err = c.api.CreateChatCompletionStream(actx, req)
			if err == nil || !adapt(&req, err) {
				break
			}
		}
		if err != nil {
			return err
		}
		defer stream.Close()
		res = chatResult{}
		var raw strings.Builder
		think := thinkFilter{out: func(s string) {
			if onDelta != nil && s != "" {
				emitted = true
				onDelta(s)
			}
		}}
		finished := false
		for {
			resp, err := stream.Recv()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return err
			}
			if u := resp.Usage; u != nil {
				res.Usage = rag.Usage{PromptTokens: u.PromptTokens, CompletionTokens: u.CompletionTokens, TotalTokens: u.TotalTokens}
			}
			for _, ch := range resp.Choices {
				if ch.Index != 0 {
					continue
				}
				raw.WriteString(ch.Delta.Content)
				think.write(ch.Delta.Content)
				if ch.FinishReason != "" {
					finished = true
					res.Finish = string(ch.FinishReason)
				}
			}
		}
		if a, _ := actx.Value(attemptKey{}).(*attempt); !finished && (a == nil || !a.sawDone) {
			return errCutStream
		}
		res.Text = strings.TrimSpace(stripThink(raw.String()))
		if res.Text == "" {
			return errEmpty
		}
		return nil
	})
	if err != nil {
		return res, err
	}
	if res.Usage.TotalTokens == 0 {
		res.Usage.TotalTokens = res.Usage.PromptTokens + res.Usage.CompletionTokens
	}
	c.obs.Tokens(res.Usage.PromptTokens, res.Usage.CompletionTokens)
	return res, nil
}

// adapt rewrites req after an error that a different request form avoids and
// reports whether to send it again at once: reasoning models (o1, o3,
// gpt-5 …) refuse max_tokens and temperature, in go-openai's own check or
// with a 400, and some older servers refuse stream_options.
func adapt(req *openai.ChatCompletionRequest, err error) bool {
	switch {
	case errors.Is(err, openai.ErrReasoningModelMaxTokensDeprecated) || errors.Is(err, openai.ErrO1MaxTokensDeprecated):
		if req.MaxTokens == 0 {
			return false
		}
		// Reasoning tokens count against the budget: leave room for them.
		req.MaxCompletionTokens, req.MaxTokens = req.MaxTokens*5, 0
		return true
	case errors.Is(err, openai.ErrReasoningModelLimitationsOther) || errors.Is(err, openai.ErrO1BetaLimitationsOther) ||
		errors.Is(err, openai.ErrReasoningSamplingUnsupported):
		if req.Temperature == 0 {
			return false
		}
		req.Temperature = 0
		return true
	}
	if httpStatus(err) != 400 {
		return false
	}
	// The same refusals from servers that know model names go-openai does
	// not (OpenRouter's "openai/o3-mini", Azure deployments …).
	msg := errMessage(err)
	switch {
	case req.StreamOptions != nil && strings.Contains(msg, "stream_options"):
		req.StreamOptions = nil
		return true
	case req.MaxTokens > 0 && strings.Contains(msg, "max_completion_tokens"):
		req.MaxCompletionTokens, req.MaxTokens = req.MaxTokens*5, 0
		return true
	case req.Temperature != 0 && strings.Contains(strings.ToLower(msg), "temperature"):
		req.Temperature = 0
		return true
	}
	return false
}

var thinkRE = regexp.MustCompile(`(?s)^\s*<think>.*?(</think>|$)`)

// stripThink removes a leading <think>…</think> block (an unclosed one too).
func stripThink(s string) string { return thinkRE.ReplaceAllString(s, "") }

// thinkFilter passes streamed text on to out, holding back a leading
// <think>…</think> block.
type thinkFilter struct {
	out   func(string)
	buf   string
	state int // 0: undecided, 1: inside <think>, 2: pass through
	trim  bool
}

const thinkOpen, thinkClose = "<think>", "</think>"

func (f *thinkFilter) write(s string) {
	switch f.state {
	case 2:
		if f.trim { // whitespace after </think> is not part of the answer
			if s = strings.TrimLeft(s, " \t\r\n"); s == "" {
				return
			}
			f.trim = false
		}
		f.out(s)
		return
	case 0:
		f.buf += s
		t := strings.TrimLeft(f.buf, " \t\r\n")
		if len(t) < len(thinkOpen) && strings.HasPrefix(thinkOpen, t) {
			return // maybe the start of <think>: wait for more
		}
		if !strings.HasPrefix(t, thinkOpen) {
			f.state = 2
			f.out(f.buf)
			f.buf = ""
			return
		}
		f.state, f.buf = 1, t[len(thinkOpen):]
	case 1:
		f.buf += s
	}
	if i := strings.Index(f.buf, thinkClose); i >= 0 {
		rest := f.buf[i+len(thinkClose):]
		f.state, f.buf, f.trim = 2, "", true
		f.write(rest)
	} else if len(f.buf) > len(thinkClose) {
		f.buf = f.buf[len(f.buf)-len(thinkClose):] // only the tail can hold a split tag
	}
}
