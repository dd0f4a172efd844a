package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"articlebot/internal/eval"
	"articlebot/prompts/texts"
	"articlebot/rag"
	"articlebot/rag/extract"
)

func cmdIndex(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlags("index", "index [flags]")
	c, err := parse(fs, useIndex, args, getenv, stderr)
	if err != nil {
		return err
	}
	t0 := time.Now()
	// The index's job is the saved index: failing to write it is an error
	// (exit 1, naming the directory), not the in-memory fallback of serve.
	app, err := openEngine(ctx, c, stderr, true, false, func(o *rag.Options) { o.MustPersist = true })
	if errors.Is(err, rag.ErrStopped) {
		return fmt.Errorf("index: stopped before it was complete; nothing was saved, the next run builds it again")
	}
	if err != nil {
		return err
	}
	defer app.Close()
	took := time.Since(t0)
	ix := app.engine.Index()
	state := "built"
	if ix.Loaded {
		state = "loaded (inputs unchanged)"
	}
	fmt.Fprintf(stdout, "index %s %s in %v\n", ix.Key, state, took.Round(time.Millisecond))
	fmt.Fprintf(stdout, "  location: %s\n", orMemory(ix.Dir))
	for _, d := range ix.Docs {
		s := d.Stats
		fmt.Fprintf(stdout, "article %q (%s)\n", d.Info.Name, d.Info.Title)
		if d.Info.Encoding != "" {
			fmt.Fprintf(stdout, "  encoding %s, decoded to UTF-8 (offsets are in the decoded text)\n", d.Info.Encoding)
		}
		if d.Info.Unwrapped > 0 {
			fmt.Fprintf(stdout, "  hard-wrapped: %d broken lines joined (offsets are in the joined text)\n", d.Info.Unwrapped)
		}
		fmt.Fprintf(stdout, "  blocks %d, passages %d, duplicates dropped %d, captions %d, bylines %d, headings %d, cut mid-sentence %d, empty dropped %d\n",
			s.Blocks, s.Passages, s.Duplicates, s.Captions, s.Bylines, s.Headings, s.Truncated, s.Dropped)
		fmt.Fprintf(stdout, "  sections %d: %s\n", s.Sections, strings.Join(d.Info.Sections, " | "))
		fmt.Fprintf(stdout, "  chunks %d\n", d.Info.Chunks)
	}
	fmt.Fprintf(stdout, "chunks in all: %d\n", ix.Chunks)
	return nil
}

func orMemory(dir string) string {
	if dir == "" {
		return "memory only (index directory not writable)"
	}
	return dir
}

func cmdEval(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlags("eval", "eval [flags] FILE")
	show := fs.Bool("show", false, "print every miss")
	c, err := parse(fs, useEval, args, getenv, stderr)
	if err != nil {
		return err
	}
	if fs.NArg() != 1 || strings.TrimSpace(fs.Arg(0)) == "" {
		return &exitError{2, fmt.Errorf("eval needs one question file, e.g. articlebot eval testdata/dev.jsonl")}
	}
	if strings.HasSuffix(strings.ToLower(fs.Arg(0)), ".json") {
		return evalSQuAD(ctx, fs.Arg(0), stdout)
	}
	qs, err := eval.ReadFile(fs.Arg(0))
	if err != nil {
		return &exitError{2, err}
	}
	app, err := openApp(ctx, c, stderr, false, false)
	if err != nil {
		return err
	}
	defer app.Close()
	rep := eval.Evaluate(ctx, app.asker, qs)
	rep.Write(stdout, *show)
	return nil
}

func cmdConfig(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlags("config", "config [flags]   (every setting: print the effective values, secrets masked)")
	c, err := load(fs, useConfig, args, getenv, stderr)
	if err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &exitError{2, fmt.Errorf("config takes no arguments, got %q", fs.Args())}
	}
	c.print(stdout)
	if err := c.validate(); err != nil {
		return &exitError{2, err}
	}
	return nil
}

func cmdHealthcheck(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlags("healthcheck", "healthcheck [flags]   (exit 0 when the local server's /healthz answers)")
	c, err := parse(fs, useHealth, args, getenv, stderr)
	if err != nil {
		return err
	}
	host, port, err := net.SplitHostPort(c.Listen)
	if err != nil {
		return &exitError{2, fmt.Errorf("ARTICLEBOT_LISTEN=%q: %v", c.Listen, err)}
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+net.JoinHostPort(host, port)+"/healthz", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: /healthz answered %d", resp.StatusCode)
	}
	fmt.Fprintln(stdout, "ok")
	return nil
}

func cmdChat(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("chat", "[chat] [flags]   (interactive chat with the article)")
	c, err := parse(fs, useChat, args, getenv, stderr)
	if err != nil {
		return err
	}
	if c.LogLevel == "info" {
		c.LogLevel = "warn" // keep the chat clean
	}
	app, err := openApp(ctx, c, stderr, true, false)
	if err != nil {
		return err
	}
	defer app.Close()
	docs := app.engine.Docs()
	lang := termLang(getenv)
	t := texts.For(lang)
	mode := t.ChatOffline
	if app.client != nil {
		mode = fmt.Sprintf(t.ChatLLM, c.ChatModel, c.BaseURL)
	}
	for _, d := range docs {
		fmt.Fprintf(stdout, t.ChatArticle+"\n", d.Title)
		if d.Source != "" || d.Author != "" {
			fmt.Fprintf(stdout, t.ChatByline+"\n", d.Source, d.Author)
		}
	}
	example := rag.SampleQuestions(docs, lang)[0]
	fmt.Fprintf(stdout, t.ChatIntro+"\n", mode, example)
	var history []rag.Turn
	in, err := newLineReader(stdin, stdout)
	if err != nil {
		return err
	}
	defer in.Close()
	for {
		fmt.Fprintln(stdout)
		text, err := in.ReadLine()
		if err != nil {
			fmt.Fprintln(stdout)
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		line := strings.TrimSpace(text)
		switch line {
		case "":
			continue
		case "/quit", "/exit", "/q":
			return nil
		case "/help", "/?":
			fmt.Fprintln(stdout, t.ChatHelp)
			continue
		case "/reset":
			history = nil
			fmt.Fprintln(stdout, t.ChatReset)
			continue
		case "/sources":
			for _, d := range docs {
				fmt.Fprintf(stdout, t.ChatSources+"\n", d.Title, d.Subtitle, strings.Join(d.Sections, " | "))
			}
			continue
		}
		streamed := false
		req := rag.Request{Question: line, History: history}
		req.OnDelta = func(s string) { streamed = true; fmt.Fprint(stdout, s) }
		a, err := app.asker.Ask(ctx, req)
		if err != nil {
			fmt.Fprintf(stdout, t.ChatError+"\n", err)
			continue
		}
		if streamed {
			fmt.Fprint(stdout, "\n\n")
		}
		fmt.Fprintln(stdout)
		writeText(stdout, a, lang)
		if a.Found {
			// kept as the asker will use it: within the request limits
			clipped, err := c.limits().Clip(rag.Request{Question: line, History: append(history, rag.Turn{Question: line, Answer: a.Answer})})
			if err == nil {
				history = clipped.History
			}
		}
	}
}

// evalSQuAD scores the offline answerer on a SQuAD- or CMRC-style file:
// each paragraph is its own article, its questions must be answered, and two
// questions of the most similar other paragraphs, whose answer it lacks,
// must be refused (the checks of cmrc_eval.py).
func evalSQuAD(ctx context.Context, path string, stdout io.Writer) error {
	paras, err := extract.ReadSQuAD(path)
	if err != nil {
		return &exitError{2, err}
	}
	m, err := extract.DefaultModel()
	if err != nil {
		return err
	}
	items := extract.CMRCItems(paras, func(int) bool { return true }, 2)
	fmt.Fprintf(stdout, "paragraphs %d  %s\n", len(paras), extract.Evaluate(ctx, m, items))
	return nil
}
