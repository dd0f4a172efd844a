package deploy

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// nonrootUID is the user of gcr.io/distroless/static-debian12:nonroot.
const nonrootUID = 65532

// imageSmoke runs the built binary the way the image runs it: `serve` with
// the final stage's environment, the files the final stage copies, and, when
// the test runs as root, as the distroless nonroot user, with the index
// owned by root. It checks, without a Docker engine:
//   - the service starts with no secret at all; /healthz answers;
//     `articlebot healthcheck` exits 0 (and 1 when nothing listens);
//     /v1/ask is closed (401) off loopback without ARTICLEBOT_HTTP_TOKEN;
//   - a missing article gives exit 2 and names ARTICLEBOT_DATA;
//   - with a token, the time from exec to the first answer (the cold start
//     the prebuilt index is for), and that the index was loaded, not rebuilt;
//   - SIGTERM gives exit 0.
func imageSmoke(t *testing.T, df dockerfile, m pathMap) {
	env := cleanEnv()
	var listen string
	for _, kv := range m.env {
		if v, ok := strings.CutPrefix(kv, "ARTICLEBOT_LISTEN="); ok {
			listen = v
			continue
		}
		env = append(env, kv)
	}
	host, _, err := net.SplitHostPort(listen)
	if err != nil {
		t.Fatalf("image ARTICLEBOT_LISTEN=%q: %v", listen, err)
	}
	port := freePort(t)
	env = append(env, "ARTICLEBOT_LISTEN="+net.JoinHostPort(host, port), "HOME="+t.TempDir())
	url := "http://127.0.0.1:" + port
	asNonroot := os.Geteuid() == 0
	if asNonroot {
		// Like the image: everything readable, nothing writable, for the user.
		for _, dir := range []string{filepath.Dir(m.bin), filepath.Dir(m.index)} {
			openPath(t, dir)
		}
		for _, kv := range env {
			if v, ok := strings.CutPrefix(kv, "ARTICLEBOT_DATA="); ok {
				openPath(t, v)
			}
		}
	} else {
		t.Log("not root: running as the current user, not as nonroot")
	}
	start := func(extra ...string) (*exec.Cmd, *bytes.Buffer) {
		cmd := exec.Command(m.bin, "serve")
		cmd.Env = append(append([]string{}, env...), extra...)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if asNonroot {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nonrootUID, Gid: nonrootUID}}
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = cmd.Process.Kill() })
		return cmd, &out
	}
	stop := func(cmd *exec.Cmd, out *bytes.Buffer) {
		t.Helper()
		_ = cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("exit after SIGTERM: %v\n%s", err, out)
			}
		case <-time.After(20 * time.Second):
			t.Errorf("no exit 20 s after SIGTERM\n%s", out)
		}
	}

	// 1. No secret at all.
	cmd, out := start()
	if !waitFor(url+"/healthz", nil, 10*time.Second) {
		stop(cmd, out)
		t.Fatalf("/healthz never answered\n%s", out)
	}
	hc := exec.Command(m.bin, "healthcheck")
	hc.Env = env
	if b, err := hc.CombinedOutput(); err != nil {
		t.Errorf("`articlebot healthcheck` with the image's environment: %v\n%s", err, b)
	}
	status, body := ask(t, url, "")
	if host != "127.0.0.1" && host != "localhost" && status != http.StatusUnauthorized {
		t.Errorf("/v1/ask off loopback without a token: %d %s, want 401", status, body)
	}
	stop(cmd, out)
	hc = exec.Command(m.bin, "healthcheck")
	hc.Env = env
	if err := hc.Run(); err == nil {
		t.Error("`articlebot healthcheck` exits 0 with nothing listening")
	}

	// 2. The article missing (a bad volume mount over /data): a one-line
	// error naming the setting, and exit code 2, not a crash loop of panics.
	missing := exec.Command(m.bin, "serve")
	missing.Env = append(append([]string{}, env...), "ARTICLEBOT_DATA="+filepath.Join(t.TempDir(), "nothing-here"))
	b, err := missing.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(string(b), "ARTICLEBOT_DATA") {
		t.Errorf("serve without the article: %v, want exit 2 naming ARTICLEBOT_DATA:\n%s", err, b)
	}

	// 3. Cold start to the first answer, with a token.
	const token = "smoke-test-token-0123456789"
	t0 := time.Now()
	cmd, out = start("ARTICLEBOT_HTTP_TOKEN=" + token)
	var a struct {
		Found     bool              `json:"found"`
		Citations []json.RawMessage `json:"citations"`
	}
	for {
		status, body = ask(t, url, token)
		if status == http.StatusOK {
			if err := json.Unmarshal(body, &a); err != nil {
				t.Fatalf("answer: %v: %s", err, body)
			}
			break
		}
		if status != 0 || time.Since(t0) > 30*time.Second {
			stop(cmd, out)
			t.Fatalf("first answer: %d %s\n%s", status, body, out)
		}
		time.Sleep(5 * time.Millisecond)
	}
	cold := time.Since(t0)
	t.Logf("cold start to first answer (exec → 200 on /v1/ask, prebuilt index, uid %d): %s", uidOf(asNonroot), cold.Round(time.Millisecond))
	if !a.Found || len(a.Citations) == 0 {
		t.Errorf("first answer not found or without citations: %s", body)
	}
	resp, err := http.Get(url + "/metrics")
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if !strings.Contains(string(b), `articlebot_questions_total{chat_type="http"`) {
			t.Errorf("/metrics does not count the question")
		}
	}
	stop(cmd, out)
	log := out.String()
	for _, bad := range []string{"rebuilding", "building in memory", "not writable", "permission denied"} {
		if strings.Contains(log, bad) {
			t.Errorf("the prebuilt index was not used as is (%q in the log):\n%s", bad, log)
			break
		}
	}
	if strings.Contains(log, token) {
		t.Errorf("the HTTP token appears in the log")
	}
}

func uidOf(nonroot bool) int {
	if nonroot {
		return nonrootUID
	}
	return os.Geteuid()
}

func ask(t *testing.T, url, token string) (int, []byte) {
	req, _ := http.NewRequest("POST", url+"/v1/ask", strings.NewReader(`{"question":"西部陆海新通道通达多少个港口？"}`))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, []byte(err.Error())
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func waitFor(url string, _ []byte, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return true
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	return false
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return port
}

// openPath makes dir and its parents up to the temp root traversable, as
// the image's directories are for the nonroot user. Files keep their modes:
// what the build wrote unreadable stays unreadable, as in the image.
func openPath(t *testing.T, dir string) {
	t.Helper()
	root := os.TempDir()
	for d := dir; strings.HasPrefix(d, root) && d != root; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(d, fi.Mode().Perm()|0o055); err != nil {
			t.Fatal(err)
		}
	}
}
