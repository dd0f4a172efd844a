package rag

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClipRunes(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"", 3, ""},
		{"港口", 3, "港口"},
		{"港口港", 3, "港口港"},
		{"港口港口", 3, "港口…"},
		{"ab cdef", 4, "ab…"},
		{"abc", 0, ""},
		{"港口港口", 1, "…"},
		{"a\xffb\xffc", 3, "a\xff…"},
	} {
		got := ClipRunes(c.s, c.n)
		if got != c.want {
			t.Errorf("ClipRunes(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
		if c.n > 0 && utf8.RuneCountInString(got) > c.n {
			t.Errorf("ClipRunes(%q, %d) has %d runes", c.s, c.n, utf8.RuneCountInString(got))
		}
	}
}

func TestClip(t *testing.T) {
	l := Limits{QuestionChars: 5, AnswerChars: 4, Turns: 2, HistoryChars: 12}
	for _, q := range []string{"", " ", "\u3000\n"} {
		if _, err := l.Clip(Request{Question: q}); !errors.Is(err, ErrEmptyQuestion) {
			t.Errorf("%q: err = %v, want ErrEmptyQuestion", q, err)
		}
	}
	if _, err := l.Clip(Request{Question: " 五个字问题 "}); err != nil {
		t.Errorf("five characters with spaces around: %v", err)
	}
	if _, err := l.Clip(Request{Question: "六个字的问题"}); !errors.Is(err, ErrQuestionTooLong) {
		t.Errorf("six characters: err = %v", err)
	}
	hist := []Turn{
		{Question: "最早的问题", Answer: "答"},
		{Question: "", Answer: "没有问题的一轮"},
		{Question: "第二个问题很长很长", Answer: "第二个回答很长"},
		{Question: " 新问题 ", Answer: "新回答"},
	}
	orig := append([]Turn(nil), hist...)
	got, err := l.Clip(Request{Question: "那呢", History: hist})
	if err != nil {
		t.Fatal(err)
	}
	want := []Turn{{Question: "第二个问…", Answer: "…"}, {Question: "新问题", Answer: "新回答"}}
	if len(got.History) != len(want) {
		t.Fatalf("history = %q, want %q", got.History, want)
	}
	for i := range want {
		if got.History[i] != want[i] {
			t.Errorf("turn %d = %q, want %q", i, got.History[i], want[i])
		}
	}
	for i := range hist {
		if hist[i] != orig[i] {
			t.Errorf("Clip changed the caller's turn %d", i)
		}
	}
	// the total bound drops old turns and clips the newest to fit
	tight := Limits{QuestionChars: 5, AnswerChars: 5, Turns: 6, HistoryChars: 7}
	got, _ = tight.Clip(Request{Question: "那呢", History: []Turn{{Question: "旧", Answer: "旧"}, {Question: "问题问题", Answer: "回答回答回答"}}})
	if len(got.History) != 1 || got.History[0] != (Turn{Question: "问题问题", Answer: "回答…"}) {
		t.Errorf("tight history = %q", got.History)
	}
}

func TestLimitsDefaultsAndValidate(t *testing.T) {
	if (Limits{}).WithDefaults() != DefaultLimits() {
		t.Error("zero limits are not the defaults")
	}
	if err := (Limits{}).Validate(); err != nil {
		t.Errorf("zero limits: %v", err)
	}
	if err := (Limits{Turns: -1}).Validate(); err == nil {
		t.Error("negative turns accepted")
	}
	if DefaultLimits().Total() != DefaultQuestionChars+DefaultHistoryChars {
		t.Error("Total")
	}
}

func TestErrorAnswer(t *testing.T) {
	l := Limits{QuestionChars: 20}
	a := l.ErrorAnswer(Request{Question: strings.Repeat("港口", 100)}, &TooLongError{Limit: 20})
	if a.Error != "question too long" || a.Answer == "" || a.Lang != "zh" || a.Citations == nil {
		t.Errorf("too long: %+v", a)
	}
	a = l.ErrorAnswer(Request{Question: strings.Repeat("port ", 100)}, &TooLongError{Limit: 20})
	if a.Lang != "en" || a.Answer == "" {
		t.Errorf("too long, English: %+v", a)
	}
	a = l.ErrorAnswer(Request{Question: " "}, ErrEmptyQuestion)
	if a.Error != "empty question" || a.Answer == "" {
		t.Errorf("empty: %+v", a)
	}
}

type recordAsker struct{ got []Request }

func (r *recordAsker) Ask(ctx context.Context, req Request) (Answer, error) {
	r.got = append(r.got, req)
	return Answer{Answer: "ok"}, nil
}

func TestBounded(t *testing.T) {
	rec := &recordAsker{}
	a := Bounded(rec, Limits{QuestionChars: 10, AnswerChars: 3})
	ans, err := a.Ask(context.Background(), Request{Question: strings.Repeat("长", 11)})
	if err != nil || ans.Error != "question too long" || len(rec.got) != 0 {
		t.Errorf("over-long question reached the asker or gave %+v, %v", ans, err)
	}
	_, _ = a.Ask(context.Background(), Request{Question: "问题", History: []Turn{{Question: "问", Answer: "很长的回答"}}})
	if len(rec.got) != 1 || rec.got[0].History[0].Answer != "很长…" {
		t.Errorf("history not clipped: %+v", rec.got)
	}
}
