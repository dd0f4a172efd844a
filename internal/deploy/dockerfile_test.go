package deploy

import (
	"bytes"
	"debug/elf"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"articlebot/internal/httpapi"
)

// instruction is one Dockerfile instruction, continuation lines joined.
type instruction struct {
	Cmd  string // upper case: FROM, RUN, ...
	Args string
	Line int
}

type stage struct {
	Image, Name string
	Instr       []instruction
}

type dockerfile struct {
	Args   map[string]string // ARGs before the first FROM, with defaults
	Stages []stage
}

// parseDockerfile reads the instructions this project uses: comments,
// line continuations, global ARGs and stages.
func parseDockerfile(t *testing.T, text string) dockerfile {
	t.Helper()
	df := dockerfile{Args: map[string]string{}}
	var cur strings.Builder
	start := 0
	flush := func() {
		s := strings.TrimSpace(cur.String())
		cur.Reset()
		if s == "" {
			return
		}
		cmd, args, _ := strings.Cut(s, " ")
		in := instruction{Cmd: strings.ToUpper(cmd), Args: strings.TrimSpace(args), Line: start}
		switch {
		case in.Cmd == "FROM":
			f := strings.Fields(in.Args)
			st := stage{Image: expand(f[0], df.Args)}
			if len(f) >= 3 && strings.EqualFold(f[1], "AS") {
				st.Name = f[2]
			}
			df.Stages = append(df.Stages, st)
		case len(df.Stages) == 0 && in.Cmd == "ARG":
			k, v, _ := strings.Cut(in.Args, "=")
			df.Args[k] = strings.Trim(v, `"`)
		case len(df.Stages) == 0:
			t.Fatalf("Dockerfile:%d: %s before FROM", in.Line, in.Cmd)
		default:
			st := &df.Stages[len(df.Stages)-1]
			st.Instr = append(st.Instr, in)
		}
	}
	for i, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		if cur.Len() == 0 {
			if trimmed == "" || strings.HasPrefix(trimmed, "#") {
				continue
			}
			start = i + 1
		} else if strings.HasPrefix(trimmed, "#") {
			continue // comment inside a continued instruction
		}
		if body, ok := strings.CutSuffix(trimmed, `\`); ok {
			cur.WriteString(body + " ")
			continue
		}
		cur.WriteString(trimmed)
		flush()
	}
	flush()
	return df
}

var varRef = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)(:-[^}]*)?\}|\$([A-Za-z_][A-Za-z0-9_]*)`)

// expand substitutes ${NAME}, ${NAME:-def} and $NAME from vars.
func expand(s string, vars map[string]string) string {
	return varRef.ReplaceAllStringFunc(s, func(m string) string {
		g := varRef.FindStringSubmatch(m)
		name := g[1] + g[3]
		if v, ok := vars[name]; ok && v != "" {
			return v
		}
		return strings.TrimPrefix(g[2], ":-")
	})
}

// keyValues parses ENV/ARG/LABEL arguments: k=v pairs (quoted values
// allowed) or the legacy "ENV k v" form.
func keyValues(args string) map[string]string {
	out := map[string]string{}
	words := shellWords(args)
	if len(words) >= 2 && !strings.Contains(words[0], "=") {
		out[words[0]] = strings.Join(words[1:], " ")
		return out
	}
	for _, w := range words {
		k, v, _ := strings.Cut(w, "=")
		out[k] = v
	}
	return out
}

// shellWords splits a command line as sh would for the quoting used here:
// single and double quotes, backslash escapes. No expansion.
func shellWords(s string) []string {
	var words []string
	var w strings.Builder
	inWord := false
	var quote rune
	for i := 0; i < len(s); i++ {
		c := rune(s[i])
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else if c == '\\' && quote == '"' && i+1 < len(s) {
				i++
				w.WriteByte(s[i])
			} else {
				w.WriteRune(c)
			}
		case c == '"' || c == '\'':
			quote, inWord = c, true
		case c == '\\' && i+1 < len(s):
			i++
			w.WriteByte(s[i])
			inWord = true
		case c == ' ' || c == '\t':
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		default:
			w.WriteRune(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, w.String())
	}
	return words
}

// moduleRoot is the directory holding go.mod, two levels up.
func moduleRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root: %v", err)
	}
	return root
}

func readDockerfile(t *testing.T) dockerfile {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(moduleRoot(t), "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	return parseDockerfile(t, string(b))
}

func (s stage) all(cmd string) []instruction {
	var out []instruction
	for _, in := range s.Instr {
		if in.Cmd == cmd {
			out = append(out, in)
		}
	}
	return out
}

func (s stage) last(cmd string) (instruction, bool) {
	all := s.all(cmd)
	if len(all) == 0 {
		return instruction{}, false
	}
	return all[len(all)-1], true
}

// env is the stage's ENV, later instructions winning.
func (s stage) env() map[string]string {
	out := map[string]string{}
	for _, in := range s.all("ENV") {
		for k, v := range keyValues(in.Args) {
			out[k] = v
		}
	}
	return out
}

// runCommand is a RUN's shell command without BuildKit flags (--mount=...).
func runCommand(in instruction) string {
	args := in.Args
	for strings.HasPrefix(args, "--") {
		_, rest, _ := strings.Cut(args, " ")
		args = strings.TrimSpace(rest)
	}
	return args
}

// goBuild finds the one `go build` of the Dockerfile: the stage, and the
// command split into environment assignments and argv.
func goBuild(t *testing.T, df dockerfile) (stage, []string, []string) {
	t.Helper()
	var found []string
	var st stage
	for _, s := range df.Stages {
		for _, in := range s.all("RUN") {
			for part := range strings.SplitSeq(runCommand(in), "&&") {
				if strings.Contains(part, "go build") {
					found = append(found, strings.TrimSpace(part))
					st = s
				}
			}
		}
	}
	if len(found) != 1 {
		t.Fatalf("want exactly one `go build` in the Dockerfile, found %d: %q", len(found), found)
	}
	words := shellWords(found[0])
	var env []string
	for len(words) > 0 && regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*=`).MatchString(words[0]) {
		env, words = append(env, words[0]), words[1:]
	}
	return st, env, words
}

func TestDockerfileStages(t *testing.T) {
	df := readDockerfile(t)
	if len(df.Stages) < 2 {
		t.Fatalf("%d stages, want a builder and a final stage", len(df.Stages))
	}
	if b := df.Stages[0].Image; !strings.HasPrefix(b, "golang:1.26") {
		t.Errorf("builder image %q, want golang:1.26", b)
	}
	final := df.Stages[len(df.Stages)-1]
	if !strings.HasPrefix(final.Image, "gcr.io/distroless/static") && final.Image != "scratch" {
		t.Errorf("final image %q, want distroless static or scratch", final.Image)
	}
	if final.all("RUN") != nil {
		t.Errorf("final stage runs commands; distroless has no shell")
	}
}

func TestDockerfileNonRoot(t *testing.T) {
	df := readDockerfile(t)
	final := df.Stages[len(df.Stages)-1]
	user := ""
	if strings.HasSuffix(final.Image, ":nonroot") {
		user = "nonroot"
	}
	if in, ok := final.last("USER"); ok {
		user = in.Args
	}
	name, _, _ := strings.Cut(user, ":")
	if name == "" || name == "root" || name == "0" {
		t.Fatalf("final stage runs as %q; want a non-root USER or a :nonroot image", user)
	}
}

func TestDockerfileEntrypointAndHealthcheck(t *testing.T) {
	df := readDockerfile(t)
	final := df.Stages[len(df.Stages)-1]
	hc, ok := final.last("HEALTHCHECK")
	if !ok {
		t.Fatal("no HEALTHCHECK in the final stage")
	}
	// Exec form through the binary: the image has no shell or curl.
	m := regexp.MustCompile(`CMD \["/articlebot",\s*"healthcheck"\]`).FindString(hc.Args)
	if m == "" {
		t.Errorf(`HEALTHCHECK %q: want CMD ["/articlebot", "healthcheck"]`, hc.Args)
	}
	if ep, _ := final.last("ENTRYPOINT"); ep.Args != `["/articlebot"]` {
		t.Errorf(`ENTRYPOINT %q, want ["/articlebot"]`, ep.Args)
	}
	if cmd, _ := final.last("CMD"); cmd.Args != `["serve"]` {
		t.Errorf(`CMD %q, want ["serve"]`, cmd.Args)
	}
	if ex, _ := final.last("EXPOSE"); ex.Args != "8080" {
		t.Errorf("EXPOSE %q, want 8080", ex.Args)
	}
	var copied []string
	for _, in := range final.all("COPY") {
		copied = append(copied, in.Args)
	}
	if !slices.ContainsFunc(copied, func(s string) bool { return strings.HasSuffix(s, " /articlebot") }) {
		t.Errorf("the binary is not copied to /articlebot: %q", copied)
	}
}

// The published port is the one the service listens on; off loopback the
// token requirement is documented in the Dockerfile (what the binary does
// without a token is run by TestDockerfileBuilds).
func TestDockerfileListen(t *testing.T) {
	df := readDockerfile(t)
	env := df.Stages[len(df.Stages)-1].env()
	addr, ok := env["ARTICLEBOT_LISTEN"]
	if !ok {
		addr = "127.0.0.1:8080" // the binary's default
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatalf("ARTICLEBOT_LISTEN=%q: %v", addr, err)
	}
	if ex, _ := df.Stages[len(df.Stages)-1].last("EXPOSE"); ex.Args != port {
		t.Errorf("EXPOSE %q but ARTICLEBOT_LISTEN port %s", ex.Args, port)
	}
	if httpapi.CheckListen(addr, "") != nil {
		b, _ := os.ReadFile(filepath.Join(moduleRoot(t), "Dockerfile"))
		if !strings.Contains(string(b), "ARTICLEBOT_HTTP_TOKEN") {
			t.Errorf("the image listens on %s (not loopback) but the Dockerfile does not say that /v1/ask needs ARTICLEBOT_HTTP_TOKEN", host)
		}
	}
}

func TestDockerfilePrebuiltIndex(t *testing.T) {
	df := readDockerfile(t)
	final := df.Stages[len(df.Stages)-1]
	if got := final.env()["ARTICLEBOT_INDEX_DIR"]; got != "/index" {
		t.Errorf("final ENV ARTICLEBOT_INDEX_DIR=%q, want /index", got)
	}
	if final.env()["ARTICLEBOT_DATA"] == "" {
		t.Errorf("final stage does not set ARTICLEBOT_DATA")
	}
	var indexed bool
	for _, s := range df.Stages[:len(df.Stages)-1] {
		for _, in := range s.all("RUN") {
			c := runCommand(in)
			if strings.Contains(c, "ARTICLEBOT_INDEX_DIR=/index") && regexp.MustCompile(`articlebot index\b`).MatchString(c) {
				indexed = true
			}
		}
	}
	if !indexed {
		t.Error("no builder RUN of `articlebot index` with ARTICLEBOT_INDEX_DIR=/index")
	}
	if !slices.ContainsFunc(final.all("COPY"), func(in instruction) bool {
		return strings.HasPrefix(in.Args, "--from=") && strings.HasSuffix(in.Args, " /index /index")
	}) {
		t.Error("the index is not copied from the builder to /index")
	}
}

var secretName = regexp.MustCompile(`(?i)TOKEN|KEY|SECRET|PASSW|CREDENTIAL`)

// No secret may end up in a layer or the image config: no ENV with a
// secret-looking name and a value, and no such ARG at all (build args are
// recorded in the image history).
func TestDockerfileNoSecrets(t *testing.T) {
	b, _ := os.ReadFile(filepath.Join(moduleRoot(t), "Dockerfile"))
	df := parseDockerfile(t, string(b))
	check := func(where, k, v string, isArg bool) {
		if !secretName.MatchString(k) {
			return
		}
		if isArg || v != "" {
			t.Errorf("%s %s=%q: secrets are given at run time, never in the Dockerfile", where, k, v)
		}
	}
	for k, v := range df.Args {
		check("ARG", k, v, true)
	}
	for _, s := range df.Stages {
		for _, in := range s.Instr {
			switch in.Cmd {
			case "ENV":
				for k, v := range keyValues(in.Args) {
					check("ENV", k, v, false)
				}
			case "ARG":
				k, v, _ := strings.Cut(in.Args, "=")
				check("ARG", k, v, true)
			case "RUN":
				for _, w := range shellWords(runCommand(in)) {
					if k, v, ok := strings.Cut(w, "="); ok {
						check("RUN", k, v, false)
					}
				}
			case "COPY", "ADD":
				if regexp.MustCompile(`(^|[ /])\.env\b|\.pem\b|id_rsa`).MatchString(in.Args) {
					t.Errorf("Dockerfile:%d copies secret-looking files: %s", in.Line, in.Args)
				}
			}
		}
	}
}

func TestDockerfileGoBuildFlags(t *testing.T) {
	df := readDockerfile(t)
	st, env, argv := goBuild(t, df)
	if st.Name == "" || st.Image == df.Stages[len(df.Stages)-1].Image {
		t.Errorf("go build runs in %q, want the named builder stage", st.Image)
	}
	cgo := st.env()["CGO_ENABLED"]
	for _, e := range env {
		if v, ok := strings.CutPrefix(e, "CGO_ENABLED="); ok {
			cgo = v
		}
	}
	if cgo != "0" {
		t.Errorf("go build without CGO_ENABLED=0 (env %q)", env)
	}
	cmd := strings.Join(argv, " ")
	for _, want := range []string{"-trimpath", "-ldflags", "-s -w", "-X main.version=${VERSION}", "-X main.commit=${COMMIT}", "./cmd/articlebot", "-o /"} {
		if !strings.Contains(cmd, want) {
			t.Errorf("go build command lacks %q: %s", want, cmd)
		}
	}
}

// TestDockerfileBuilds runs the Dockerfile's own `go build` line, with its
// environment and build args, on a copy of the build context filtered by
// .dockerignore (so an ignore that drops a needed file fails here), then the
// builder's `articlebot index` step, then checks the binary is static and
// carries the version.
func TestDockerfileBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	root := moduleRoot(t)
	df := readDockerfile(t)
	st, env, argv := goBuild(t, df)
	if len(argv) < 2 || argv[0] != "go" || argv[1] != "build" {
		t.Fatalf("unexpected build command %q", argv)
	}

	ctxDir := filepath.Join(t.TempDir(), "context")
	ign := readDockerignore(t, root)
	copyContext(t, root, ctxDir, ign)

	const version, commit = "v9.9.9-dockertest", "c0ffee1"
	vars := map[string]string{"VERSION": version, "COMMIT": commit}
	outDir := t.TempDir()
	bin := filepath.Join(outDir, "articlebot")
	args := make([]string, 0, len(argv))
	for i := 1; i < len(argv); i++ {
		a := expand(argv[i], vars)
		if argv[i] == "-o" && i+1 < len(argv) {
			args = append(args, "-o", bin)
			i++
			continue
		}
		args = append(args, a)
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = ctxDir
	cmd.Env = os.Environ()
	for k, v := range st.env() {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	cmd.Env = append(cmd.Env, env...)
	t.Logf("in %s: %s go %s", ctxDir, strings.Join(env, " "), strings.Join(args, " "))
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the Dockerfile's go build fails: %v\n%s", err, out)
	}
	t.Logf("built in %s", time.Since(start).Round(time.Millisecond))

	// Static: no ELF interpreter, no shared libraries (distroless static has no libc).
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Error("binary is dynamically linked (PT_INTERP); CGO_ENABLED=0 did not take")
		}
	}
	if libs, _ := f.ImportedLibraries(); len(libs) > 0 {
		t.Errorf("binary needs shared libraries %q", libs)
	}
	f.Close()
	data, _ := os.ReadFile(bin)
	if !bytes.Contains(data, []byte(version)) || !bytes.Contains(data, []byte(commit)) {
		t.Error("version or commit not in the binary: the -X main.version / main.commit variables are missing")
	}
	fi, _ := os.Stat(bin)
	t.Logf("binary %.1f MB", float64(fi.Size())/(1<<20))

	// The builder's RUN steps after go build (the index), run by sh with the
	// image paths mapped to test directories, then the final image's files
	// and environment, the same way.
	m := newPathMap(t, df, ctxDir, bin)
	for _, step := range builderStepsAfterBuild(df) {
		c := m.r.Replace(step)
		sh := exec.Command("sh", "-c", c)
		sh.Dir = ctxDir
		sh.Env = cleanEnv()
		t.Logf("builder step: %s", c)
		start := time.Now()
		if out, err := sh.CombinedOutput(); err != nil {
			t.Fatalf("builder step %q fails: %v\n%s", step, err, out)
		} else {
			t.Logf("took %s:\n%s", time.Since(start).Round(time.Millisecond), out)
		}
	}
	if entries, _ := os.ReadDir(m.index); len(entries) == 0 {
		t.Fatalf("the builder stage wrote no index to %s", m.index)
	}
	if out, err := exec.Command(bin, "version").CombinedOutput(); err != nil || !strings.Contains(string(out), version) {
		t.Errorf("`articlebot version` = %q, %v; want it to print %s", out, err, version)
	}
	t.Run("serve as the image does", func(t *testing.T) { imageSmoke(t, df, m) })
}

// pathMap maps the image's paths to this test's directories.
type pathMap struct {
	r     *strings.Replacer
	bin   string // /articlebot in the final image
	index string // where the builder writes the index
	env   []string
}

func newPathMap(t *testing.T, df dockerfile, ctxDir, bin string) pathMap {
	t.Helper()
	build := df.Stages[0]
	workdir := "/"
	if w, ok := build.last("WORKDIR"); ok {
		workdir = w.Args
	}
	_, _, argv := goBuild(t, df)
	out := ""
	for i, a := range argv {
		if a == "-o" && i+1 < len(argv) {
			out = argv[i+1]
		}
	}
	index := filepath.Join(t.TempDir(), "index")
	pairs := []string{out, bin, workdir, ctxDir, "/index", index}
	r := strings.NewReplacer(pairs...)

	// Final stage: COPY --from=<builder> SRC DST makes DST the mapped SRC.
	final := df.Stages[len(df.Stages)-1]
	finalPaths := map[string]string{}
	for _, in := range final.all("COPY") {
		f := strings.Fields(in.Args)
		if len(f) < 3 || !strings.HasPrefix(f[0], "--from=") {
			continue
		}
		f = slices.DeleteFunc(f, func(s string) bool { return strings.HasPrefix(s, "--") })
		finalPaths[f[len(f)-1]] = r.Replace(f[0])
	}
	pm := pathMap{r: r, bin: finalPaths["/articlebot"], index: index}
	if pm.bin == "" {
		t.Fatalf("final stage has no COPY --from of the binary to /articlebot")
	}
	for k, v := range final.env() {
		if mapped, ok := finalPaths[v]; ok {
			v = mapped
		}
		pm.env = append(pm.env, k+"="+v)
	}
	return pm
}

// builderStepsAfterBuild are the shell commands of the RUN instructions that
// follow the go build in its stage.
func builderStepsAfterBuild(df dockerfile) []string {
	var steps []string
	for _, s := range df.Stages[:len(df.Stages)-1] {
		after := false
		for _, in := range s.all("RUN") {
			c := runCommand(in)
			if strings.Contains(c, "go build") {
				after = true
				continue
			}
			if after {
				steps = append(steps, c)
			}
		}
	}
	return steps
}

// cleanEnv is this process's environment without any articlebot setting, so
// only what the test sets reaches the binary.
func cleanEnv() []string {
	return slices.DeleteFunc(os.Environ(), func(kv string) bool {
		return strings.HasPrefix(kv, "ARTICLEBOT_") || strings.HasPrefix(kv, "TELEGRAM_") || strings.HasPrefix(kv, "OPENAI_")
	})
}
