package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	"articlebot/rag"
)

// Each fault test runs a real server over loopback, injects one fault, and
// proves the stated behaviour: the faulty request gets a JSON error (or is
// dropped when its client left), the next request is answered, and no
// goroutine outlives the test.

// faultServer serves asker with a short timeout; the returned func tears it
// down and checks for leaked goroutines.
func faultServer(t *testing.T, asker rag.Asker, log *slog.Logger, mounts map[string]http.Handler) (*httptest.Server, *http.Client, func()) {
	t.Helper()
	base := runtime.NumGoroutine()
	srv := httptest.NewServer(NewHandler(Options{Asker: asker, Timeout: 200 * time.Millisecond, Log: log, Mounts: mounts}))
	client := &http.Client{Transport: &http.Transport{}}
	return srv, client, func() {
		t.Helper()
		srv.Close()
		client.CloseIdleConnections()
		checkNoLeak(t, base)
	}
}

// byQuestion answers "ok" questions normally and calls fault for the others.
func byQuestion(fault func(ctx context.Context) (rag.Answer, error)) rag.Asker {
	return askerFunc(func(ctx context.Context, req rag.Request) (rag.Answer, error) {
		if req.Question == "ok" {
			return canned(req.Question), nil
		}
		return fault(ctx)
	})
}

func wantJSONError(t *testing.T, status int, body string, wantStatus int, part string) {
	t.Helper()
	if status != wantStatus {
		t.Fatalf("status %d, want %d: %s", status, wantStatus, body)
	}
	var e ErrorResponse
	if err := json.Unmarshal([]byte(body), &e); err != nil || !strings.Contains(e.Error, part) {
		t.Fatalf("error body %q, want JSON error containing %q (%v)", body, part, err)
	}
}

func wantServing(t *testing.T, c *http.Client, url string) {
	t.Helper()
	if status, body := post(t, c, url+"/v1/ask", `{"question":"ok"}`); status != 200 {
		t.Fatalf("server stopped serving after the fault: %d %s", status, body)
	}
}

// wantTimeout asks a hanging question: 504 with a JSON error in about the
// 200 ms timeout, and the next question is answered.
func wantTimeout(t *testing.T, c *http.Client, url string) {
	t.Helper()
	start := time.Now()
	status, body := post(t, c, url+"/v1/ask", `{"question":"hang"}`)
	wantJSONError(t, status, body, http.StatusGatewayTimeout, "no answer within 200ms")
	if took := time.Since(start); took > 2*time.Second {
		t.Fatalf("timeout answered after %s", took)
	}
	wantServing(t, c, url)
}

// Expected: an Asker that hangs until its context ends is stopped by the
// request deadline; the client gets 504 with a JSON error in about the
// timeout, the Asker's goroutine ends, and the server keeps serving.
func TestFaultAskerHangsHonouringContext(t *testing.T) {
	var buf syncBuffer
	srv, c, done := faultServer(t, byQuestion(func(ctx context.Context) (rag.Answer, error) {
		<-ctx.Done()
		return rag.Answer{}, ctx.Err()
	}), jsonLogger(&buf, slog.LevelInfo), nil)
	defer done()

	wantTimeout(t, c, srv.URL)
	if !strings.Contains(buf.String(), "ask timed out") {
		t.Errorf("timeout not logged: %s", buf.String())
	}
}

// Expected: an Asker that ignores its context entirely still cannot hold the
// request: the client gets 504 at the deadline. The Asker's goroutine lives
// until the Asker returns, then ends (checked after release).
func TestFaultAskerHangsIgnoringContext(t *testing.T) {
	release := make(chan struct{})
	srv, c, done := faultServer(t, byQuestion(func(context.Context) (rag.Answer, error) {
		<-release
		return canned("late"), nil
	}), nil, nil)
	defer done()

	wantTimeout(t, c, srv.URL)
	close(release)
}

// Expected: an Asker that fails gets 500 with a JSON error that does not
// leak the internal message; the error is logged; the server keeps serving.
func TestFaultAskerFails(t *testing.T) {
	var buf syncBuffer
	srv, c, done := faultServer(t, byQuestion(func(context.Context) (rag.Answer, error) {
		return rag.Answer{}, errors.New("LLM said 502 at http://internal:9999")
	}), jsonLogger(&buf, slog.LevelInfo), nil)
	defer done()

	status, body := post(t, c, srv.URL+"/v1/ask", `{"question":"fail"}`)
	wantJSONError(t, status, body, http.StatusInternalServerError, "could not answer")
	if strings.Contains(body, "internal:9999") {
		t.Errorf("internal error leaked to the client: %s", body)
	}
	if !strings.Contains(buf.String(), "internal:9999") {
		t.Errorf("error not logged: %s", buf.String())
	}
	wantServing(t, c, srv.URL)
}

// Expected: a panic inside the Asker is recovered: 500 JSON, the panic and
// its stack are logged, the process and the server keep running.
func TestFaultAskerPanics(t *testing.T) {
	var buf syncBuffer
	srv, c, done := faultServer(t, byQuestion(func(context.Context) (rag.Answer, error) {
		var m map[string]int
		m["boom"]++ // assignment to entry in nil map
		return rag.Answer{}, nil
	}), jsonLogger(&buf, slog.LevelInfo), nil)
	defer done()

	for range 3 {
		status, body := post(t, c, srv.URL+"/v1/ask", `{"question":"panic"}`)
		wantJSONError(t, status, body, http.StatusInternalServerError, "internal error")
	}
	wantServing(t, c, srv.URL)
	log := buf.String()
	if !strings.Contains(log, "ask panicked") || !strings.Contains(log, "nil map") || !strings.Contains(log, "fault_test.go") {
		t.Errorf("panic not logged with its stack: %s", log)
	}
}

// Expected: a panic in any other handler (a mounted one) is recovered by the
// middleware into 500 JSON, and the server keeps serving.
func TestFaultMountedHandlerPanics(t *testing.T) {
	var buf syncBuffer
	srv, c, done := faultServer(t, okAsker, jsonLogger(&buf, slog.LevelInfo), map[string]http.Handler{
		"/boom": http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("mounted boom") }),
	})
	defer done()

	resp, err := c.Get(srv.URL + "/boom")
	if err != nil {
		t.Fatal(err)
	}
	var e ErrorResponse
	_ = json.NewDecoder(resp.Body).Decode(&e)
	resp.Body.Close()
	if resp.StatusCode != 500 || e.Error == "" {
		t.Fatalf("status %d error %q", resp.StatusCode, e.Error)
	}
	if !strings.Contains(buf.String(), "mounted boom") {
		t.Errorf("panic not logged: %s", buf.String())
	}
	wantServing(t, c, srv.URL)
}

// Expected: when the client disconnects mid-answer, the Asker's context is
// cancelled at once (an LLM call is not paid for to the end), nothing is
// written, nothing leaks, and the server keeps serving.
func TestFaultClientDisconnects(t *testing.T) {
	started := make(chan struct{}, 1)
	ended := make(chan error, 1)
	srv, c, done := faultServer(t, byQuestion(func(ctx context.Context) (rag.Answer, error) {
		started <- struct{}{}
		<-ctx.Done()
		ended <- ctx.Err()
		return rag.Answer{}, ctx.Err()
	}), nil, nil)
	defer done()

	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "POST", srv.URL+"/v1/ask", strings.NewReader(`{"question":"slow"}`))
	req.Header.Set("Content-Type", "application/json")
	errc := make(chan error, 1)
	go func() {
		resp, err := c.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		errc <- err
	}()
	<-started
	cancel()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Fatalf("client: %v", err)
	}
	select {
	case err := <-ended:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Asker context ended with %v, want context.Canceled (the disconnect, not the deadline)", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Asker context not cancelled after the client left")
	}
	wantServing(t, c, srv.URL)
}
