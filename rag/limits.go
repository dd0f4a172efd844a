package rag

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"articlebot/prompts/texts"
)

// Limits bound the outside text of one request: the question, each earlier
// turn, the number of turns and all of it together. They are defined here
// once; the command line, the Telegram bot, the HTTP API and the engine all
// read the same values (cmd/articlebot's configuration sets them), and
// Engine.Ask applies them again at its entry, so no caller can hand the
// engine an unbounded query.
//
// A zero field means its default (DefaultLimits).
type Limits struct {
	// QuestionChars bounds the question and each history question, in
	// characters (runes, after trimming spaces). A longer question is an
	// error for that question; a longer history question is clipped.
	QuestionChars int
	// AnswerChars bounds each history answer; longer ones are clipped.
	AnswerChars int
	// Turns is how many history turns are used, the newest; older ones are
	// dropped. Callers that remember conversations keep no more.
	Turns int
	// HistoryChars bounds all history questions and answers together; the
	// oldest turns beyond it are dropped. A request's whole text is at most
	// Total() characters.
	HistoryChars int
	// HistoryTTL is how long a caller that remembers conversations (the bot)
	// keeps one after its last turn. The engine itself is stateless and does
	// not use it.
	HistoryTTL time.Duration
}

// The default limits. The question limit keeps the costliest question, 200
// characters of random Han, at about 4 ms of CPU offline (BenchmarkAskBudget
// in rag/extract; 500 characters cost 7–10 ms), and is still three times the
// longest question of the dev and probe sets; the history limits are the
// bot's conversation memory.
const (
	DefaultQuestionChars = 200
	DefaultAnswerChars   = 1000
	DefaultTurns         = 6
	DefaultHistoryChars  = 6000
	DefaultHistoryTTL    = 30 * time.Minute
)

// DefaultLimits returns the limits used when none are configured.
func DefaultLimits() Limits {
	return Limits{
		QuestionChars: DefaultQuestionChars,
		AnswerChars:   DefaultAnswerChars,
		Turns:         DefaultTurns,
		HistoryChars:  DefaultHistoryChars,
		HistoryTTL:    DefaultHistoryTTL,
	}
}

// WithDefaults returns l with every zero or negative field set to its
// default.
func (l Limits) WithDefaults() Limits {
	d := DefaultLimits()
	if l.QuestionChars <= 0 {
		l.QuestionChars = d.QuestionChars
	}
	if l.AnswerChars <= 0 {
		l.AnswerChars = d.AnswerChars
	}
	if l.Turns <= 0 {
		l.Turns = d.Turns
	}
	if l.HistoryChars <= 0 {
		l.HistoryChars = d.HistoryChars
	}
	if l.HistoryTTL <= 0 {
		l.HistoryTTL = d.HistoryTTL
	}
	return l
}

// Total is the most characters of outside text one request can carry once
// clipped: the question and the history together.
func (l Limits) Total() int {
	l = l.WithDefaults()
	return l.QuestionChars + l.HistoryChars
}

// Errors of Clip. Answer.Error carries their text, so it stays as it was.
var (
	// ErrEmptyQuestion: the question is empty or only spaces.
	ErrEmptyQuestion = errors.New("empty question")
	// ErrQuestionTooLong: the question has more than QuestionChars
	// characters. The error Clip returns wraps it in a *TooLongError.
	ErrQuestionTooLong = errors.New("question too long")
)

// TooLongError says which limit a question broke.
type TooLongError struct {
	// Limit is the configured QuestionChars.
	Limit int
}

func (e *TooLongError) Error() string {
	return fmt.Sprintf("question too long: the limit is %d characters", e.Limit)
}

// Is makes errors.Is(err, ErrQuestionTooLong) hold.
func (e *TooLongError) Is(target error) bool { return target == ErrQuestionTooLong }

// Clip bounds req by l. An empty question is ErrEmptyQuestion, a question
// over QuestionChars a *TooLongError (errors.Is ErrQuestionTooLong); the
// request is then returned unchanged. Otherwise the history is bounded: the
// newest Turns turns with a question, each question clipped to QuestionChars
// and each answer to AnswerChars, within HistoryChars in all (the oldest
// turns go first; the newest is clipped to fit rather than dropped). The
// question itself is never changed.
//
// Clip does not modify req.History's backing array, and its cost depends on
// the limits, not on the size of the input: it never reads past the limits.
// Clipping a clipped request changes nothing.
func (l Limits) Clip(req Request) (Request, error) {
	l = l.WithDefaults()
	q := strings.TrimSpace(req.Question)
	if q == "" {
		return req, ErrEmptyQuestion
	}
	if !fitsRunes(q, l.QuestionChars) {
		return req, &TooLongError{Limit: l.QuestionChars}
	}
	req.History = l.clipHistory(req.History)
	return req, nil
}

func (l Limits) clipHistory(h []Turn) []Turn {
	if len(h) == 0 {
		return nil
	}
	out := make([]Turn, 0, min(len(h), l.Turns))
	left := l.HistoryChars
	for i := len(h) - 1; i >= 0 && len(out) < l.Turns && left > 0; i-- {
		q := ClipRunes(strings.TrimSpace(clipBytes(h[i].Question, l.QuestionChars)), min(l.QuestionChars, left))
		if q == "" {
			continue // a turn without a question says nothing to follow up on
		}
		left -= utf8.RuneCountInString(q)
		a := ClipRunes(strings.TrimSpace(clipBytes(h[i].Answer, l.AnswerChars)), min(l.AnswerChars, left))
		left -= utf8.RuneCountInString(a)
		out = append(out, Turn{Question: q, Answer: a})
	}
	if len(out) == 0 {
		return nil
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// ErrorAnswer is the contract's answer for a request Clip refused: Error
// says why (ErrEmptyQuestion's or ErrQuestionTooLong's text) and Answer
// tells the user, in the question's language.
func (l Limits) ErrorAnswer(req Request, err error) Answer {
	l = l.WithDefaults()
	q := ClipRunes(strings.TrimSpace(clipBytes(req.Question, l.QuestionChars)), l.QuestionChars)
	a := Answer{Question: req.Question, Mode: ModeExtractive, Citations: []Citation{}, Lang: DetectLang(q)}
	switch {
	case errors.Is(err, ErrEmptyQuestion):
		a.Error = ErrEmptyQuestion.Error()
		a.Answer = texts.For(a.Lang).EmptyQuestion
	case errors.Is(err, ErrQuestionTooLong):
		a.Error = ErrQuestionTooLong.Error()
		a.Answer = texts.For(a.Lang).TooLong
	default:
		a.Error = err.Error()
		a.Answer = texts.For(a.Lang).NotFound
	}
	return a
}

// Validate reports limits that cannot work (a negative value); zero values
// are defaults and fine. The error names the field.
func (l Limits) Validate() error {
	switch {
	case l.QuestionChars < 0:
		return fmt.Errorf("question limit %d: must be positive", l.QuestionChars)
	case l.AnswerChars < 0:
		return fmt.Errorf("answer limit %d: must be positive", l.AnswerChars)
	case l.Turns < 0:
		return fmt.Errorf("history turns %d: must be positive", l.Turns)
	case l.HistoryChars < 0:
		return fmt.Errorf("history characters %d: must be positive", l.HistoryChars)
	case l.HistoryTTL < 0:
		return fmt.Errorf("history time-to-live %s: must be positive", l.HistoryTTL)
	}
	return nil
}

// Bounded wraps an Asker so that every request is clipped by l before it
// reaches next, and refused requests get ErrorAnswer without calling next.
// The command line, the bot and the HTTP API ask through it, so the LLM
// path is bounded exactly like the offline engine.
func Bounded(next Asker, l Limits) Asker { return bounded{next: next, l: l.WithDefaults()} }

type bounded struct {
	next Asker
	l    Limits
}

// Ask implements Asker.
func (b bounded) Ask(ctx context.Context, req Request) (Answer, error) {
	req, err := b.l.Clip(req)
	if err != nil {
		return b.l.ErrorAnswer(req, err), nil
	}
	return b.next.Ask(ctx, req)
}

// ClipRunes shortens s to at most n runes, ending with … when cut (the …
// counts); trailing spaces before the … go. Its cost is O(n), whatever the
// length of s.
func ClipRunes(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if len(s) <= n { // bytes ≥ runes: cheap exit
		return s
	}
	cut, c := 0, 0
	for i := range s {
		if c == n-1 {
			cut = i
		}
		if c == n { // more than n runes: keep n-1 and the ellipsis
			return strings.TrimRightFunc(s[:cut], isClipSpace) + "…"
		}
		c++
	}
	return s
}

// fitsRunes reports whether s has at most n runes, reading at most n+1.
func fitsRunes(s string, n int) bool {
	if len(s) <= n {
		return true
	}
	c := 0
	for range s {
		c++
		if c > n {
			return false
		}
	}
	return true
}

// clipBytes cuts s to at most 4*(n+2) bytes at a rune boundary, so that
// trimming and clipping a huge text costs O(n). At least n+1 runes
// survive, so ClipRunes still marks the cut.
func clipBytes(s string, n int) string {
	m := 4 * (n + 2)
	if len(s) <= m {
		return s
	}
	for m > 0 && !utf8.RuneStart(s[m]) {
		m--
	}
	return s[:m]
}

func isClipSpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\u3000'
}
