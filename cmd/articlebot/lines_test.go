package main

import (
	"io"
	"strings"
	"testing"

	"github.com/chzyer/readline"

	"articlebot/internal/testkit"
)

// The chat's line editor edits and recalls lines: keys go through the real
// readline library with a pipe standing in for the terminal.
func TestLineEditing(t *testing.T) {
	pr, pw := io.Pipe()
	var out testkit.SyncBuffer // readline's goroutines write while the test reads
	r, err := newReadline(&readline.Config{
		Stdin: pr, Stdout: &out,
		FuncIsTerminal: func() bool { return true },
		FuncMakeRaw:    func() error { return nil },
		FuncExitRaw:    func() error { return nil },
		FuncGetWidth:   func() int { return 80 },
	})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	go func() {
		// "abc", Left Left, "X", Enter; then Up (the previous line), End, "?", Enter
		io.WriteString(pw, "abc\x1b[D\x1b[DX\r")
		io.WriteString(pw, "\x1b[A\x05?\r")
	}()
	for _, want := range []string{"aXbc", "aXbc?"} {
		got, err := r.ReadLine()
		if err != nil || got != want {
			t.Fatalf("ReadLine = %q, %v; want %q", got, err, want)
		}
	}
	pw.Close()
}

// Piped input is read line by line, without escape handling.
func TestPlainLines(t *testing.T) {
	var out strings.Builder
	r, _ := newLineReader(strings.NewReader("one\n\x1b[A\n"), &out)
	for _, want := range []string{"one", "\x1b[A"} {
		if got, err := r.ReadLine(); err != nil || got != want {
			t.Fatalf("ReadLine = %q, %v; want %q", got, err, want)
		}
	}
	if _, err := r.ReadLine(); err != io.EOF {
		t.Fatalf("end: %v", err)
	}
	if strings.Count(out.String(), chatPrompt) != 3 {
		t.Errorf("prompts: %q", out.String())
	}
}
