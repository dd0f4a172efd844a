package main

import (
	"encoding/json"
	"errors"
	"flag"
	"strings"
	"testing"

	"articlebot/rag"
)

// Every empty input is the contract's error object, never a panic (issue
// 11, item 7).
func TestAskEmptyArguments(t *testing.T) {
	for _, args := range [][]string{
		{"ask", "--json", ""},
		{"ask", "", "--json"},
		{"ask", "--json", " ", ""},
		{"ask", "--json", "--", ""},
		{"ask", "--json", strings.Repeat("长", rag.DefaultQuestionChars+1)},
	} {
		out, _, err := runCmd(t, env(t), "", args...)
		if err != nil {
			t.Fatalf("%q: %v", args, err)
		}
		var a rag.Answer
		if err := json.Unmarshal([]byte(out), &a); err != nil || a.Error == "" || a.Answer == "" || a.Citations == nil {
			t.Errorf("%.40q: %v %+v", args, err, a)
		}
	}
	out, _, err := runCmd(t, env(t), "", "ask", "")
	if err != nil || !strings.Contains(out, "问题是空的") {
		t.Errorf("ask \"\": %v\n%s", err, out)
	}
	_, _, err = runCmd(t, env(t), "", "eval", "")
	if exitCode(err) != 2 || !strings.Contains(err.Error(), "question file") {
		t.Errorf("eval \"\": %v", err)
	}
}

// Each command shows only the settings it uses, --help works on every
// command and prints usage to stderr with exit 0 (flag.ErrHelp).
func TestHelpPerCommand(t *testing.T) {
	cases := map[string]struct{ has, hasNot []string }{
		"ask":         {has: []string{"-json", "-data", "-max-question-chars", "-openai-base-url"}, hasNot: []string{"-telegram-token", "-listen", "-history-ttl", "-webhook-url"}},
		"index":       {has: []string{"-data", "-index-dir", "-embed-model"}, hasNot: []string{"-telegram-token", "-listen", "-max-question-chars"}},
		"eval":        {has: []string{"-show", "-data"}, hasNot: []string{"-telegram-token", "-listen"}},
		"serve":       {has: []string{"-telegram-token", "-listen", "-http-token", "-cors-origins", "-history-ttl", "-max-question-chars"}},
		"chat":        {has: []string{"-data", "-history-turns"}, hasNot: []string{"-telegram-token", "-listen"}},
		"config":      {has: []string{"-telegram-token", "-data", "-listen"}},
		"healthcheck": {has: []string{"-listen"}, hasNot: []string{"-data", "-telegram-token"}},
	}
	for cmd, c := range cases {
		_, stderr, err := runCmd(t, env(t), "", cmd, "--help")
		if !errors.Is(err, flag.ErrHelp) {
			t.Errorf("%s --help: err = %v", cmd, err)
		}
		if !strings.HasPrefix(stderr, "Usage: articlebot ") {
			t.Errorf("%s --help prints no usage:\n%s", cmd, stderr)
		}
		for _, f := range c.has {
			if !strings.Contains(stderr, "  "+f+" ") && !strings.Contains(stderr, "  "+f+"\n") {
				t.Errorf("%s --help lacks %s", cmd, f)
			}
		}
		for _, f := range c.hasNot {
			if strings.Contains(stderr, "  "+f+" ") {
				t.Errorf("%s --help shows %s, which it does not use", cmd, f)
			}
		}
		if n := strings.Count(stderr, "\n"); cmd == "ask" && n > 35 {
			t.Errorf("ask --help is %d lines", n)
		}
	}
}

func TestBadValuesNameTheSetting(t *testing.T) {
	cases := []struct {
		name string
		env  []string
		args []string
		want string
	}{
		{"bogus flag", nil, []string{"--bogus"}, `"articlebot chat --help"`},
		{"log level env", []string{"ARTICLEBOT_LOG_LEVEL", "loud"}, []string{"ask", "x"}, "ARTICLEBOT_LOG_LEVEL"},
		{"log level flag", nil, []string{"ask", "--log-level", "loud", "x"}, "--log-level"},
		{"duration env", []string{"ARTICLEBOT_LLM_TIMEOUT", "soon"}, []string{"ask", "x"}, "ARTICLEBOT_LLM_TIMEOUT"},
		{"duration flag", nil, []string{"ask", "--llm-timeout", "soon", "x"}, "-llm-timeout"},
		{"negative duration", []string{"ARTICLEBOT_HISTORY_TTL", "-1m"}, []string{"serve"}, "ARTICLEBOT_HISTORY_TTL"},
		{"number", []string{"ARTICLEBOT_MAX_QUESTION_CHARS", "many"}, []string{"ask", "x"}, "ARTICLEBOT_MAX_QUESTION_CHARS"},
		{"zero", nil, []string{"ask", "--max-question-chars", "0", "x"}, "ARTICLEBOT_MAX_QUESTION_CHARS"},
		{"token with a space", []string{"ARTICLEBOT_HTTP_TOKEN", "abc def "}, []string{"serve"}, "ARTICLEBOT_HTTP_TOKEN"},
		{"cors", []string{"ARTICLEBOT_CORS_ORIGINS", "*"}, []string{"serve"}, "ARTICLEBOT_CORS_ORIGINS"},
		{"cors path", []string{"ARTICLEBOT_CORS_ORIGINS", "https://a.example/app"}, []string{"serve"}, "ARTICLEBOT_CORS_ORIGINS"},
		{"config args", nil, []string{"config", "extra"}, "no arguments"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := runCmd(t, env(t, c.env...), "", c.args...)
			if exitCode(err) != 2 || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") || strings.Contains(err.Error(), "  ") {
				t.Fatalf("err = %v (code %d), want one line with %q and code 2", err, exitCode(err), c.want)
			}
			if strings.Contains(c.name, "token") && strings.Contains(err.Error(), "abc def") {
				t.Errorf("the token is in the message: %v", err)
			}
		})
	}
	// A bad value of a setting a command does not use does not stop it.
	if _, _, err := runCmd(t, env(t, "ARTICLEBOT_HISTORY_TTL", "soon"), "", "ask", "--json", "西部陆海新通道通达多少个港口？"); err != nil {
		t.Errorf("ask stopped by an unrelated setting: %v", err)
	}
	var se *SettingError
	_, _, err := runCmd(t, env(t, "ARTICLEBOT_LOG_LEVEL", "loud"), "", "ask", "x")
	if !errors.As(err, &se) || se.Env != "ARTICLEBOT_LOG_LEVEL" {
		t.Errorf("not a *SettingError: %#v", err)
	}
}

// The limits reach the answer from the configuration.
func TestConfiguredQuestionLimit(t *testing.T) {
	out, _, err := runCmd(t, env(t, "ARTICLEBOT_MAX_QUESTION_CHARS", "5"), "", "ask", "--json", "西部陆海新通道通达多少个港口？")
	if err != nil {
		t.Fatal(err)
	}
	var a rag.Answer
	if err := json.Unmarshal([]byte(out), &a); err != nil || a.Error != "question too long" {
		t.Errorf("%v %+v", err, a)
	}
	out, _, _ = runCmd(t, env(t), "", "config")
	for _, v := range []string{"ARTICLEBOT_MAX_QUESTION_CHARS", "ARTICLEBOT_MAX_ANSWER_CHARS", "ARTICLEBOT_HISTORY_TURNS", "ARTICLEBOT_CORS_ORIGINS"} {
		if !strings.Contains(out, v) {
			t.Errorf("config lacks %s", v)
		}
	}
}

// FuzzParseArgs runs every command's argument parsing on arbitrary
// arguments (NUL-separated in the input): it never panics, a failure is a
// one-line exit-2 error or --help, and every argument that is not a flag
// comes back as a positional argument, in order.
//
//	go test -run '^$' -fuzz FuzzParseArgs ./cmd/articlebot
func FuzzParseArgs(f *testing.F) {
	for _, s := range []string{
		"", "\x00", "--json\x00", "--json\x00\x00x", "-\x00--json", "--\x00--json", "--data\x00--",
		"--show\x00FILE", "--log-level\x00loud", "--llm-timeout\x00", "--max-question-chars\x00-1",
		"-h", "--bogus", "x\x00--json=false\x00y", "---", "-=", "--=x",
	} {
		f.Add(s)
	}
	cmds := []struct {
		name string
		u    use
	}{{"ask", useAsk}, {"index", useIndex}, {"eval", useEval}, {"serve", useServe}, {"chat", useChat}, {"config", useConfig}, {"healthcheck", useHealth}, {"feedback", useFeedback}}
	getenv := func(string) string { return "" }
	f.Fuzz(func(t *testing.T, in string) {
		args := strings.Split(in, "\x00")
		for _, c := range cmds {
			fs := newFlags(c.name, c.name)
			fs.Bool("json", false, "")
			fs.Bool("show", false, "")
			var stderr strings.Builder
			cfg, err := parse(fs, c.u, args, getenv, &stderr)
			if err != nil {
				if errors.Is(err, flag.ErrHelp) {
					continue
				}
				if exitCode(err) != 2 || strings.Contains(err.Error(), "\n") {
					t.Fatalf("%s %q: %v (code %d)", c.name, args, err, exitCode(err))
				}
				continue
			}
			if cfg == nil {
				t.Fatalf("%s %q: no config and no error", c.name, args)
			}
			// positional arguments survive in order
			pos := fs.Args()
			j := 0
			for _, a := range args {
				if j < len(pos) && a == pos[j] {
					j++
				}
			}
			if j != len(pos) {
				t.Fatalf("%s %q: positional %q are not a subsequence of the arguments", c.name, args, pos)
			}
		}
	})
}

// `articlebot --telegram-token …` runs the bot, like TELEGRAM_BOT_TOKEN.
func TestDefaultWithTokenFlagServes(t *testing.T) {
	_, stderr, err := runCmd(t, env(t), "", "--telegram-token=1:x", "--help")
	if !errors.Is(err, flag.ErrHelp) || !strings.HasPrefix(stderr, "Usage: articlebot serve") {
		t.Errorf("err %v, usage %.40q", err, stderr)
	}
	_, stderr, _ = runCmd(t, env(t), "", "--help-me")
	if strings.Contains(stderr, "serve") {
		t.Errorf("no token: %q", stderr)
	}
}
