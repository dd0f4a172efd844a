package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// getUntil polls url until it answers (the server is starting).
func getUntil(t *testing.T, url string, req func(*http.Request)) *http.Response {
	t.Helper()
	for range 200 {
		r, _ := http.NewRequest("GET", url, nil)
		if req != nil {
			req(r)
		}
		if resp, err := http.DefaultClient.Do(r); err == nil {
			return resp
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s never answered", url)
	return nil
}

// /healthz answers while the LLM server hangs on the start-up check (issue
// 11, item 9): the check runs beside the HTTP side. /readyz says not ready.
func TestServeHealthzWhileLLMHangs(t *testing.T) {
	release := make(chan struct{})
	checking := make(chan struct{}, 1)
	llm := httpServer(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case checking <- struct{}{}:
		default:
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
		http.Error(w, "down", 503)
	})
	addr := freePort(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, env(t, "ARTICLEBOT_LISTEN", addr, "OPENAI_BASE_URL", llm+"/v1", "ARTICLEBOT_CHAT_MODEL", "m"), strings.NewReader(""), io.Discard, io.Discard)
	}()
	<-checking // the start-up check is in flight and will not return
	resp := getUntil(t, "http://"+addr+"/healthz", nil)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("/healthz = %d while the LLM hangs", resp.StatusCode)
	}
	// loopback without a token: a foreign Host is refused (DNS rebinding)
	req, _ := http.NewRequest("POST", "http://"+addr+"/v1/ask", strings.NewReader(`{"question":"西部陆海新通道通达多少个港口？"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Host = "rebind.example:8080"
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != 403 {
		t.Errorf("foreign Host: %v %v", resp, err)
	} else {
		resp.Body.Close()
	}
	close(release)
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
}

// A rejected key still stops serve with exit 2, after /healthz came up.
func TestServeRejectedKeyExits2(t *testing.T) {
	llm := httpServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(401)
		io.WriteString(w, `{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}}`)
	})
	_, _, err := runCmd(t, env(t, "ARTICLEBOT_LISTEN", freePort(t), "OPENAI_BASE_URL", llm+"/v1", "ARTICLEBOT_CHAT_MODEL", "m", "OPENAI_API_KEY", "sk-wrong-key"), "", "serve")
	if exitCode(err) != 2 || strings.Contains(err.Error(), "sk-wrong-key") {
		t.Fatalf("err = %v (code %d), want exit 2 without the key", err, exitCode(err))
	}
}

// httpServer serves h on loopback for the test and returns its URL.
func httpServer(t *testing.T, h http.HandlerFunc) string {
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}
