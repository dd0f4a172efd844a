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
	"strings"
	"sync"
	"syscall"
	"unicode"
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
		return runDefault(ctx, args, getenv, stdin, stdout, stderr)
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
		if strings.HasPrefix(cmd, "-") {
			// flags without a command: the default command
			return runDefault(ctx, append([]string{cmd}, args...), getenv, stdin, stdout, stderr)
		}
		return &exitError{2, fmt.Errorf("unknown command %q: run \"articlebot help\" for the commands", cmd)}
	}
}

// runDefault is `articlebot` without a command: the Telegram bot when a
// token is set (TELEGRAM_BOT_TOKEN or --telegram-token), the terminal chat
// otherwise.
func runDefault(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	token := getenv("TELEGRAM_BOT_TOKEN") != ""
	for _, a := range args {
		if f := strings.TrimLeft(a, "-"); a != f && (f == "telegram-token" || strings.HasPrefix(f, "telegram-token=")) {
			token = true
		}
	}
	if token {
		return cmdServe(ctx, args, getenv, stdout, stderr)
	}
	return cmdChat(ctx, args, getenv, stdin, stdout, stderr)
}

// newFlags returns a flag set that reports errors instead of exiting.
// synopsis follows "articlebot " in the usage line.
func newFlags(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors come back to parse, which prints one line
	// Usage is printed by parse on --help only: a bad flag gets one line.
	fs.Usage = func() {}
	synopses.Store(fs, synopsis)
	return fs
}

// synopses holds each flag set's usage line, for --help.
var synopses sync.Map // *flag.FlagSet → string

// printUsage writes a command's usage and its flags (only the settings the
// command uses).
func printUsage(fs *flag.FlagSet, w io.Writer) {
	syn, _ := synopses.Load(fs)
	fmt.Fprintf(w, "Usage: articlebot %s\n\nFlags (settings are also environment variables; flags win):\n", syn)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// parseInterleaved parses flags that stand before, between or after the
// positional arguments ("eval FILE --show"). An empty argument is a
// positional one (an empty question), and after "--" every argument is.
func parseInterleaved(fs *flag.FlagSet, args []string) error {
	var pos []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			return err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		pos = append(pos, rest[0]) // a positional argument, "" and "-" too
		args = rest[1:]
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

// parse loads the configuration of command u and validates it; a bad flag
// or value is exit code 2 with one line naming it, --help prints the
// command's usage.
func parse(fs *flag.FlagSet, u use, args []string, getenv func(string) string, stderr io.Writer) (*config, error) {
	c, err := load(fs, u, args, getenv, stderr)
	if err != nil {
		return nil, err
	}
	if err := c.validate(); err != nil {
		return nil, &exitError{2, err}
	}
	return c, nil
}

// load is parse without the validation.
func load(fs *flag.FlagSet, u use, args []string, getenv func(string) string, stderr io.Writer) (*config, error) {
	c, err := loadConfig(fs, u, args, getenv)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(fs, stderr)
			return nil, err
		}
		return nil, &exitError{2, &usageError{err: err, cmd: fs.Name()}}
	}
	return c, nil
}

// usageError is a bad command line. Its message is one line whatever the
// arguments held: control characters in them (a newline) are escaped.
type usageError struct {
	err error
	cmd string
}

func (e *usageError) Error() string {
	msg := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '?'
		}
		return r
	}, e.err.Error())
	return fmt.Sprintf("%s (run \"articlebot %s --help\" for the flags)", msg, e.cmd)
}

func (e *usageError) Unwrap() error { return e.err }
