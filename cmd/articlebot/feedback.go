package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"articlebot/bot"
)

// cmdFeedback prints what the Telegram votes say: counts, and the
// down-voted questions with the answers they got.
func cmdFeedback(_ context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlags("feedback", "feedback [flags]   (what the Telegram votes say)")
	c, err := parse(fs, useFeedback, args, getenv, stderr)
	if err != nil {
		return err
	}
	votes, bad, err := bot.ReadVotes(c.FeedbackDir)
	if errors.Is(err, os.ErrNotExist) {
		fmt.Fprintf(stdout, "no votes yet in %s\n", c.FeedbackDir)
		return nil
	}
	if err != nil {
		return &exitError{1, fmt.Errorf("read votes: %w", err)}
	}
	bot.WriteFeedbackReport(stdout, votes, bad)
	return nil
}
