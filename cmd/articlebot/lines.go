package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"github.com/chzyer/readline"
)

// lineReader reads the chat's input lines; io.EOF ends the chat.
type lineReader interface {
	ReadLine() (string, error)
	Close() error
}

// chatPrompt is the chat's input prompt.
const chatPrompt = "> "

// newLineReader reads lines from stdin: with line editing and in-memory
// history (arrows, Ctrl-A/E, Ctrl-R; github.com/chzyer/readline) on a
// terminal, plain lines otherwise (pipes, tests).
func newLineReader(stdin io.Reader, stdout io.Writer) (lineReader, error) {
	if !isTerminal(stdin) {
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		return &scanLines{sc: sc, out: stdout}, nil
	}
	return newReadline(&readline.Config{Stdin: io.NopCloser(stdin), Stdout: stdout})
}

// newReadline completes cfg for the chat and opens the editor.
func newReadline(cfg *readline.Config) (lineReader, error) {
	cfg.Prompt = chatPrompt
	cfg.HistoryLimit = 500 // kept in memory only: questions are not written to disk
	cfg.DisableAutoSaveHistory = false
	rl, err := readline.NewEx(cfg)
	if err != nil {
		return nil, fmt.Errorf("terminal line editing: %w", err)
	}
	return &editLines{rl: rl}, nil
}

// editLines is the terminal line editor. Ctrl-C clears a line being typed
// and ends the chat on an empty one; Ctrl-D ends it.
type editLines struct{ rl *readline.Instance }

func (e *editLines) ReadLine() (string, error) {
	for {
		line, err := e.rl.Readline()
		if errors.Is(err, readline.ErrInterrupt) {
			if line == "" {
				return "", io.EOF
			}
			continue
		}
		return line, err
	}
}

func (e *editLines) Close() error { return e.rl.Close() }

// scanLines reads plain lines, printing the prompt before each.
type scanLines struct {
	sc  *bufio.Scanner
	out io.Writer
}

func (s *scanLines) ReadLine() (string, error) {
	fmt.Fprint(s.out, chatPrompt)
	if !s.sc.Scan() {
		if err := s.sc.Err(); err != nil {
			return "", err
		}
		return "", io.EOF
	}
	return s.sc.Text(), nil
}

func (s *scanLines) Close() error { return nil }
