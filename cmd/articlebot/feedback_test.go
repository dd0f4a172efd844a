package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFeedbackCommand(t *testing.T) {
	dir := t.TempDir()
	env := func(k string) string {
		if k == "ARTICLEBOT_FEEDBACK_DIR" {
			return dir
		}
		return ""
	}
	out, _, err := runCmd(t, env, "", "feedback")
	if err != nil || !strings.Contains(out, "no votes yet") {
		t.Fatalf("empty: %q, %v", out, err)
	}
	lines := `{"answer_id":"a","vote":1,"question":"港口有多少个？","answer":"548个","mode":"extractive","found":true}
{"answer_id":"b","vote":-1,"question":"谁说的？","answer":"文章中没有提到这一点。","mode":"extractive","found":false}
{"answer_id":"b","vote":-1,"question":"谁说的？","answer":"文章中没有提到这一点。","mode":"extractive","found":false}
not json
`
	if err := os.WriteFile(filepath.Join(dir, "votes.jsonl"), []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err = runCmd(t, env, "", "feedback")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"votes: 3 (👍 1, 👎 2), 1 unreadable lines skipped", "👎 2  👍 0  extractive, refused", "Q: 谁说的？"} {
		if !strings.Contains(out, want) {
			t.Errorf("feedback output lacks %q:\n%s", want, out)
		}
	}
}
