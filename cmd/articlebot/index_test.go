package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"articlebot/rag"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// The child process of the tests below: the test binary re-run as
// `articlebot index` (TestHelperIndexProcess is a no-op in a normal run).
func TestHelperIndexProcess(t *testing.T) {
	if os.Getenv("ARTICLEBOT_TEST_CHILD") != "index" {
		t.Skip("the child process of TestIndexKilled and TestIndexInterrupted")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM) // as main does
	defer stop()
	err := run(ctx, []string{"index"}, os.Getenv, strings.NewReader(""), os.Stdout, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "articlebot:", err)
		os.Exit(exitCode(err))
	}
	os.Exit(0)
}

// startIndexChild starts `articlebot index` over data into root.
func startIndexChild(t *testing.T, data, root string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run", "^TestHelperIndexProcess$")
	cmd.Env = append(os.Environ(), "ARTICLEBOT_TEST_CHILD=index", "ARTICLEBOT_DATA="+data, "ARTICLEBOT_INDEX_DIR="+root, "ARTICLEBOT_LOG_LEVEL=info")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &out
}

// bigData writes an article of about size bytes: the seed article's
// paragraphs over and over, each copy numbered so that none is a repeat.
func bigData(t *testing.T, size int) string {
	t.Helper()
	b, err := os.ReadFile("../../data/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for _, p := range strings.Split(string(b), "\n\n") {
		if p = strings.TrimSpace(p); p != "" && !strings.HasPrefix(p, "#") {
			paras = append(paras, p)
		}
	}
	var sb strings.Builder
	sb.WriteString("# 合集\n\n")
	for i := 0; sb.Len() < size; i++ {
		fmt.Fprintf(&sb, "## 第%d期\n\n", i)
		for _, p := range paras {
			fmt.Fprintf(&sb, "%s（第%d期）\n\n", p, i)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "big.txt"), []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// waitFor polls until cond holds or fails the test after d.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func glob(root, pattern string) []string {
	m, _ := filepath.Glob(filepath.Join(root, pattern))
	return m
}

// A build killed with SIGKILL at any moment leaves a temporary folder that
// the next open removes, with a log line; the next open then builds an
// index that loads.
func TestIndexKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 2 MB article several times")
	}
	data := bigData(t, 2<<20)
	for _, moment := range []struct {
		name string
		when func(tmp string) bool
	}{
		{"while reading and embedding", func(tmp string) bool { return true }},
		{"during the full-text index", func(tmp string) bool { return len(glob(tmp, "bleve/*")) > 0 }},
		{"while writing meta.json", func(tmp string) bool { return len(glob(tmp, "meta.json")) > 0 }},
	} {
		t.Run(moment.name, func(t *testing.T) {
			root := t.TempDir()
			cmd, out := startIndexChild(t, data, root)
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			var tmp string
			waitFor(t, 60*time.Second, "the build folder", func() bool {
				for _, p := range glob(root, "*.tmp-*") {
					if fi, err := os.Stat(p); err == nil && fi.IsDir() {
						tmp = p
					}
				}
				return tmp != "" && moment.when(tmp)
			})
			cmd.Process.Kill()
			if err := <-exited; err == nil {
				t.Skipf("the build finished before the kill:\n%s", out)
			}
			if len(glob(root, "*.tmp-*")) == 0 {
				t.Fatal("nothing left to clean up: the kill came too late to test anything")
			}
			var logs bytes.Buffer
			e, err := rag.Open(context.Background(), rag.Options{DataDir: data, IndexDir: root, Log: slog.New(slog.NewTextHandler(&logs, nil))})
			if err != nil {
				t.Fatal(err)
			}
			defer e.Close()
			if !strings.Contains(logs.String(), "removed a temporary index folder left by a stopped build") {
				t.Errorf("no log line about the removed folder:\n%s", logs.String())
			}
			if left := glob(root, "*.tmp-*"); len(left) != 0 {
				t.Errorf("left after the open: %v", left)
			}
			for _, m := range glob(root, "*/COMPLETE") {
				if filepath.Dir(m) != e.Index().Dir {
					t.Errorf("a COMPLETE marker outside the index: %s", m)
				}
			}
			e.Close()
			e2, err := rag.Open(context.Background(), rag.Options{DataDir: data, IndexDir: root})
			if err != nil {
				t.Fatal(err)
			}
			defer e2.Close()
			if !e2.Index().Loaded {
				t.Error("the index built after the kill does not load")
			}
		})
	}
}

// SIGINT or SIGTERM stops `index` quickly: exit 1 with a true reason,
// nothing saved, no COMPLETE marker, nothing left behind.
func TestIndexInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 2 MB article")
	}
	data := bigData(t, 2<<20)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			root := t.TempDir()
			cmd, out := startIndexChild(t, data, root)
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			waitFor(t, 60*time.Second, "the build folder", func() bool { return len(glob(root, "*.tmp-*.lock")) > 0 })
			time.Sleep(200 * time.Millisecond) // well inside the build
			sent := time.Now()
			cmd.Process.Signal(sig)
			var err error
			select {
			case err = <-exited:
			case <-time.After(30 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("still running 30 s after %v:\n%s", sig, out)
			}
			took := time.Since(sent)
			t.Logf("exited %v after %v", err, took)
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 1 {
				t.Skipf("the build finished before the signal (%v):\n%s", err, out)
			}
			if s := out.String(); !strings.Contains(s, "stopped before it was complete; nothing was saved") || strings.Contains(s, "memory only") {
				t.Errorf("output:\n%s", s)
			}
			if m := glob(root, "*/COMPLETE"); len(m) != 0 {
				t.Errorf("COMPLETE marker of a stopped build: %v", m)
			}
			if m := glob(root, "*"); len(m) != 0 {
				// the process ended before its background merge: the next
				// open removes the folder, no live process owns it
				e, err := rag.Open(context.Background(), rag.Options{DataDir: data, IndexDir: root})
				if err != nil {
					t.Fatal(err)
				}
				e.Close()
				if left := glob(root, "*.tmp-*"); len(left) != 0 {
					t.Errorf("left after the next open: %v", left)
				}
			}
		})
	}
}

// mountTmpfs mounts a small tmpfs (root only) and unmounts it at the end.
func mountTmpfs(t *testing.T, opts string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root; run the tests as root to cover a full disk and a read-only file system")
	}
	dir := filepath.Join(t.TempDir(), "mnt")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", opts, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here (%v: %s)", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	return dir
}

// `articlebot index` on a full disk or a read-only file system exits 1
// naming the directory and the system's error; `ask` on the same directory
// answers from an in-memory index with a warning.
func TestIndexFailsLoudly(t *testing.T) {
	for _, tc := range []struct {
		name, opts string
		errno      syscall.Errno
		text       string
	}{
		{"full disk", "size=128k", syscall.ENOSPC, "no space left on device"},
		{"read-only", "size=1m,ro", syscall.EROFS, "read-only file system"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mnt := mountTmpfs(t, tc.opts)
			root := filepath.Join(mnt, "index")
			if tc.errno == syscall.EROFS {
				root = mnt // exists, cannot be written
			}
			getenv := env(t, "ARTICLEBOT_INDEX_DIR", root)
			_, stderr, err := runCmd(t, getenv, "", "index")
			if exitCode(err) != 1 || !errors.Is(err, rag.ErrNotPersisted) {
				t.Fatalf("index: exit %d, err %v; want 1 and ErrNotPersisted\n%s", exitCode(err), err, stderr)
			}
			if !strings.Contains(err.Error(), root) || !strings.Contains(err.Error(), tc.text) {
				t.Errorf("error %q does not name %s and %q", err, root, tc.text)
			}
			if tc.errno == syscall.ENOSPC {
				if left, _ := os.ReadDir(root); len(left) != 0 {
					t.Errorf("a failed build left %v", left)
				}
			}
			out, stderr, err := runCmd(t, getenv, "", "ask", "西部陆海新通道通达多少个港口？")
			if err != nil || !strings.Contains(out, "548个港口") {
				t.Fatalf("ask: %v\n%s\n%s", err, out, stderr)
			}
			if !strings.Contains(stderr, "index not saved") {
				t.Errorf("ask gave no warning:\n%s", stderr)
			}
		})
	}
}

// Not root: an unwritable directory is EACCES for `index`.
func TestIndexPermissionDenied(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes everywhere: EACCES cannot happen (the tmpfs tests cover ENOSPC and EROFS)")
	}
	root := t.TempDir()
	os.Chmod(root, 0o555)
	defer os.Chmod(root, 0o755)
	_, _, err := runCmd(t, env(t, "ARTICLEBOT_INDEX_DIR", root), "", "index")
	if exitCode(err) != 1 || !errors.Is(err, rag.ErrNotPersisted) || !errors.Is(err, fs.ErrPermission) {
		t.Fatalf("index: exit %d, err %v", exitCode(err), err)
	}
}

// A GB18030/GBK article is decoded (and `index` says so); a binary file is
// refused with one line naming it.
func TestIndexEncodings(t *testing.T) {
	b, err := os.ReadFile("../../data/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(b)
	if err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	os.WriteFile(filepath.Join(data, "article.txt"), gbk, 0o644)
	getenv := env(t, "ARTICLEBOT_DATA", data)
	out, stderr, err := runCmd(t, getenv, "", "index")
	if err != nil || !strings.Contains(out, "encoding GB18030, decoded to UTF-8") {
		t.Fatalf("index: %v\n%s\n%s", err, out, stderr)
	}
	out, _, err = runCmd(t, getenv, "", "ask", "西部陆海新通道通达多少个港口？")
	if err != nil || !strings.Contains(out, "548个港口") {
		t.Fatalf("ask over the GBK article: %v\n%s", err, out)
	}

	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 64)...)
	os.WriteFile(filepath.Join(data, "photo.txt"), png, 0o644)
	_, stderr, err = runCmd(t, getenv, "", "index")
	if exitCode(err) != 2 || !errors.Is(err, rag.ErrNotText) || !strings.Contains(err.Error(), "photo.txt") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("binary file: exit %d, err %v\n%s", exitCode(err), err, stderr)
	}
}
