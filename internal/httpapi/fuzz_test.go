package httpapi

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"articlebot/rag"
)

// FuzzAsk feeds arbitrary bodies to POST /v1/ask: the handler never panics,
// answers only 200, 400 or 413, always with JSON, and passes the Asker a
// question that is trimmed, non-empty and within the limit.
//
//	go test -run '^$' -fuzz FuzzAsk ./internal/httpapi
func FuzzAsk(f *testing.F) {
	for _, s := range []string{
		`{"question":"西部陆海新通道通达多少个港口？"}`,
		`{"question":"a","history":[{"question":"q","answer":"a"}]}`,
		`{"question":`, `{}`, `[]`, `null`, `"x"`, `{"question":5}`, "{\"question\":\"\\u0000\"}",
		`{"question":"a"} {"question":"b"}`, `{"question":" \t"}`, "\xff\xfe",
	} {
		f.Add(s)
	}
	const maxQ = 50
	h := NewHandler(Options{Asker: okAsker, MaxBody: 4 << 10, Limits: rag.Limits{QuestionChars: maxQ}})
	f.Fuzz(func(t *testing.T, body string) {
		rec := do(h, "POST", "/v1/ask", body)
		switch rec.Code {
		case 200, 400, 413:
		default:
			t.Fatalf("status %d for %q: %s", rec.Code, body, rec.Body)
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("response is not JSON: %q", rec.Body)
		}
		if rec.Code == 200 {
			var a struct{ Question string }
			_ = json.Unmarshal(rec.Body.Bytes(), &a)
			if a.Question == "" || a.Question != strings.TrimSpace(a.Question) || utf8.RuneCountInString(a.Question) > maxQ {
				t.Fatalf("question passed on: %q", a.Question)
			}
		}
	})
}
