package guard

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// textAllowed are the places whose literals read like sentences but are not
// messages to a user, as "file" or "file:declaration" (the top-level
// function, method, type, variable or constant holding the literal).
var textAllowed = map[string]string{
	"bot/bottest/fakeapi.go":            "the fake Telegram server answers with Telegram's own error descriptions",
	"cmd/articlebot/main.go:usage":      "command-line usage, for whoever runs the program",
	"cmd/articlebot/main.go:printUsage": "command-line usage, for whoever runs the program",
	"internal/metrics/metrics.go":       "Prometheus help texts, for the operator",
	"prompts/prompts.go:LangName":       "a language's name in the prompts, for the model",
	"rag/llm/answer.go:rewriteLabels":   "labels a model writes before its rewritten query, stripped",
	"rag/llm/llmtest/careless.go":       "the test fake's scripted model replies",
	"rag/norm/norm.go":                  "number words and measure words, matched in text",
	"rag/sentence.go:speechVerbs":       "verbs that attribute a quote, matched in text",
	"rag/unwrap.go:startsParagraph":     "numerals that start an enumerated line (一、), matched in text",
}

// zhSentencePunct are the marks of running Chinese text.
const zhSentencePunct = "。！？，：；"

// looksChinese reports a Chinese sentence: Han characters with sentence
// punctuation, or a run of four Han characters or more.
func looksChinese(s string) bool {
	han, run, longest := 0, 0, 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			han++
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return han > 0 && (strings.ContainsAny(s, zhSentencePunct) || longest >= 4)
}

// looksEnglish reports a line of s that reads like an English sentence: an
// upper-case first letter, four words or more, and . ! ? or : at the end.
// Go errors and log messages start in lower case, so they pass.
func looksEnglish(s string) bool {
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || !unicode.IsUpper([]rune(line)[0]) || len(strings.Fields(line)) < 4 {
			continue
		}
		if strings.ContainsAny(line[len(line)-1:], ".!?:") {
			return true
		}
	}
	return false
}

// logMethods are the slog methods: their message is for the operator.
var logMethods = map[string]bool{
	"Debug": true, "Info": true, "Warn": true, "Error": true,
	"DebugContext": true, "InfoContext": true, "WarnContext": true, "ErrorContext": true,
}

// notMessages marks the literals of n that are not shown to users whatever
// they say: regular expressions and log messages.
func notMessages(n ast.Node, skip map[*ast.BasicLit]bool) {
	c, ok := n.(*ast.CallExpr)
	if !ok {
		return
	}
	s, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return
	}
	x, _ := s.X.(*ast.Ident)
	regexp := x != nil && x.Name == "regexp" && strings.Contains(s.Sel.Name, "Compile")
	if !regexp && !(logMethods[s.Sel.Name] && len(c.Args) > 0) {
		return
	}
	for _, a := range c.Args {
		ast.Inspect(a, func(n ast.Node) bool {
			if l, ok := n.(*ast.BasicLit); ok {
				skip[l] = true
			}
			return true
		})
	}
}

// declName names a top-level declaration for textAllowed.
func declName(d ast.Decl) string {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if r := receiverType(d.Recv); r != "" {
			return r + "." + d.Name.Name
		}
		return d.Name.Name
	case *ast.GenDecl:
		var names []string
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				names = append(names, s.Name.Name)
			case *ast.ValueSpec:
				for _, n := range s.Names {
					names = append(names, n.Name)
				}
			}
		}
		return strings.Join(names, ",")
	}
	return ""
}

// userTexts lists the string literals of files that read like a sentence for
// an end user (looksChinese, looksEnglish). Such a text belongs in the
// catalogue, prompts/texts. Import paths, struct tags, regular expressions,
// log messages and textAllowed's places are not looked at.
func userTexts(fset *token.FileSet, files map[string]*ast.File, allowed map[string]string) []string {
	var bad []string
	for name, f := range files {
		if strings.HasPrefix(name, "prompts/texts/") || allowed[name] != "" {
			continue
		}
		skip := map[*ast.BasicLit]bool{}
		for _, im := range f.Imports {
			skip[im.Path] = true
		}
		for _, d := range f.Decls {
			decl := declName(d)
			if allowed[name+":"+decl] != "" {
				continue
			}
			ast.Inspect(d, func(n ast.Node) bool {
				notMessages(n, skip)
				switch n := n.(type) {
				case *ast.Field:
					if n.Tag != nil {
						skip[n.Tag] = true
					}
				case *ast.BasicLit:
					if n.Kind != token.STRING || skip[n] {
						return true
					}
					s, err := strconv.Unquote(n.Value)
					if err != nil || strings.Contains(s, "(?:") || strings.Contains(s, "(?i") {
						return true // a regular expression's part
					}
					if looksChinese(s) || looksEnglish(s) {
						bad = append(bad, fmt.Sprintf("%s:%d (%s): %s", name, fset.Position(n.Pos()).Line, decl, n.Value))
					}
				}
				return true
			})
		}
	}
	sort.Strings(bad)
	return bad
}

// User-facing texts live in prompts/texts, one catalogue per language, not in
// Go code (issue 13): a sentence for users found in a literal fails here.
// Move it to prompts/texts/*.json; if it is not for users (a log line, data
// the code matches against), start it in lower case or add its place to
// textAllowed with the reason.
func TestNoUserTextsInCode(t *testing.T) {
	fset, files := sourceFiles(t)
	for _, b := range userTexts(fset, files, textAllowed) {
		t.Error(b)
	}
	// Each allowed place still holds such a literal: the list stays short.
	all := userTexts(fset, files, nil)
	for place := range textAllowed {
		file, decl, _ := strings.Cut(place, ":")
		used := false
		for _, b := range all {
			used = used || strings.HasPrefix(b, file+":") && (decl == "" || strings.Contains(b, " ("+decl+"): "))
		}
		if !used {
			t.Errorf("textAllowed: %s holds no sentence-like literal any more; remove it", place)
		}
	}
}

// The guard finds a planted message in each language and leaves errors,
// logs, patterns, tags and imports alone.
func TestUserTextGuardFinds(t *testing.T) {
	src := "package p\n" + `
import ("errors"; "log/slog"; "regexp")
type T struct { A string ` + "`json:\"a\" help:\"The value of the field A.\"`" + ` }
var re = regexp.MustCompile(` + "`(没有|未)(提到|提及)。`" + `)
func reply(string) {}
func send(string) {}
func f(log *slog.Logger) error {
	reply("文章中没有提到这一点。")
	send("Sorry, something went wrong.")
	log.Warn("Could not reach the server at all.")
	_ = "548个"
	_ = "Sources"
	return errors.New("cannot read the index: rebuild it")
}
func g() { send("This line is allowed here.") }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join(root, "x.go"), src, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := userTexts(fset, map[string]*ast.File{"x.go": f}, map[string]string{"x.go:g": "test"})
	want := []string{`"文章中没有提到这一点。"`, `"Sorry, something went wrong."`}
	if len(got) != len(want) {
		t.Fatalf("found %d, want %d %v:\n%s", len(got), len(want), want, strings.Join(got, "\n"))
	}
	for _, w := range want {
		if !strings.Contains(strings.Join(got, "\n"), w) {
			t.Errorf("missed %s:\n%s", w, strings.Join(got, "\n"))
		}
	}
	// A planted text in an allowed file passes; everywhere else it fails.
	if got := userTexts(fset, map[string]*ast.File{"x.go": f}, map[string]string{"x.go": "test"}); len(got) != 0 {
		t.Errorf("an allowed file was reported:\n%s", strings.Join(got, "\n"))
	}
}
