// Package redistest starts a real redis-server for tests: on a free
// loopback port, with a temporary directory, stopped when the test ends.
// When redis-server is not on PATH the test is skipped with a message
// saying how to install it.
package redistest

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Install says how to get redis-server.
const Install = "redis-server is not on PATH: install it (Debian/Ubuntu: apt-get install -y redis-server; macOS: brew install redis) to run the Redis tests"

// Server is a redis-server process owned by a test.
type Server struct {
	Addr string // 127.0.0.1:port
	Dir  string // its working directory (dump.rdb lands here)

	t   testing.TB
	bin string

	mu  sync.Mutex
	cmd *exec.Cmd
}

// Start starts redis-server for t and stops it in t.Cleanup. It skips t when
// redis-server is not installed.
func Start(t testing.TB) *Server {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Skip(Install)
	}
	s := &Server{t: t, bin: bin, Dir: t.TempDir()}
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	s.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	if err := s.start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Kill)
	return s
}

// URL is the server's redis:// URL with database db.
func (s *Server) URL(db int) string { return fmt.Sprintf("redis://%s/%d", s.Addr, db) }

func (s *Server) start() error {
	_, port, _ := net.SplitHostPort(s.Addr)
	cmd := exec.Command(s.bin, "--port", port, "--bind", "127.0.0.1", "--dir", s.Dir,
		"--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning",
		"--dbfilename", "dump.rdb")
	cmd.Dir = s.Dir
	log, err := os.Create(s.Dir + "/redis.log")
	if err != nil {
		return err
	}
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		log.Close()
		return err
	}
	go func() { _ = cmd.Wait(); log.Close() }()
	s.mu.Lock()
	s.cmd = cmd
	s.mu.Unlock()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if s.ping() == nil {
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	_ = cmd.Process.Kill()
	out, _ := os.ReadFile(s.Dir + "/redis.log")
	return fmt.Errorf("redis-server on %s did not answer PING within 20s:\n%s", s.Addr, out)
}

// ping sends PING in the inline protocol and expects +PONG.
func (s *Server) ping() error {
	v, err := s.Do("PING")
	if err == nil && v != "PONG" {
		err = fmt.Errorf("PING: %q", v)
	}
	return err
}

// Do sends one command on database 0 and returns its reply: a status,
// an integer as ":n", a bulk string, or an array joined by newlines.
func (s *Server) Do(args ...string) (string, error) { return s.DoDB(0, args...) }

// DoDB sends one command on database db (see Do).
func (s *Server) DoDB(db int, args ...string) (string, error) {
	c, err := net.DialTimeout("tcp", s.Addr, time.Second)
	if err != nil {
		return "", err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(5 * time.Second))
	r := bufio.NewReader(c)
	if db != 0 {
		if _, err := c.Write(encode("SELECT", strconv.Itoa(db))); err != nil {
			return "", err
		}
		if _, err := readReply(r); err != nil {
			return "", err
		}
	}
	if _, err := c.Write(encode(args...)); err != nil {
		return "", err
	}
	return readReply(r)
}

func encode(args ...string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "*%d\r\n", len(args))
	for _, a := range args {
		fmt.Fprintf(&b, "$%d\r\n%s\r\n", len(a), a)
	}
	return []byte(b.String())
}

func readReply(r *bufio.Reader) (string, error) {
	line, err := r.ReadString('\n')
	if err != nil {
		return "", err
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", fmt.Errorf("redis: empty reply")
	}
	switch line[0] {
	case '-':
		return line, fmt.Errorf("redis: %s", line[1:])
	case '+':
		return line[1:], nil
	case ':':
		return line, nil
	case '$':
		n, _ := strconv.Atoi(line[1:])
		if n < 0 {
			return "", nil
		}
		buf := make([]byte, n+2)
		if _, err := io.ReadFull(r, buf); err != nil {
			return "", err
		}
		return string(buf[:n]), nil
	case '*':
		n, _ := strconv.Atoi(line[1:])
		parts := make([]string, 0, max(n, 0))
		for i := 0; i < n; i++ {
			p, err := readReply(r)
			if err != nil {
				return "", err
			}
			parts = append(parts, p)
		}
		return strings.Join(parts, "\n"), nil
	}
	return line, nil
}

// Stop shuts the server down. With save, it writes its data to Dir first
// and a later Start finds it again, like a Redis with persistence; without,
// the data is gone, like a Redis without.
func (s *Server) Stop(save bool) {
	mode := "NOSAVE"
	if save {
		mode = "SAVE"
	}
	_, _ = s.Do("SHUTDOWN", mode) // the connection closes without a reply
	s.wait(10 * time.Second)
}

// Restart stops the server (see Stop) and starts it again on the same port.
func (s *Server) Restart(save bool) {
	s.Stop(save)
	if err := s.start(); err != nil {
		s.t.Error(err)
	}
}

// Resume starts a stopped server again on the same port.
func (s *Server) Resume() {
	if err := s.start(); err != nil {
		s.t.Error(err)
	}
}

// Kill ends the server with SIGKILL (also done at cleanup).
func (s *Server) Kill() {
	s.mu.Lock()
	cmd := s.cmd
	s.mu.Unlock()
	if cmd != nil && cmd.Process != nil {
		_ = cmd.Process.Signal(syscall.SIGKILL)
	}
	s.wait(10 * time.Second)
}

// wait waits until the port no longer answers.
func (s *Server) wait(d time.Duration) {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		c, err := net.DialTimeout("tcp", s.Addr, 200*time.Millisecond)
		if err != nil {
			return
		}
		c.Close()
		time.Sleep(20 * time.Millisecond)
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
