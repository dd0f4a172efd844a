package bot

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/go-telegram/bot/models"

	"articlebot/internal/metrics"
	"articlebot/prompts/texts"
	"articlebot/rag"
)

// Callback data of the answer buttons: "v:+:<id>", "v:-:<id>", "r:<id>",
// with <id> newAnswerID's 11 characters: at most 15 bytes of Telegram's 64.
const (
	cbVoteUp    = "v:+:"
	cbVoteDown  = "v:-:"
	cbRegen     = "r:"
	answerIDLen = 11
)

// newAnswerID is a short random id naming one answer in callback data.
func newAnswerID() string {
	var r [8]byte
	_, _ = rand.Read(r[:])
	return base64.RawURLEncoding.EncodeToString(r[:])
}

func validAnswerID(id string) bool {
	if len(id) != answerIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// feedbackMarkup remembers the answer and returns its buttons: 👍 and 👎,
// and in a private chat with an LLM "🔁" to regenerate. No buttons when the
// store fails (the answer is sent anyway) or for an error answer.
func (b *Bot) feedbackMarkup(ctx context.Context, c *conv, q string, a rag.Answer, lang string) models.ReplyMarkup {
	if a.Error != "" {
		return nil
	}
	id := newAnswerID()
	s := Shown{Question: q, Answer: a.Answer, Citations: a.Citations, Mode: a.Mode, Found: a.Found, Lang: lang, ChatID: c.chatID}
	sctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	err := b.fb.SaveAnswer(sctx, id, s)
	cancel()
	if err != nil {
		b.log.Warn("feedback store: answer not saved; sent without buttons", "err", err)
		return nil
	}
	t := texts.For(lang)
	row := []callbackButton{{Text: "👍", CallbackData: cbVoteUp + id}, {Text: "👎", CallbackData: cbVoteDown + id}}
	if b.cfg.LLM && c.chatType == "private" {
		row = append(row, callbackButton{Text: "🔁 " + t.Regenerate, CallbackData: cbRegen + id})
	}
	return &inlineKeyboard{InlineKeyboard: [][]callbackButton{row}}
}

// onAnswerButton handles 👍, 👎 and 🔁 (the callback is already answered).
func (b *Bot) onAnswerButton(ctx context.Context, c *conv, data string) {
	var vote int
	var id string
	switch {
	case strings.HasPrefix(data, cbVoteUp):
		vote, id = 1, data[len(cbVoteUp):]
	case strings.HasPrefix(data, cbVoteDown):
		vote, id = -1, data[len(cbVoteDown):]
	case strings.HasPrefix(data, cbRegen):
		id = data[len(cbRegen):]
	}
	if !validAnswerID(id) {
		return
	}
	s, err := b.fb.Answer(ctx, id)
	if err != nil {
		if !errors.Is(err, ErrUnknownAnswer) {
			b.log.Warn("feedback store", "err", err)
		}
		return
	}
	if vote == 0 { // regenerate: the same question again, through the LLM
		if !b.cfg.LLM || c.chatType != "private" {
			return
		}
		head := "🔁 " + s.Question
		b.question(ctx, c, s.Question, []unit{{HTML: "<b>" + escapeHTML(head) + "</b>\n\n", Plain: head + "\n\n"}})
		return
	}
	prev, err := b.fb.Vote(ctx, id, c.userID, vote)
	if err != nil {
		b.log.Warn("feedback store: vote not recorded", "err", err)
		return
	}
	if prev == vote {
		return // the same vote again
	}
	name := "up"
	if vote < 0 {
		name = "down"
	}
	metrics.Votes.WithLabelValues(name, s.Mode).Inc()
	b.log.Info("vote", "vote", name, "mode", s.Mode, "found", s.Found, "changed", prev != 0)
	if b.votes != nil {
		rec := VoteRecord{Time: time.Now().UTC(), AnswerID: id, Vote: vote, Replaces: prev, ChatType: c.chatType,
			Question: s.Question, Answer: s.Answer, Citations: s.Citations, Mode: s.Mode, Found: s.Found}
		if err := b.votes.Append(rec); err != nil {
			b.log.Warn("votes file", "err", err)
		}
	}
}

// VoteRecord is one line of the votes file.
type VoteRecord struct {
	Time      time.Time      `json:"time"`
	AnswerID  string         `json:"answer_id"`
	Vote      int            `json:"vote"`               // +1 or -1
	Replaces  int            `json:"replaces,omitempty"` // the user's earlier vote on this answer
	ChatType  string         `json:"chat_type"`
	Question  string         `json:"question"`
	Answer    string         `json:"answer"`
	Citations []rag.Citation `json:"citations,omitempty"`
	Mode      string         `json:"mode"`
	Found     bool           `json:"found"`
}

// VotesFileName is the votes file inside the feedback directory; the
// previous one is VotesFileName + ".1".
const VotesFileName = "votes.jsonl"

// votesFile appends vote records as JSON lines. When the file passes max
// bytes it becomes votes.jsonl.1 (replacing the older one) and a new file
// starts, so the votes on disk stay under twice max.
type votesFile struct {
	path string
	max  int64

	mu   sync.Mutex
	f    *os.File
	size int64
}

func openVotesFile(dir string, max int64) (*votesFile, error) {
	if max <= 0 {
		max = 10 << 20
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("feedback directory: %w", err)
	}
	v := &votesFile{path: filepath.Join(dir, VotesFileName), max: max}
	if err := v.open(); err != nil {
		return nil, err
	}
	return v, nil
}

func (v *votesFile) open() error {
	f, err := os.OpenFile(v.path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("votes file: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return fmt.Errorf("votes file: %w", err)
	}
	v.f, v.size = f, st.Size()
	return nil
}

// Append writes one record (one write call: lines never interleave).
func (v *votesFile) Append(r VoteRecord) error {
	line, err := json.Marshal(r)
	if err != nil {
		return err
	}
	line = append(line, '\n')
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.f == nil {
		return errors.New("votes file closed")
	}
	if v.size > 0 && v.size+int64(len(line)) > v.max {
		v.f.Close()
		v.f = nil
		if err := os.Rename(v.path, v.path+".1"); err != nil {
			return fmt.Errorf("votes file: rotate: %w", err)
		}
		if err := v.open(); err != nil {
			return err
		}
	}
	n, err := v.f.Write(line)
	v.size += int64(n)
	return err
}

func (v *votesFile) Close() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.f == nil {
		return nil
	}
	err := v.f.Close()
	v.f = nil
	return err
}

// ReadVotes reads the votes files in dir, older first. Undecodable lines
// (a line cut by a crash) are skipped and counted.
func ReadVotes(dir string) (votes []VoteRecord, bad int, err error) {
	found := false
	for _, name := range []string{VotesFileName + ".1", VotesFileName} {
		f, err := os.Open(filepath.Join(dir, name))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, 0, err
		}
		found = true
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
		for sc.Scan() {
			var r VoteRecord
			if json.Unmarshal(sc.Bytes(), &r) != nil {
				bad++
				continue
			}
			votes = append(votes, r)
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, 0, fmt.Errorf("%s: %w", name, err)
		}
	}
	if !found {
		return nil, 0, fmt.Errorf("no votes in %s: %w", dir, os.ErrNotExist)
	}
	return votes, bad, nil
}

// WriteFeedbackReport prints what an operator needs to improve the bot: the
// vote counts (overall, by mode, by found) and the down-voted questions,
// most down-voted first, each with the answer it got. A changed vote counts
// once, as its latest value.
func WriteFeedbackReport(w io.Writer, votes []VoteRecord, bad int) {
	// The file holds each vote and each change; count the latest per answer
	// and value (a changed vote removes the one it replaces).
	up, down := 0, 0
	byMode := map[string][2]int{}
	type qstat struct {
		q, answer, mode string
		found           bool
		down, up        int
		last            time.Time
	}
	qs := map[string]*qstat{}
	for _, r := range votes {
		st := qs[r.Question]
		if st == nil {
			st = &qstat{q: r.Question}
			qs[r.Question] = st
		}
		st.answer, st.mode, st.found, st.last = r.Answer, r.Mode, r.Found, r.Time
		m := byMode[r.Mode]
		apply := func(v, d int) {
			switch v {
			case 1:
				up += d
				st.up += d
				m[0] += d
			case -1:
				down += d
				st.down += d
				m[1] += d
			}
		}
		apply(r.Replaces, -1)
		apply(r.Vote, 1)
		byMode[r.Mode] = m
	}
	fmt.Fprintf(w, "votes: %d (👍 %d, 👎 %d)", up+down, up, down)
	if bad > 0 {
		fmt.Fprintf(w, ", %d unreadable lines skipped", bad)
	}
	fmt.Fprintln(w)
	modes := make([]string, 0, len(byMode))
	for m := range byMode {
		modes = append(modes, m)
	}
	sort.Strings(modes)
	for _, m := range modes {
		fmt.Fprintf(w, "  %-10s 👍 %d  👎 %d\n", m, byMode[m][0], byMode[m][1])
	}
	var worst []*qstat
	for _, st := range qs {
		if st.down > 0 {
			worst = append(worst, st)
		}
	}
	sort.Slice(worst, func(i, j int) bool {
		if worst[i].down != worst[j].down {
			return worst[i].down > worst[j].down
		}
		return worst[i].last.After(worst[j].last)
	})
	if len(worst) == 0 {
		fmt.Fprintln(w, "\nno down-voted questions")
		return
	}
	fmt.Fprintf(w, "\ndown-voted questions (%d):\n", len(worst))
	for _, st := range worst {
		found := "answered"
		if !st.found {
			found = "refused"
		}
		fmt.Fprintf(w, "\n👎 %d  👍 %d  %s, %s\n  Q: %s\n  A: %s\n", st.down, st.up, st.mode, found,
			oneLine(st.q), clipRunes(oneLine(st.answer), 300))
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
