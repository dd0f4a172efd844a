package httpapi

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// ShutdownTimeout bounds the graceful shutdown in Serve: requests in flight
// get this long to finish. It stays under Docker's default 10 s stop grace
// period, so the process exits on its own before SIGKILL.
const ShutdownTimeout = 8 * time.Second

// ErrTokenRequired means /v1/ask would be reachable beyond loopback without
// a bearer token. CheckListen wraps it; `serve` then keeps /v1/ask closed
// and serves the rest.
var ErrTokenRequired = errors.New("POST /v1/ask needs a bearer token")

// ErrBadListen means ARTICLEBOT_LISTEN is not host:port.
var ErrBadListen = errors.New("not a listen address")

// CheckListen refuses to expose /v1/ask without a token: when addr
// (ARTICLEBOT_LISTEN) is not a loopback address and token
// (ARTICLEBOT_HTTP_TOKEN) is empty, it returns an error wrapping
// ErrTokenRequired that names both settings and the two fixes; an address
// that is not host:port wraps ErrBadListen. "localhost", 127.0.0.0/8 and ::1
// are loopback; an empty host (":8080"), 0.0.0.0, :: and host names are not.
func CheckListen(addr, token string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("ARTICLEBOT_LISTEN=%q: %w (%v); use e.g. 127.0.0.1:8080", addr, ErrBadListen, err)
	}
	if token != "" || IsLoopback(host) {
		return nil
	}
	return fmt.Errorf("%w: ARTICLEBOT_LISTEN=%s is not a loopback address: "+
		"set ARTICLEBOT_HTTP_TOKEN (e.g. to the output of `openssl rand -hex 32`), or listen on 127.0.0.1:%s", ErrTokenRequired, addr, port)
}

// NeedsHostCheck reports whether Options.LoopbackHosts should be set: the
// API listens on loopback without a token, so only the Host header tells a
// local client from a web page that rebound its host name to 127.0.0.1.
func NeedsHostCheck(addr, token string) bool {
	host, _, err := net.SplitHostPort(addr)
	return err == nil && token == "" && IsLoopback(host)
}

// IsLoopback reports whether host (without port) names the loopback interface.
func IsLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Serve listens on addr and serves h until ctx ends, then shuts down
// gracefully: it stops accepting connections, lets requests in flight finish
// (up to ShutdownTimeout) and returns nil. It returns an error at once if addr
// cannot be bound, and if requests are still running when the shutdown
// timeout passes.
//
// Requests do not inherit ctx: a SIGTERM must not cancel the answers that
// Shutdown is waiting for.
func Serve(ctx context.Context, addr string, h http.Handler, log *slog.Logger) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s (ARTICLEBOT_LISTEN): %w", addr, err)
	}
	return serveListener(ctx, ln, h, log)
}

func serveListener(ctx context.Context, ln net.Listener, h http.Handler, log *slog.Logger) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		// No WriteTimeout: answers are bounded by Options.Timeout, and a
		// write deadline would also cut mounted handlers that stream.
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("http listening", "addr", ln.Addr().String())

	select {
	case err := <-errc:
		return fmt.Errorf("serve http on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}

	log.Info("http shutting down", "timeout", ShutdownTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	if err != nil {
		_ = srv.Close()
		return fmt.Errorf("http shutdown: requests still running after %s: %w", ShutdownTimeout, err)
	}
	log.Info("http stopped")
	return nil
}
