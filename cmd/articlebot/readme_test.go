package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"articlebot/rag"
)

const readmePath = "../../README.md"

// codeBlock is one fenced block of the README.
type codeBlock struct{ lang, text string }

func readmeBlocks(t *testing.T) (string, []codeBlock) {
	t.Helper()
	b, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	var out []codeBlock
	parts := strings.Split(string(b), "```")
	for i := 1; i+1 < len(parts); i += 2 {
		lang, text, _ := strings.Cut(parts[i], "\n")
		out = append(out, codeBlock{strings.TrimSpace(lang), text})
	}
	return string(b), out
}

// elided matches got against want, where "……" in want stands for any text
// (the README shortens long quotes that way).
func elided(want, got string) bool {
	pieces := strings.Split(want, "……")
	if len(pieces) == 1 {
		return want == got
	}
	if !strings.HasPrefix(got, pieces[0]) || !strings.HasSuffix(got, pieces[len(pieces)-1]) {
		return false
	}
	rest := got[len(pieces[0]):]
	for _, p := range pieces[1 : len(pieces)-1] {
		i := strings.Index(rest, p)
		if i < 0 {
			return false
		}
		rest = rest[i+len(p):]
	}
	return len(rest) >= len(pieces[len(pieces)-1])
}

// The README's examples are what the program prints: each `ask` command
// shown in a sh block is run and its output compared with the block after
// it, and each JSON answer is asked again and compared field by field
// (offsets included; took_ms and top_score vary). So offsets and answers
// cannot go stale.
func TestREADMEExamples(t *testing.T) {
	_, blocks := readmeBlocks(t)
	askRe := regexp.MustCompile(`^go run \./cmd/articlebot ask "([^"]+)"`)
	checked := 0
	for i, b := range blocks {
		if b.lang == "sh" && i+1 < len(blocks) && blocks[i+1].lang == "" {
			m := askRe.FindStringSubmatch(strings.SplitN(b.text, "\n", 2)[0])
			if m == nil {
				continue
			}
			out, _, err := runCmd(t, env(t), "", "ask", m[1])
			if err != nil {
				t.Fatalf("ask %q: %v", m[1], err)
			}
			want := strings.Split(strings.TrimSpace(blocks[i+1].text), "\n")
			got := strings.Split(strings.TrimSpace(out), "\n")
			if len(want) != len(got) {
				t.Errorf("README shows %d lines for ask %q, the program prints %d:\n%s", len(want), m[1], len(got), out)
				continue
			}
			for j := range want {
				if !elided(strings.TrimRight(want[j], " "), strings.TrimRight(got[j], " ")) {
					t.Errorf("ask %q line %d: README %q, program %q", m[1], j+1, want[j], got[j])
				}
			}
			checked++
		}
		if b.lang == "json" && strings.Contains(b.text, `"citations"`) {
			var want rag.Answer
			if err := json.Unmarshal([]byte(b.text), &want); err != nil {
				t.Errorf("README JSON example does not parse: %v", err)
				continue
			}
			out, _, err := runCmd(t, env(t), "", "ask", "--json", want.Question)
			if err != nil {
				t.Fatal(err)
			}
			var got rag.Answer
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatal(err)
			}
			if got.Answer != want.Answer || got.Found != want.Found || got.Mode != want.Mode || got.Lang != want.Lang || len(got.Citations) != len(want.Citations) {
				t.Errorf("README JSON example is stale:\nREADME  %+v\nprogram %+v", want, got)
				continue
			}
			for j, w := range want.Citations {
				g := got.Citations[j]
				if !elided(w.Quote, g.Quote) {
					t.Errorf("citation %d quote: README %q, program %q", j+1, w.Quote, g.Quote)
				}
				w.Quote, g.Quote = "", ""
				if w != g {
					t.Errorf("citation %d: README %+v, program %+v", j+1, w, g)
				}
			}
			checked++
		}
	}
	if checked < 2 {
		t.Errorf("checked %d README examples, want the text and the JSON one", checked)
	}
}

// The README names only files that are in the repository (no ../shared/…,
// no files that were moved away).
func TestREADMEFilesExist(t *testing.T) {
	text, _ := readmeBlocks(t)
	pathRe := regexp.MustCompile("`((?:\\.\\./|\\.?[A-Za-z0-9_-]+/)[A-Za-z0-9_./-]*|[A-Za-z0-9_/-]+\\.(?:go|md|py|json|jsonl|tmpl|txt|yaml))`")
	seen := 0
	for _, m := range pathRe.FindAllStringSubmatch(text, -1) {
		p := m[1]
		seen++
		if strings.HasPrefix(p, "../") || strings.HasPrefix(p, "/") {
			t.Errorf("README refers to %s, outside the repository", p)
			continue
		}
		if !strings.Contains(p, "/") {
			continue // a bare name (votes.jsonl) may be a file the program writes
		}
		if _, err := os.Stat(filepath.Join("../..", p)); err != nil {
			t.Errorf("README refers to %s, which is not in the repository", p)
		}
	}
	if seen < 10 {
		t.Errorf("found only %d file references: the pattern is broken", seen)
	}
}

func TestElided(t *testing.T) {
	for _, c := range []struct {
		want, got string
		ok        bool
	}{
		{"abc", "abc", true},
		{"a……c", "abbbc", true},
		{"a……c", "ab", false},
		{"a……b……c", "axxbyyc", true},
		{"a……b……c", "axxc", false},
		{"ab……bc", "abc", false},
	} {
		if elided(c.want, c.got) != c.ok {
			t.Errorf("elided(%q, %q) = %v", c.want, c.got, !c.ok)
		}
	}
}
