package main

import (
	"context"
	"errors"
	"io"
)

func cmdChat(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errors.New("chat: not yet")
}
func cmdIndex(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	return errors.New("index: not yet")
}
func cmdEval(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	return errors.New("eval: not yet")
}
func cmdServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	return errors.New("serve: not yet")
}
func cmdConfig(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	return errors.New("config: not yet")
}
func cmdHealthcheck(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	return errors.New("healthcheck: not yet")
}
