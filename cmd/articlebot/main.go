// Command articlebot answers questions about an article, with citations:
// in a terminal, as a Telegram bot, and over HTTP. See README.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Set by the build: -ldflags "-X main.version=... -X main.commit=...".
var (
	version = "dev"
	commit  = ""
)

// exitError carries a process exit code.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		code := 1
		var ee *exitError
		if errors.As(err, &ee) {
			code = ee.code
		}
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "articlebot:", err)
		} else {
			code = 0
		}
		os.Exit(code)
	}
}

const usage = `articlebot answers questions about an article, with citations.

Usage:
  articlebot                 chat with the article in the terminal (or run the
                             Telegram bot when TELEGRAM_BOT_TOKEN is set)
  articlebot ask [QUESTION]  answer one question, or one per line from stdin
  articlebot index           build or refresh the index and print statistics
  articlebot eval FILE       score a question file (dev-set format)
  articlebot serve           run the Telegram bot and the HTTP API
  articlebot feedback        summarise the Telegram votes: counts, down-voted questions
  articlebot config          print the effective configuration (secrets masked)
  articlebot healthcheck     exit 0 when the local server answers /healthz
  articlebot version         print the version

Run "articlebot COMMAND --help" for a command's flags.
`

// run is the whole program, reachable from tests.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd := ""
	if len(args) > 0 {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "":
		if getenv("TELEGRAM_BOT_TOKEN") != "" {
			return cmdServe(ctx, args, getenv, stdout, stderr)
		}
		return cmdChat(ctx, args, getenv, stdin, stdout, stderr)
	case "chat":
		return cmdChat(ctx, args, getenv, stdin, stdout, stderr)
	case "ask":
		return cmdAsk(ctx, args, getenv, stdin, stdout, stderr)
	case "index":
		return cmdIndex(ctx, args, getenv, stdout, stderr)
	case "eval":
		return cmdEval(ctx, args, getenv, stdout, stderr)
	case "serve":
		return cmdServe(ctx, args, getenv, stdout, stderr)
	case "feedback":
		return cmdFeedback(ctx, args, getenv, stdout, stderr)
	case "config":
		return cmdConfig(args, getenv, stdout, stderr)
	case "healthcheck":
		return cmdHealthcheck(ctx, args, getenv, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "articlebot %s %s\n", version, commit)
		return nil
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		if len(cmd) > 0 && cmd[0] == '-' {
			// flags without a command: the default command
			return run(ctx, append([]string{"chat", cmd}, args...), getenv, stdin, stdout, stderr)
		}
		return &exitError{2, fmt.Errorf("unknown command %q: run \"articlebot help\" for the commands", cmd)}
	}
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors come back to parse, which prints one line
	// Usage is printed by parse on --help only: a bad flag gets one line.
	fs.Usage = func() {}
	usages[fs] = func() {
		fmt.Fprintf(stderr, "Usage: articlebot %s\n\nFlags (each also an environment variable; flags win):\n", synopsis)
		fs.SetOutput(stderr)
		fs.PrintDefaults()
	}
	return fs
}

var usages = map[*flag.FlagSet]func(){}

// parseInterleaved parses flags that stand before, between or after the
// positional arguments ("eval FILE --show").
func parseInterleaved(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "-" || args[0] == "--" || args[0][0] != '-' {
			pos = append(pos, args[0])
			args = args[1:]
			if len(args) == 0 {
				break
			}
			continue
		}
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

// parse loads the configuration of a command; a bad flag is exit code 2.
func parse(fs *flag.FlagSet, args []string, getenv func(string) string) (*config, error) {
	c, err := loadConfig(fs, args, getenv)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			if u := usages[fs]; u != nil {
				u()
			}
			return nil, err
		}
		return nil, &exitError{2, fmt.Errorf("%v (run articlebot %s --help for the flags)", err, fs.Name())}
	}
	if err := c.validate(); err != nil {
		return nil, &exitError{2, err}
	}
	return c, nil
}
