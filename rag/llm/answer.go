package llm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"
	"unicode"

	openai "github.com/sashabaranov/go-openai"

	"articlebot/prompts"
	"articlebot/prompts/texts"
	"articlebot/rag"
)

// Retriever is what the generative path needs from the offline engine
// (*rag.Engine satisfies it).
type Retriever interface {
	// Retrieve returns the fused ranking for query, best first.
	Retrieve(ctx context.Context, query string, k int) ([]rag.Hit, error)
	// Ask is the offline extractive answer: the fallback.
	Ask(ctx context.Context, req rag.Request) (rag.Answer, error)
}

// Answerer answers questions with the LLM from retrieved passages and falls
// back to the offline answer when the LLM fails. It implements rag.Asker and
// is stateless: conversation memory comes in with each request.
type Answerer struct {
	c   *Client
	r   Retriever
	log *slog.Logger

	// K is how many passages are retrieved and shown to the model.
	K int
	// HistoryTurns and HistoryChars bound the conversation memory used.
	HistoryTurns, HistoryChars int
	// RelatedN is how many passages a "not in the article" answer lists.
	RelatedN int

	breaker breaker
}

// breaker stops calling a server that keeps failing: after breakerTrip
// failed answers in a row, questions go straight to the offline answer for
// breakerCooldown, instead of each waiting through the retries. Then one
// question tries the server again; a success closes the breaker.
type breaker struct {
	mu        sync.Mutex
	failures  int
	openUntil time.Time
}

const (
	breakerTrip     = 3
	breakerCooldown = 30 * time.Second
)

// allow reports whether the LLM may be called now.
func (b *breaker) allow(now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return !now.Before(b.openUntil)
}

// record notes the outcome of one LLM answer; it returns true when this
// failure opened the breaker.
func (b *breaker) record(ok bool, now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if ok {
		b.failures = 0
		b.openUntil = time.Time{}
		return false
	}
	b.failures++
	if b.failures >= breakerTrip {
		b.openUntil = now.Add(breakerCooldown)
		return true
	}
	return false
}

var _ rag.Asker = (*Answerer)(nil)

// NewAnswerer answers with c from what r retrieves, falling back to r.Ask.
// A nil c (no LLM configured) makes every answer the offline one.
func NewAnswerer(c *Client, r Retriever, log *slog.Logger) *Answerer {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Answerer{c: c, r: r, log: log, K: 6, HistoryTurns: DefaultHistoryTurns, HistoryChars: DefaultHistoryChars, RelatedN: 3}
}

// fallbackReserve is kept free before a caller's deadline for the offline
// answer.
const fallbackReserve = 300 * time.Millisecond

// rewriteMaxTokens bounds the rewritten query; a one-line query needs few.
const rewriteMaxTokens = 200

// Ask answers req. Offline requests, and any failure of the LLM path
// (unreachable server, 5xx after retries, the deadline, a cut or malformed
// stream, an empty answer), get the offline answer with mode "extractive"
// and a note saying why, within the configured timeout plus the offline
// engine's own few milliseconds. Text streamed to req.OnDelta before a
// failure is superseded by the returned answer.
func (a *Answerer) Ask(ctx context.Context, req rag.Request) (rag.Answer, error) {
	start := time.Now()
	q := strings.TrimSpace(req.Question)
	// Empty questions get the engine's error answer, not a paid call;
	// over-long ones never reach here (rag.Bounded holds every surface to
	// rag.Limits before it asks).
	if req.Offline || a.c == nil || !a.c.cfg.Enabled() || q == "" {
		return a.r.Ask(ctx, req)
	}
	// The LLM gets the configured timeout, but ends early enough before the
	// caller's own deadline, if any, for the offline answer to arrive first.
	budget := a.c.cfg.Timeout
	if dl, ok := ctx.Deadline(); ok {
		budget = min(budget, time.Until(dl)-fallbackReserve)
	}
	var (
		ans       rag.Answer
		rewritten string
		err       = error(&Error{Kind: "chat", Reason: "timeout", Err: context.DeadlineExceeded})
	)
	called := false
	switch {
	case !a.breaker.allow(start):
		err = &Error{Kind: "chat", Reason: "unavailable", Err: errors.New("the server failed repeatedly; trying it again later")}
	case budget > 0:
		called = true
		lctx, cancel := context.WithTimeout(ctx, budget)
		ans, rewritten, err = a.generate(lctx, q, req)
		cancel()
	}
	if err == nil {
		a.breaker.record(true, time.Now())
		ans.TookMS = msSince(start)
		return ans, nil
	}
	if errors.Is(ctx.Err(), context.Canceled) { // the caller gave up: no fallback wanted
		return rag.Answer{}, ctx.Err()
	}
	if called && a.breaker.record(false, time.Now()) {
		a.log.Warn("llm server failing; answering offline for a while", "failures_in_a_row", breakerTrip, "retry_in", breakerCooldown)
	}
	if ctx.Err() != nil { // the caller's deadline passed: the offline answer takes milliseconds
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
		defer cancel()
		ctx = fctx
	}
	reason := reasonOf(err)
	a.c.obs.Fallback(reason)
	a.log.Warn("llm answer failed, answering offline", "reason", reason, "err", err)

	off := rag.Request{Question: req.Question, History: req.History, Offline: true}
	// A same-language rewrite resolves a follow-up ("那新能源汽车呢？") for
	// the offline engine too; a translated one would change the answer's
	// language, so it is not used.
	if rewritten != "" && rewritten != q && rag.DetectLang(rewritten) == rag.DetectLang(q) {
		off.Question = rewritten
	}
	fb, ferr := a.r.Ask(ctx, off)
	if ferr != nil {
		return fb, fmt.Errorf("llm failed (%v), and so did the offline answer: %w", err, ferr)
	}
	fb.Question = req.Question
	fb.Mode = rag.ModeExtractive
	if off.Question != req.Question {
		fb.RewrittenQuery = off.Question
	}
	note := fmt.Sprintf("the language model failed (%s), so this is the offline answer", reason)
	if fb.Note != "" {
		note += "; " + fb.Note
	}
	fb.Note = note
	fb.TookMS = msSince(start)
	return fb, nil
}

// generate is the LLM path. It returns the rewritten query even on failure,
// so the fallback can use it.
func (a *Answerer) generate(ctx context.Context, q string, req rag.Request) (rag.Answer, string, error) {
	lang := rag.DetectLang(q)
	hist := boundHistory(req.History, a.HistoryTurns, a.HistoryChars)
	ans := rag.Answer{Question: req.Question, Mode: rag.ModeLLM, Lang: lang, Citations: []rag.Citation{}}
	usage := rag.Usage{}

	query := q
	if len(hist) > 0 || lang != "zh" {
		rw, u, err := a.rewrite(ctx, q, hist)
		addUsage(&usage, u)
		switch {
		case errors.Is(err, errEmpty):
			a.log.Info("query rewrite came back empty; searching with the question")
		case err != nil:
			return ans, "", err
		case rw != "":
			query = rw
		}
		ans.RewrittenQuery = query
	}

	hits, err := a.r.Retrieve(ctx, query, a.K)
	if err != nil {
		if ctx.Err() != nil {
			return ans, query, &Error{Kind: "retrieve", Reason: "timeout", Attempts: 1, Err: err}
		}
		return ans, query, &Error{Kind: "retrieve", Reason: "retrieve", Attempts: 1, Err: err}
	}
	if len(hits) > a.K && a.K > 0 {
		hits = hits[:a.K]
	}
	ans.Usage = &usage
	if len(hits) == 0 {
		// Nothing to answer from: do not let the model invent.
		ans.Answer = texts.For(lang).NotFound
		ans.Note = "no passage of the article matches the question"
		return ans, query, nil
	}
	ans.TopScore = hits[0].Score

	msgs, err := a.messages(q, lang, hist, hits)
	if err != nil {
		return ans, query, &Error{Kind: "chat", Reason: "prompt", Attempts: 0, Err: err}
	}
	res, err := a.c.chat(ctx, "chat", msgs, a.c.cfg.MaxTokens, req.OnDelta)
	addUsage(&usage, res.Usage)
	if err != nil {
		return ans, query, err
	}
	a.finish(&ans, res.Text, query, hits)
	if res.Finish == "length" {
		ans.Note = joinNote(ans.Note, "the answer was cut at the token limit")
	}
	return ans, query, nil
}

// rewrite turns a follow-up or a foreign-language question into a
// standalone query in the article's language.
func (a *Answerer) rewrite(ctx context.Context, q string, hist []rag.Turn) (string, rag.Usage, error) {
	d := prompts.RewriteData{Question: q}
	for _, t := range hist {
		d.History = append(d.History, prompts.Turn{Question: t.Question, Answer: t.Answer})
	}
	p, err := prompts.Rewrite(d)
	if err != nil {
		return "", rag.Usage{}, &Error{Kind: "rewrite", Reason: "prompt", Err: err}
	}
	res, err := a.c.chat(ctx, "rewrite", []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: p.System},
		{Role: openai.ChatMessageRoleUser, Content: p.User},
	}, rewriteMaxTokens, nil)
	if err != nil {
		return "", res.Usage, err
	}
	return cleanQuery(res.Text), res.Usage, nil
}

// messages builds the chat: the system prompt, then one user message with
// the numbered sources, the earlier conversation quoted as context (a
// client's answers are never sent as assistant turns) and the question.
func (a *Answerer) messages(q, lang string, hist []rag.Turn, hits []rag.Hit) ([]openai.ChatCompletionMessage, error) {
	name := langName(q, lang)
	sys, err := prompts.System(prompts.SystemData{LangName: name})
	if err != nil {
		return nil, err
	}
	src := make([]prompts.Source, len(hits))
	for i, h := range hits {
		src[i] = prompts.Source{N: i + 1, Doc: h.Doc, Section: h.Section, Paragraph: h.Paragraph, Kind: h.Kind, Text: h.Text}
	}
	var turns []prompts.Turn
	for _, t := range hist {
		turns = append(turns, prompts.Turn{Question: t.Question, Answer: t.Answer})
	}
	turn, err := prompts.Answer(prompts.AnswerData{Sources: src, History: turns, Question: q, LangName: name})
	if err != nil {
		return nil, err
	}
	return []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: sys},
		{Role: openai.ChatMessageRoleUser, Content: turn},
	}, nil
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i + 1
	}
	return out
}

// finish turns the model's text into the answer: every claim checked
// against its citation and repaired (cite.go), citations quoted verbatim
// from the sources that hold the claims, found/ungrounded/unsupported.
func (a *Answerer) finish(ans *rag.Answer, text, query string, hits []rag.Hit) {
	obs := a.c.obs
	if notFoundRE.MatchString(text) {
		canonical, used, dropped := ParseMarkers(text, len(hits))
		ans.DroppedMarkers = dropped
		rest := strings.TrimSpace(canonicalRE.ReplaceAllString(notFoundRE.ReplaceAllString(canonical, ""), ""))
		if !hasLetters(rest) {
			rest = texts.For(ans.Lang).NotFound
		}
		ans.Answer, ans.Found = rest, false
		// Passages the model cited anyway come first among the related ones.
		order := append([]int(nil), used...)
		order = append(order, seq(len(hits))...)
		ans.Related = a.related(hits, order, query)
		return
	}
	ck := checkCitations(text, hits, query, ans.Lang)
	ans.DroppedMarkers = ck.dropped
	obs.Citation("dropped", len(ck.dropped))
	if ck.refusal {
		// The model said "not in the article" in words, or said nothing
		// checkable: a refusal, with the closest passages.
		ans.Answer, ans.Found = strings.TrimSpace(canonicalRE.ReplaceAllString(ck.text, "")), false
		if !hasLetters(ans.Answer) {
			ans.Answer = texts.For(ans.Lang).NotFound
		}
		ans.Related = a.related(hits, seq(len(hits)), query)
		return
	}
	ans.Answer, ans.Found = ck.text, true
	ans.Citations = append(ans.Citations, ck.cites...)
	ans.RepairedMarkers = ck.repairs
	ans.Unsupported = ck.unsupported
	obs.Citation("kept", ck.kept)
	for _, r := range ck.repairs {
		obs.Citation(r.Action, 1)
	}
	obs.Citation("unsupported", len(ck.unsupported))
	if len(ans.Citations) == 0 {
		ans.Ungrounded = true
		ans.Note = joinNote(ans.Note, "the answer cites no passage of the article; check it against the sources")
	} else if len(ck.unsupported) > 0 {
		ans.Note = joinNote(ans.Note, "part of the answer is not backed by any passage of the article (see unsupported)")
	}
}

// related lists up to RelatedN distinct passages in the given source order.
func (a *Answerer) related(hits []rag.Hit, order []int, query string) []rag.Citation {
	var out []rag.Citation
	seen := make(map[int]bool)
	for _, n := range order {
		if len(out) >= a.RelatedN || seen[n] || n < 1 || n > len(hits) {
			continue
		}
		seen[n] = true
		c := rag.QuoteFor(hits[n-1].Chunk, query)
		c.N = len(out) + 1
		out = append(out, c)
	}
	return out
}

// hasLetters reports whether s holds any letter or digit (not just
// punctuation and spaces).
func hasLetters(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
}

// rewriteLabels are the labels a model may put before its rewritten query,
// lower-case; cleanQuery strips them.
var rewriteLabels = []string{"search query:", "rewritten query:", "standalone query:", "query:", "改写后的查询：", "改写后的查询:", "改写后的问题：", "搜索查询：", "查询：", "查询:", "改写：", "问题："}

// cleanQuery takes the first line of a rewrite reply, without labels,
// quotes or emphasis.
func cleanQuery(s string) string {
	s = stripThink(s)
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSpace(line)
		low := strings.ToLower(line)
		for _, p := range rewriteLabels {
			if strings.HasPrefix(low, p) {
				line = strings.TrimSpace(line[len(p):])
				break
			}
		}
		line = strings.Trim(line, "*`\"'“”‘’「」『』 \t")
		if line != "" {
			return cutRunes(line, 300)
		}
	}
	return ""
}

// langName names the answer language for the prompts. rag.DetectLang knows
// only zh and en; a Latin-script question with accented letters (French,
// German, Vietnamese …) is "the language of the question" rather than English.
func langName(q, lang string) string {
	if lang == "en" && strings.IndexFunc(q, func(r rune) bool { return r >= 0xC0 && r < 0x250 || r >= 0x1E00 && r < 0x1F00 }) >= 0 {
		return "the same language as the question"
	}
	return prompts.LangName(lang)
}

func joinNote(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

func addUsage(u *rag.Usage, v rag.Usage) {
	u.PromptTokens += v.PromptTokens
	u.CompletionTokens += v.CompletionTokens
	u.TotalTokens += v.TotalTokens
}

func msSince(t time.Time) float64 { return float64(time.Since(t).Microseconds()) / 1000 }
