package progress

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func TestLogLinesWhenNotATerminal(t *testing.T) {
	var logs bytes.Buffer
	report := New(&bytes.Buffer{}, slog.New(slog.NewTextHandler(&logs, nil)), Options{Delay: -1})
	for done := 0; done <= 1000; done += 50 {
		report("embedding chunks", done, 1000)
	}
	report("full-text index", 5, 10)
	report("full-text index", 10, 10)
	out := logs.String()
	lines := strings.Count(out, "\n")
	// 0 %, 10 % … 90 % (10 lines), "done", then one line at 50 % and "done"
	if lines != 13 || !strings.Contains(out, `msg="embedding chunks done"`) || !strings.Contains(out, `msg="full-text index done"`) {
		t.Errorf("%d log lines:\n%s", lines, out)
	}
}

func TestQuickStageShowsNothing(t *testing.T) {
	var logs, w bytes.Buffer
	report := New(&w, slog.New(slog.NewTextHandler(&logs, nil)), Options{Delay: time.Hour})
	for done := 0; done <= 100; done++ {
		report("reading articles", done, 100)
	}
	if logs.Len() != 0 || w.Len() != 0 {
		t.Errorf("a stage quicker than the delay printed %q, logged %q", w.String(), logs.String())
	}
}

func TestBarOnTerminal(t *testing.T) {
	var logs, w bytes.Buffer
	yes := true
	report := New(&w, slog.New(slog.NewTextHandler(&logs, nil)), Options{Delay: -1, Terminal: &yes})
	for done := 0; done <= 200; done += 20 {
		report("embedding chunks", done, 200)
		time.Sleep(time.Millisecond)
	}
	if !strings.Contains(w.String(), "embedding chunks") {
		t.Errorf("no bar drawn: %q", w.String())
	}
	if n := strings.Count(logs.String(), "\n"); n != 1 || !strings.Contains(logs.String(), "embedding chunks done") {
		t.Errorf("want one log line at the end, got:\n%s", logs.String())
	}
}

func TestNilWriterAndLogger(t *testing.T) {
	New(nil, nil, Options{})("x", 1, 2) // no panic
}
