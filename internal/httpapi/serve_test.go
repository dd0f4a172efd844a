package httpapi

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"articlebot/rag"
)

func TestCheckListen(t *testing.T) {
	tests := []struct {
		addr, token string
		ok          bool
	}{
		{"127.0.0.1:8080", "", true},
		{"127.3.2.1:8080", "", true},
		{"localhost:8080", "", true},
		{"[::1]:8080", "", true},
		{"0.0.0.0:8080", "", false},
		{":8080", "", false},
		{"[::]:8080", "", false},
		{"192.168.1.10:8080", "", false},
		{"example.com:8080", "", false},
		{"0.0.0.0:8080", "tok", true},
		{":8080", "tok", true},
		{"8080", "", false},
		{"127.0.0.1", "", false},
	}
	for _, tt := range tests {
		err := CheckListen(tt.addr, tt.token)
		if (err == nil) != tt.ok {
			t.Errorf("CheckListen(%q, %q) = %v, want ok %v", tt.addr, tt.token, err, tt.ok)
			continue
		}
		if err == nil {
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, "ARTICLEBOT_LISTEN") {
			t.Errorf("CheckListen(%q): %q does not name ARTICLEBOT_LISTEN", tt.addr, msg)
		}
		if _, _, perr := net.SplitHostPort(tt.addr); perr == nil &&
			(!strings.Contains(msg, "ARTICLEBOT_HTTP_TOKEN") || !strings.Contains(msg, "127.0.0.1:8080")) {
			t.Errorf("CheckListen(%q): %q does not name the token setting and the loopback fix", tt.addr, msg)
		}
	}
}

// Serve returns nil on a clean shutdown, and a request in flight when the
// shutdown starts is still answered.
func TestServeGracefulShutdown(t *testing.T) {
	started := make(chan struct{})
	h := NewHandler(Options{Asker: askerFunc(func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		close(started)
		select {
		case <-time.After(300 * time.Millisecond):
			return canned(req.Question), nil
		case <-ctx.Done():
			return rag.Answer{}, ctx.Err()
		}
	})})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serveListener(ctx, ln, h, nil) }()

	url := "http://" + ln.Addr().String()
	type reply struct {
		status int
		body   string
		err    error
	}
	replies := make(chan reply, 1)
	go func() {
		resp, err := http.Post(url+"/v1/ask", "application/json", strings.NewReader(`{"question":"q"}`))
		if err != nil {
			replies <- reply{err: err}
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		replies <- reply{status: resp.StatusCode, body: string(b)}
	}()
	<-started
	stop() // SIGTERM while the answer is being computed

	r := <-replies
	if r.err != nil || r.status != 200 {
		t.Fatalf("in-flight request: status %d err %v body %s", r.status, r.err, r.body)
	}
	select {
	case err := <-served:
		if err != nil {
			t.Fatalf("Serve after shutdown: %v", err)
		}
	case <-time.After(ShutdownTimeout):
		t.Fatal("Serve did not return after shutdown")
	}
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Fatal("still accepting connections after shutdown")
	}
}

func TestServe(t *testing.T) {
	// A taken port fails at once, naming the setting.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	err = Serve(context.Background(), ln.Addr().String(), http.NotFoundHandler(), nil)
	if err == nil || !strings.Contains(err.Error(), "ARTICLEBOT_LISTEN") {
		t.Fatalf("Serve on a taken port: %v", err)
	}

	// A free port serves until ctx ends, then returns nil.
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if err := Serve(ctx, "127.0.0.1:0", http.NotFoundHandler(), nil); err != nil {
		t.Fatalf("Serve: %v", err)
	}
}
