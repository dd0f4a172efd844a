package deploy

import (
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// ignoreRule is one .dockerignore line, compiled.
type ignoreRule struct {
	re      *regexp.Regexp
	exclude bool // false for "!pattern"
}

type dockerignore []ignoreRule

// parseDockerignore follows Docker's rules: one pattern per line, # comments,
// "!" re-includes, patterns are relative to the context root (a leading "/"
// is dropped), "*" and "?" stay within one path element, "**" spans any
// number of them, and the last matching line wins. A pattern that matches a
// directory excludes everything below it.
func parseDockerignore(text string) dockerignore {
	var rules dockerignore
	for line := range strings.Lines(text) {
		p := strings.TrimSpace(line)
		if p == "" || strings.HasPrefix(p, "#") {
			continue
		}
		r := ignoreRule{exclude: true}
		if rest, ok := strings.CutPrefix(p, "!"); ok {
			p, r.exclude = strings.TrimSpace(rest), false
		}
		p = strings.TrimPrefix(path.Clean("/"+p), "/")
		r.re = regexp.MustCompile("^" + globRegexp(p) + "$")
		rules = append(rules, r)
	}
	return rules
}

func globRegexp(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		switch c := p[i]; c {
		case '*':
			if strings.HasPrefix(p[i:], "**/") {
				b.WriteString("(.*/)?")
				i += 2
			} else if strings.HasPrefix(p[i:], "**") {
				b.WriteString(".*")
				i++
			} else {
				b.WriteString("[^/]*")
			}
		case '?':
			b.WriteString("[^/]")
		case '[':
			j := strings.IndexByte(p[i:], ']')
			if j < 0 {
				b.WriteString(`\[`)
				continue
			}
			b.WriteString(p[i : i+j+1])
			i += j
		case '\\':
			if i+1 < len(p) {
				i++
				b.WriteString(regexp.QuoteMeta(string(p[i])))
			}
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	return b.String()
}

// Excluded reports whether rel (slash-separated, relative to the context)
// stays out of the build context.
func (d dockerignore) Excluded(rel string) bool {
	excluded := false
	for _, r := range d {
		// The path itself or any parent directory matching counts.
		matched := false
		for p := rel; p != "." && p != "/" && p != ""; p = path.Dir(p) {
			if r.re.MatchString(p) {
				matched = true
				break
			}
		}
		if matched {
			excluded = r.exclude
		}
	}
	return excluded
}

func readDockerignore(t *testing.T, root string) dockerignore {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, ".dockerignore"))
	if err != nil {
		t.Fatalf(".dockerignore: %v", err)
	}
	return parseDockerignore(string(b))
}

// copyContext copies the files of root that Docker would send as the build
// context into dst.
func copyContext(t *testing.T, root, dst string, ign dockerignore) {
	t.Helper()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if rel == "." {
			return os.MkdirAll(dst, 0o755)
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			// A directory is walked even when excluded, since "!" may
			// re-include something inside; empty ones cost nothing.
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if ign.Excluded(rel) || !d.Type().IsRegular() {
			return nil
		}
		return copyFile(p, filepath.Join(dst, rel))
	})
	if err != nil {
		t.Fatalf("copy build context: %v", err)
	}
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func TestDockerignoreMatcher(t *testing.T) {
	ign := parseDockerignore(`
# comment
.git
*.md
**/*.test
/bin
docs/**
!docs/keep.txt
data/*.tmp
`)
	tests := []struct {
		path string
		want bool
	}{
		{".git", true},
		{".git/HEAD", true},
		{".git/objects/ab/cdef", true},
		{".gitignore", false},
		{"README.md", true},
		{"data/article.md", false}, // * does not cross directories
		{"x.test", true},
		{"cmd/articlebot/articlebot.test", true},
		{"bin/articlebot", true},
		{"cmd/bin/x", false},
		{"docs/replicas.md", true},
		{"docs/keep.txt", false},
		{"data/a.tmp", true},
		{"data/sub/a.tmp", false},
		{"go.mod", false},
	}
	for _, tt := range tests {
		if got := ign.Excluded(tt.path); got != tt.want {
			t.Errorf("Excluded(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

// The context leaves out VCS data, secrets and build outputs, and keeps what
// the build and the index need.
func TestDockerignore(t *testing.T) {
	root := moduleRoot(t)
	ign := readDockerignore(t, root)
	for _, p := range []string{
		".git", ".git/config", ".git/objects/pack/x.pack", ".github/workflows/ci.yml",
		".env", "prod.env", "certs/server.key", "tls.pem",
		"bin/articlebot", "articlebot.test", "internal/httpapi/httpapi.test", "cpu.prof",
		"README.md", "Dockerfile", "compose.yaml", "docs/replicas.md",
	} {
		if !ign.Excluded(p) {
			t.Errorf(".dockerignore lets %s into the build context", p)
		}
	}
	for _, p := range []string{
		"go.mod", "go.sum", "cmd/articlebot/main.go", "rag/types.go", "bot/bot.go",
		"prompts/system.tmpl", "data/article.txt", "data/other-article.md",
	} {
		if ign.Excluded(p) {
			t.Errorf(".dockerignore drops %s, which the build needs", p)
		}
	}
	// Every file the module embeds or builds from is there: checked for real
	// by TestDockerfileBuilds on the filtered copy.
}

// compose.yaml wires the bot to a local Ollama and holds no secret values.
func TestCompose(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(moduleRoot(t), "compose.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	for _, want := range []string{
		"\n  articlebot:", "\n  ollama:", "OPENAI_BASE_URL: http://ollama:11434/v1",
		"ARTICLEBOT_CHAT_MODEL:", "ARTICLEBOT_LISTEN: 0.0.0.0:8080", "ARTICLEBOT_HTTP_TOKEN: ${ARTICLEBOT_HTTP_TOKEN:?",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("compose.yaml lacks %q", want)
		}
	}
	// Secret settings take their values from the caller's environment only.
	kv := regexp.MustCompile(`(?m)^\s+([A-Z_]+):\s*(.*)$`)
	for _, m := range kv.FindAllStringSubmatch(text, -1) {
		k, v := m[1], strings.TrimSpace(m[2])
		if secretName.MatchString(k) && v != "" && !strings.HasPrefix(v, "${") {
			t.Errorf("compose.yaml sets %s to a literal value %q; use ${%s}", k, v, k)
		}
	}
}
