package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"articlebot/prompts/texts"
	"articlebot/rag"
	"golang.org/x/term"
)

func cmdAsk(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("ask", "ask [flags] [QUESTION | -]")
	asJSON := fs.Bool("json", false, "print one JSON object per answer (JSON Lines)")
	c, err := parse(fs, useAsk, args, getenv, stderr)
	if err != nil {
		return err
	}
	// An argument given, even an empty one, is the question: "" gets the
	// contract's error object like an over-long question.
	question := strings.Join(fs.Args(), " ")
	batch := question == "-" || (fs.NArg() == 0 && !isTerminal(stdin))
	if fs.NArg() == 0 && !batch {
		return &exitError{2, errors.New(`no question: run articlebot ask "QUESTION", or pipe questions one per line`)}
	}
	app, err := openApp(ctx, c, stderr, false, false)
	if err != nil {
		return err
	}
	defer app.Close()
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	lang := termLang(getenv)
	answer := func(q string) error {
		a, err := app.asker.Ask(ctx, rag.Request{Question: q})
		if err != nil {
			a = rag.Answer{Question: q, Error: err.Error(), Citations: []rag.Citation{}}
		}
		observe(a, "cli")
		if *asJSON {
			b, err := json.Marshal(a)
			if err != nil {
				return err
			}
			out.Write(append(b, '\n'))
		} else {
			writeText(out, a, lang)
		}
		return nil
	}
	if !batch {
		return answer(question)
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if err := answer(line); err != nil {
			return err
		}
		if !*asJSON {
			out.Flush()
		}
	}
	if err := sc.Err(); err != nil {
		// A line over 1 MiB: report it as that question's error and stop.
		b, _ := json.Marshal(rag.Answer{Error: "input line too long: " + err.Error(), Citations: []rag.Citation{}})
		out.Write(append(b, '\n'))
	}
	return nil
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// termLang is the language of the terminal's own texts (the chat, the
// warnings under an answer), from the locale as POSIX orders it (LC_ALL,
// LC_MESSAGES, LANG): Chinese for a zh locale, else English. The titles of
// an answer's lists follow the answer's language.
func termLang(getenv func(string) string) string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return "zh"
			}
			return "en"
		}
	}
	return "en"
}

// writeText prints an answer for a person: the answer, then numbered
// sources; lang is the terminal's language (termLang).
func writeText(w io.Writer, a rag.Answer, lang string) {
	t := texts.For(lang)
	if a.Error != "" && a.Answer == "" {
		fmt.Fprintf(w, t.ChatError+"\n\n", a.Error)
		return
	}
	fmt.Fprintln(w, a.Answer)
	if a.Ungrounded {
		fmt.Fprintln(w, t.TextUngrounded)
	} else if len(a.Unsupported) > 0 {
		fmt.Fprintf(w, t.TextUnsupported+"\n", strings.Join(a.Unsupported, " / "))
	}
	if a.Note != "" {
		fmt.Fprintf(w, "(%s)\n", a.Note)
	}
	list, title := a.Citations, texts.For(a.Lang).TextSources
	if !a.Found && len(a.Related) > 0 {
		list, title = a.Related, texts.For(a.Lang).TextRelated
	}
	if len(list) > 0 {
		fmt.Fprintf(w, "\n%s:\n", title)
		for _, c := range list {
			fmt.Fprintf(w, "[%d] %s\n    %s\n", c.N, where(c), shorten(c.Quote, 200))
		}
	}
	fmt.Fprintln(w)
}

// where says where a citation stands: article, section, paragraph.
func where(c rag.Citation) string {
	parts := []string{}
	if c.Doc != "" {
		parts = append(parts, c.Doc)
	}
	if c.Section != "" {
		parts = append(parts, c.Section)
	}
	parts = append(parts, fmt.Sprintf("¶%d", c.Paragraph))
	return strings.Join(parts, " · ")
}

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
